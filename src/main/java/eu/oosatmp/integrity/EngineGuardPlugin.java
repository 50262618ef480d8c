package eu.oosatmp.integrity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Puts the {@link CommandGuard} in front of both of the engine's command executors. */
@Component
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // An interceptor belongs to one chain (it holds its successor): one guard each, sharing the form cache.
    FormContracts forms = new FormContracts();
    configuration.setCustomPreCommandInterceptorsTxRequired(with(
        configuration.getCustomPreCommandInterceptorsTxRequired(), new CommandGuard(configuration, forms)));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
        configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new CommandGuard(configuration, forms)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor guard) {
    List<CommandInterceptor> all = new ArrayList<>();
    all.add(guard);
    if (interceptors != null) {
      all.addAll(interceptors);
    }
    return all;
  }
}
