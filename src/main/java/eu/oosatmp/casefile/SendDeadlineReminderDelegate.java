package eu.oosatmp.casefile;

import eu.oosatmp.authority.Authority;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.Recipients;
import eu.oosatmp.security.UserGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 24 hours after supply, regulatory affairs are reminded that the Supervisory Authority notification is due. */
@Component("sendDeadlineReminder")
public class SendDeadlineReminderDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final Deadlines deadlines;
  private final Notifications notifications;
  private final Recipients recipients;
  private final AuthorityNotice notice;

  public SendDeadlineReminderDelegate(CaseFile caseFile, Deadlines deadlines, Notifications notifications,
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
    notifications.queueToEach(Aggregate.oosCase(facts.caseNumber()), NotificationKind.DEADLINE_REMINDER,
        recipients.ofGroup(UserGroup.REGULATORY_AFFAIRS),
        recipient -> notice.deadlineReminder(facts, recipient, deadline.dueAt()));
  }
}
