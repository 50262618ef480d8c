package eu.oosatmp.notification;

import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/** Tells QA when a notification could not be delivered at all; the incident in Cockpit tells the operator. */
@Component
class DeliveryAlerts {

  private final Outbox outbox;
  private final QaAlerts alerts;

  DeliveryAlerts(Outbox outbox, QaAlerts alerts) {
    this.outbox = outbox;
    this.alerts = alerts;
  }

  void raise(long notificationId, JobEntity job) {
    Delivery delivery = outbox.delivery(notificationId).orElseThrow();
    alerts.raise("Notification not delivered: " + delivery.subject(), String.join("\n",
        "The message \"" + delivery.subject() + "\" to " + delivery.recipient() + " could not be delivered after "
            + delivery.attempts() + " attempts.",
        "Last error: " + delivery.lastError(),
        "",
        "The mail server is unreachable or refuses the message. The delivery is an incident in Cockpit"
            + (job.getProcessInstanceId() == null ? "" : " (process instance " + job.getProcessInstanceId() + ")")
            + ". Ask the administrator to restore the mail server and retry the incident: the message is then "
            + "delivered once. Until then it shows as undelivered on the case, and legal deadlines keep running; "
            + "where a deadline is at risk, inform the recipient by another route and record it as a deviation."));
  }
}
