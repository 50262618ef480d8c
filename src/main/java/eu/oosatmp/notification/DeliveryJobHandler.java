package eu.oosatmp.notification;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/** The engine's side of delivery: one job per notification, retried by the engine with backoff. */
class DeliveryJobHandler implements JobHandler<DeliveryJobHandler.Target> {

  static final String TYPE = Notifications.DELIVERY_JOB_TYPE;

  private final ObjectProvider<NotificationDelivery> delivery;
  private final ObjectProvider<DeliveryJobs> jobs;

  DeliveryJobHandler(ObjectProvider<NotificationDelivery> delivery, ObjectProvider<DeliveryJobs> jobs) {
    this.delivery = delivery;
    this.jobs = jobs;
  }

  record Target(long notificationId) implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      return Long.toString(notificationId);
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Target target, ExecutionEntity execution, CommandContext context, String tenantId) {
    delivery.getObject().deliver(target.notificationId(), context.getCurrentJob().getRetries() - 1);
  }

  @Override
  public Target newConfiguration(String canonicalString) {
    return new Target(Long.parseLong(canonicalString));
  }

  /**
   * A job is deleted when it has run, and also when its process instance ends or is cancelled first. A
   * message not yet delivered then gets a job of its own, so the end of a case never loses a notification.
   */
  @Override
  public void onDelete(Target target, JobEntity job) {
    boolean ranToCompletion = job.equals(Context.getCommandContext().getCurrentJob());
    if (!ranToCompletion && job.getExecutionId() != null && !delivery.getObject().isDelivered(target.notificationId())) {
      jobs.getObject().reschedule(target.notificationId(), job.getRetries());
    }
  }
}
