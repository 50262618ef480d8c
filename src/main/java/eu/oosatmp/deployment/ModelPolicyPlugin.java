package eu.oosatmp.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link ModelPolicy} in front of the engine's own deployers. It is a plugin rather than a check
 * in a controller because deployments reach the engine by routes the product does not serve itself.
 */
@Component
public class ModelPolicyPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  public ModelPolicyPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(new ModelPolicyDeployer(new ModelPolicy(ApplicationBeans.of(context))));
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);
  }
}
