package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.Recipients;
import eu.oosatmp.security.UserGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 48 hours after supply without notification: the breach is recorded and escalated to QA. */
@Component("escalateMissedDeadline")
public class EscalateMissedDeadlineDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final Deadlines deadlines;
  private final Notifications notifications;
  private final Recipients recipients;
  private final AuthorityNotice notice;

  public EscalateMissedDeadlineDelegate(CaseFile caseFile, Deadlines deadlines, Notifications notifications,
      Recipients recipients, AuthorityNotice notice) {
    this.caseFile = caseFile;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.recipients = recipients;
    this.notice = notice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    Deadlines.Deadline deadline = deadlines.find(facts.caseNumber(), DeadlineKind.SUPERVISORY_AUTHORITY_NOTIFICATION).orElseThrow();
    deadlines.recordMissed(deadline);
    notifications.queueToEach(Aggregate.oosCase(facts.caseNumber()), NotificationKind.DEADLINE_ESCALATION,
        recipients.ofGroup(UserGroup.QUALITY_ASSURANCE),
        recipient -> notice.deadlineMissed(facts, recipient, deadline.dueAt()));
  }
}
