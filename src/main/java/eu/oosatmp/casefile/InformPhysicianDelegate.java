package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Q&A 2: the treating physician is informed immediately when the OOS is detected. */
@Component("informPhysician")
public class InformPhysicianDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final Notifications notifications;
  private final Recipients recipients;
  private final CaseMessages messages;

  public InformPhysicianDelegate(CaseFile caseFile, Notifications notifications, Recipients recipients,
      CaseMessages messages) {
    this.caseFile = caseFile;
    this.notifications = notifications;
    this.recipients = recipients;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), NotificationKind.PHYSICIAN_OOS_INFORMATION,
        messages.physicianOosInformation(facts, recipients.ofUser(facts.oosCase().treatingPhysician())));
  }
}
