package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** GMP Part IV 11.54: for a batch in a clinical trial the sponsor is notified immediately. */
@Component("notifySponsor")
public class NotifySponsorDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final Notifications notifications;
  private final CaseMessages messages;

  public NotifySponsorDelegate(CaseFile caseFile, Notifications notifications, CaseMessages messages) {
    this.caseFile = caseFile;
    this.notifications = notifications;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), NotificationKind.SPONSOR_NOTIFICATION,
        messages.sponsorNotification(facts));
  }
}
