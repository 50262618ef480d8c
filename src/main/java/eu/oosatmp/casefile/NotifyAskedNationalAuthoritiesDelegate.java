package eu.oosatmp.casefile;

import eu.oosatmp.authority.AuthorityRepository;
import eu.oosatmp.notification.NotificationKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** National authorities that, when asked, said they must be informed, receive the notification. */
@Component("notifyAskedNationalAuthorities")
public class NotifyAskedNationalAuthoritiesDelegate implements JavaDelegate {

  static final String MUST_INFORM = "MUST_INFORM";

  private final CaseFile caseFile;
  private final CaseRecords records;
  private final AuthorityRepository authorities;
  private final AuthorityNotifications notifications;

  public NotifyAskedNationalAuthoritiesDelegate(CaseFile caseFile, CaseRecords records,
      AuthorityRepository authorities, AuthorityNotifications notifications) {
    this.caseFile = caseFile;
    this.records = records;
    this.authorities = authorities;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    String body = (String) execution.getVariable(OosBatchHandlingProcess.NOTIFICATION_BODY);
    records.ofType(facts.caseNumber(), RecordType.NATIONAL_AUTHORITY_ANSWER).stream()
        .filter(answer -> MUST_INFORM.equals(answer.text("nationalAuthorityAnswer")))
        .map(answer -> authorities.findNationalAuthority(answer.text(OosBatchHandlingProcess.ASKED_COUNTRY)).orElseThrow())
        .forEach(authority -> notifications.notify(facts, authority, NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION,
            body));
  }
}
