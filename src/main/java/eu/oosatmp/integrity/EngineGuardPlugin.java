package eu.oosatmp.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts the {@link CommandGuard} in front of both of the engine's command executors. */
@Component
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskCompletionRules> completionRules;

  /** The rules are resolved when first used: they are beans that need the engine this plugin configures. */
  public EngineGuardPlugin(ObjectProvider<TaskCompletionRules> completionRules) {
    this.completionRules = completionRules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // An interceptor belongs to one chain (it holds its successor): one guard each, sharing the form cache.
    FormContracts forms = new FormContracts();
    Supplier<List<TaskCompletionRules>> rules = () -> completionRules.orderedStream().toList();
    configuration.setCustomPreCommandInterceptorsTxRequired(with(
        configuration.getCustomPreCommandInterceptorsTxRequired(), new CommandGuard(configuration, forms, rules)));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
        configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new CommandGuard(configuration, forms, rules)));
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
