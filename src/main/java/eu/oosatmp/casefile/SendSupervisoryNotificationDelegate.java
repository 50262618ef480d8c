package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_INFORM;

import eu.oosatmp.authority.AuthorityRepository;
import eu.oosatmp.notification.NotificationKind;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q&A 2: the Supervisory Authority of the release site, and at the same time every national authority that
 * must be informed (by the national requirements, or because it said so when asked), receive the notification
 * regulatory affairs approved. Whether the 48 hours were kept is decided when the Supervisory Authority's
 * message is delivered ({@link SupervisoryDelivery}).
 */
@Component("sendSupervisoryNotification")
public class SendSupervisoryNotificationDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final AuthorityRepository authorities;
  private final AuthorityNotifications notifications;

  public SendSupervisoryNotificationDelegate(CaseFile caseFile, AuthorityRepository authorities,
      AuthorityNotifications notifications) {
    this.caseFile = caseFile;
    this.authorities = authorities;
    this.notifications = notifications;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    String notice = notifications.approvedNotice(facts).orElseThrow();
    notifications.notify(facts, authorities.findNationalAuthority(facts.releaseSite().countryCode()).orElseThrow(),
        NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION, notice);
    for (String code : (List<String>) execution.getVariable(NATIONAL_AUTHORITIES_TO_INFORM)) {
      notifications.notify(facts, authorities.findByCode(code).orElseThrow(),
          NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION, notice);
    }
    notifications.askedToBeInformed(facts).forEach(authority ->
        notifications.notify(facts, authority, NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION, notice));
  }
}
