package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Delivery;
import eu.oosatmp.notification.Notifications;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A supplied batch was not administered: every authority (or sponsor) already told of the supply is told
 * this too. One still to be notified reads it in its notification.
 */
@Component("informAuthoritiesNotAdministered")
public class InformAuthoritiesNotAdministeredDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords records;
  private final Notifications notifications;
  private final AuthorityNotice notice;

  public InformAuthoritiesNotAdministeredDelegate(CaseFile caseFile, CaseRecords records,
      Notifications notifications, AuthorityNotice notice) {
    this.caseFile = caseFile;
    this.records = records;
    this.notifications = notifications;
    this.notice = notice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    String reason = records.latest(facts.caseNumber(), RecordType.ADMINISTRATION).orElseThrow()
        .text("notAdministeredReason");
    List<String> toldOfSupply = notifications.deliveries(Aggregate.oosCase(facts.caseNumber())).stream()
        .filter(queued -> queued.kind().isAuthorityNotification())
        .map(Delivery::recipient)
        .distinct()
        .toList();
    notifications.queueToEach(Aggregate.oosCase(facts.caseNumber()), NotificationKind.NOT_ADMINISTERED_NOTICE, toldOfSupply,
        recipient -> notice.notAdministered(facts, recipient, reason));
  }
}
