package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * National authorities that, when asked, said they must be informed, receive the approved notification. If
 * regulatory affairs have not approved it yet, they receive it with the Supervisory Authority instead
 * ({@link SendSupervisoryNotificationDelegate}), never a draft before it (Q&A 2).
 */
@Component("notifyAskedNationalAuthorities")
public class NotifyAskedNationalAuthoritiesDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final AuthorityNotifications notifications;

  public NotifyAskedNationalAuthoritiesDelegate(CaseFile caseFile, AuthorityNotifications notifications) {
    this.caseFile = caseFile;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    notifications.approvedNotice(facts).ifPresent(notice -> notifications.askedToBeInformed(facts)
        .forEach(authority -> notifications.notify(facts, authority, NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION,
            notice)));
  }
}
