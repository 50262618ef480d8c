package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the physician while the decision waits; each timer firing is its own reminder. */
@Component("remindPhysician")
public class RemindPhysicianDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final Notifications notifications;
  private final Recipients recipients;
  private final CaseMessages messages;

  public RemindPhysicianDelegate(CaseFile caseFile, Notifications notifications, Recipients recipients,
      CaseMessages messages) {
    this.caseFile = caseFile;
    this.notifications = notifications;
    this.recipients = recipients;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), NotificationKind.DECISION_REMINDER, execution.getId(),
        messages.decisionReminder(facts, recipients.ofUser(facts.oosCase().treatingPhysician())));
  }
}
