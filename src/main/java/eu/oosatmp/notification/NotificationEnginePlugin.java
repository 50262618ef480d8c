package eu.oosatmp.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Teaches the engine to run delivery jobs and to retry them with backoff. */
@Component
public class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<NotificationDelivery> delivery;
  private final ObjectProvider<DeliveryJobs> jobs;
  private final ObjectProvider<DeliveryAlerts> alerts;
  private final NotificationSettings settings;

  public NotificationEnginePlugin(ObjectProvider<NotificationDelivery> delivery, ObjectProvider<DeliveryJobs> jobs,
      ObjectProvider<DeliveryAlerts> alerts, NotificationSettings settings) {
    this.delivery = delivery;
    this.jobs = jobs;
    this.alerts = alerts;
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = new ArrayList<>();
    if (configuration.getCustomJobHandlers() != null) {
      handlers.addAll(configuration.getCustomJobHandlers());
    }
    handlers.add(new DeliveryJobHandler(delivery, jobs));
    configuration.setCustomJobHandlers(handlers);
    configuration.setFailedJobCommandFactory((jobId, exception) ->
        new DeliveryRetryCmd(jobId, exception, settings, alerts.getObject()));
  }
}
