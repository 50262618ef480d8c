package eu.oosatmp.notification;

import eu.oosatmp.security.UserGroup;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells QA in Tasklist when a notification could not be delivered at all. Mail is what failed, so the alert
 * cannot be a mail; the incident in Cockpit tells the operator.
 */
@Component
class DeliveryAlerts {

  private static final int MAX_DESCRIPTION = 4000;
  private static final int MAX_NAME = 255;

  private final Outbox outbox;
  private final ObjectProvider<TaskService> tasks;

  DeliveryAlerts(Outbox outbox, ObjectProvider<TaskService> tasks) {
    this.outbox = outbox;
    this.tasks = tasks;
  }

  void raise(long notificationId, JobEntity job) {
    Delivery delivery = outbox.delivery(notificationId).orElseThrow();
    TaskService taskService = tasks.getObject();
    Task alert = taskService.newTask();
    alert.setName(fitted("Notification not delivered: " + delivery.subject(), MAX_NAME));
    alert.setDescription(fitted(String.join("\n",
        "The message \"" + delivery.subject() + "\" to " + delivery.recipient() + " could not be delivered after "
            + delivery.attempts() + " attempts.",
        "Last error: " + delivery.lastError(),
        "",
        "The mail server is unreachable or refuses the message. The delivery is an incident in Cockpit"
            + (job.getProcessInstanceId() == null ? "" : " (process instance " + job.getProcessInstanceId() + ")")
            + ". Ask the administrator to restore the mail server and retry the incident: the message is then "
            + "delivered once. Until then it shows as undelivered on the case, and legal deadlines keep running; "
            + "where a deadline is at risk, inform the recipient by another route and record it as a deviation."),
        MAX_DESCRIPTION));
    alert.setDueDate(ClockUtil.getCurrentTime());
    alert.setPriority(Task.PRIORITY_MAXIMUM);
    taskService.saveTask(alert);
    taskService.addCandidateGroup(alert.getId(), UserGroup.QUALITY_ASSURANCE.id());
  }

  private static String fitted(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
