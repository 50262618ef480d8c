package eu.oosatmp.casefile;

import eu.oosatmp.authority.AuthorityRepository;
import eu.oosatmp.authority.Authority;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_INFORM;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NOT_ADMINISTERED;

import eu.oosatmp.notification.NotificationKind;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q&A 2: the Supervisory Authority of the release site, and at the same time every national authority that
 * must be informed, receive the notification regulatory affairs approved. The 48-hour deadline is then
 * recorded as met, or as late.
 */
@Component("sendSupervisoryNotification")
public class SendSupervisoryNotificationDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords records;
  private final Deadlines deadlines;
  private final AuthorityRepository authorities;
  private final AuthorityNotifications notifications;

  public SendSupervisoryNotificationDelegate(CaseFile caseFile, CaseRecords records, Deadlines deadlines,
      AuthorityRepository authorities, AuthorityNotifications notifications) {
    this.caseFile = caseFile;
    this.records = records;
    this.deadlines = deadlines;
    this.authorities = authorities;
    this.notifications = notifications;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    String body = records.latest(facts.caseNumber(), RecordType.SUPERVISORY_NOTIFICATION).orElseThrow()
        .text(OosBatchHandlingProcess.NOTIFICATION_BODY) + notAdministeredNote(facts);
    notifications.notify(facts, authorities.findNationalAuthority(facts.releaseSite().countryCode()).orElseThrow(),
        NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION, body);
    for (String code : (List<String>) execution.getVariable(NATIONAL_AUTHORITIES_TO_INFORM)) {
      notifications.notify(facts, authorities.findByCode(code).orElseThrow(),
          NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION, body);
    }
    deadlines.find(facts.caseNumber(), DeadlineKind.SUPERVISORY_AUTHORITY_NOTIFICATION).ifPresent(deadlines::recordFulfilled);
  }

  private String notAdministeredNote(CaseFacts facts) {
    return records.latest(facts.caseNumber(), RecordType.ADMINISTRATION)
        .filter(administration -> NOT_ADMINISTERED.equals(administration.text(OosBatchHandlingProcess.ADMINISTRATION)))
        .map(administration -> "\n\nThe batch was not administered: " + administration.text("notAdministeredReason"))
        .orElse("");
  }
}
