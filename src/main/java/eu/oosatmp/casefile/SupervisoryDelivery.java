package eu.oosatmp.casefile;

import eu.oosatmp.integrity.ProductCalls;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.NotificationDelivered;
import eu.oosatmp.notification.NotificationKind;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Q&A 2: the Supervisory Authority is informed when its message is delivered. The delivery time decides
 * whether the 48 hours were met, and the case, waiting for the delivery, goes on.
 */
@Component
class SupervisoryDelivery {

  private final Deadlines deadlines;
  private final RuntimeService runtimeService;

  SupervisoryDelivery(Deadlines deadlines, RuntimeService runtimeService) {
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
  }

  @EventListener
  void delivered(NotificationDelivered delivered) {
    if (delivered.about().type() != Aggregate.Type.OOS_CASE
        || delivered.kind() != NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION) {
      return;
    }
    String caseNumber = delivered.about().id();
    deadlines.find(caseNumber, DeadlineKind.SUPERVISORY_AUTHORITY_NOTIFICATION)
        .ifPresent(deadline -> deadlines.recordFulfilled(deadline, delivered.sentAt()));
    // A retried delivery job reports again; by then the case has moved on and nothing waits for it.
    ProductCalls.run(() -> runtimeService
        .createMessageCorrelation(OosBatchHandlingProcess.MESSAGE_SUPERVISORY_NOTIFICATION_DELIVERED)
        .processInstanceBusinessKey(caseNumber)
        .correlateAllWithResult());
  }
}
