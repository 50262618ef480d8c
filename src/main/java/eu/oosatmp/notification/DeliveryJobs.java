package eu.oosatmp.notification;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the job that delivers a notification, in the transaction that queued it. The job belongs to the
 * case's or review's process instance while that runs, so a delivery that keeps failing shows as an
 * incident of that instance in Cockpit.
 */
@Component
class DeliveryJobs {

  private final NotificationSettings settings;

  DeliveryJobs(NotificationSettings settings) {
    this.settings = settings;
  }

  void schedule(long notificationId) {
    if (Context.getCommandContext() == null) {
      throw new IllegalStateException("Notifications are queued by process steps, in the engine's transaction");
    }
    BpmnExecutionContext step = Context.getBpmnExecutionContext();
    insert(notificationId, step == null ? null : step.getExecution().getProcessInstance());
  }

  /** A job outliving its process instance (the case ended before delivery) carries on without it. */
  void reschedule(long notificationId, int retries) {
    MessageEntity job = newJob(notificationId);
    job.setRetries(retries);
    Context.getCommandContext().getJobManager().send(job);
  }

  private void insert(long notificationId, ExecutionEntity processInstance) {
    MessageEntity job = newJob(notificationId);
    if (processInstance != null) {
      job.setExecution(processInstance);
    }
    Context.getCommandContext().getJobManager().send(job);
  }

  private MessageEntity newJob(long notificationId) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(DeliveryJobHandler.TYPE);
    job.setJobHandlerConfiguration(new DeliveryJobHandler.Target(notificationId));
    job.setRetries(settings.attempts());
    return job;
  }
}
