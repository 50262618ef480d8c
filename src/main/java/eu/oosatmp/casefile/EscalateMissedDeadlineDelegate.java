package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.QaAlerts;
import eu.oosatmp.notification.Recipients;
import eu.oosatmp.security.UserGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q&A 2: 48 hours after supply and the Supervisory Authority's message not delivered: the breach is recorded
 * and escalated to QA, by e-mail and in Tasklist (the mail server may be why the message is late).
 */
@Component("escalateMissedDeadline")
public class EscalateMissedDeadlineDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final Deadlines deadlines;
  private final Notifications notifications;
  private final Recipients recipients;
  private final AuthorityNotice notice;
  private final QaAlerts alerts;

  public EscalateMissedDeadlineDelegate(CaseFile caseFile, Deadlines deadlines, Notifications notifications,
      Recipients recipients, AuthorityNotice notice, QaAlerts alerts) {
    this.caseFile = caseFile;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.recipients = recipients;
    this.notice = notice;
    this.alerts = alerts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    Deadlines.Deadline deadline = deadlines.find(facts.caseNumber(), DeadlineKind.SUPERVISORY_AUTHORITY_NOTIFICATION).orElseThrow();
    if (deadline.outcomes().contains(DeadlineStatus.MISSED)) {
      return;
    }
    deadlines.recordMissed(deadline);
    alerts.raise("[" + facts.caseNumber() + "] 48-hour notification deadline missed", String.join("\n",
        "The Supervisory Authority has not received the notification of the OOS supply by "
            + CaseFacts.time(deadline.dueAt()) + " (48 hours after supply). The breach is recorded in the case.",
        "See that the notification is completed and delivered now (GET /api/oos-cases/" + facts.caseNumber()
            + "/notifications shows whether it is still waiting in the outbox), and handle the deviation."));
    notifications.queueToEach(Aggregate.oosCase(facts.caseNumber()), NotificationKind.DEADLINE_ESCALATION,
        recipients.ofGroup(UserGroup.QUALITY_ASSURANCE),
        recipient -> notice.deadlineMissed(facts, recipient, deadline.dueAt()));
  }
}
