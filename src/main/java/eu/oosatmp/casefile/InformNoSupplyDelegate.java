package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Part IV 11.54 and Q&A 1: the physician waiting for the batch, and a clinical trial's sponsor, learn
 * that it will not be supplied and why, whichever way the case came to that.
 */
@Component("informNoSupply")
public class InformNoSupplyDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords records;
  private final Notifications notifications;
  private final Recipients recipients;
  private final CaseMessages messages;

  public InformNoSupplyDelegate(CaseFile caseFile, CaseRecords records, Notifications notifications,
      Recipients recipients, CaseMessages messages) {
    this.caseFile = caseFile;
    this.records = records;
    this.notifications = notifications;
    this.recipients = recipients;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    CaseMessages.NoSupplyReason reason = CaseMessages.noSupplyReason(facts, records.all(facts.caseNumber()));
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), NotificationKind.NO_SUPPLY_NOTICE,
        messages.noSupplyToPhysician(facts, recipients.ofUser(facts.oosCase().treatingPhysician()), reason));
    if (facts.product().isClinicalTrial()) {
      notifications.queue(Aggregate.oosCase(facts.caseNumber()), NotificationKind.NO_SUPPLY_NOTICE,
          messages.noSupplyToSponsor(facts, reason));
    }
  }
}
