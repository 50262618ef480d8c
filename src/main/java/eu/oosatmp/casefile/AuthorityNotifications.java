package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.NOT_ADMINISTERED;

import eu.oosatmp.authority.Authority;
import eu.oosatmp.authority.AuthorityRepository;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Notifications;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends a case's notification to one authority, once. Every authority receives the notice regulatory affairs
 * approved, never a draft (Q&A 2).
 */
@Component
public class AuthorityNotifications {

  static final String MUST_INFORM = "MUST_INFORM";

  private final Notifications notifications;
  private final CaseRecords records;
  private final AuthorityRepository authorities;

  public AuthorityNotifications(Notifications notifications, CaseRecords records, AuthorityRepository authorities) {
    this.notifications = notifications;
    this.records = records;
    this.authorities = authorities;
  }

  void notify(CaseFacts facts, Authority authority, NotificationKind kind, String body) {
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), kind, AuthorityNotice.toAuthority(facts, authority, body));
  }

  /** The notice as regulatory affairs approved it, once they have; a batch not administered says so. */
  Optional<String> approvedNotice(CaseFacts facts) {
    return records.latest(facts.caseNumber(), RecordType.SUPERVISORY_NOTIFICATION)
        .map(approved -> approved.text(OosBatchHandlingProcess.NOTIFICATION_BODY) + notAdministeredNote(facts));
  }

  /** National authorities that, asked by regulatory affairs, said they must be informed. */
  List<Authority> askedToBeInformed(CaseFacts facts) {
    return records.ofType(facts.caseNumber(), RecordType.NATIONAL_AUTHORITY_ANSWER).stream()
        .filter(answer -> MUST_INFORM.equals(answer.text("nationalAuthorityAnswer")))
        .map(answer -> authorities.findNationalAuthority(answer.text(OosBatchHandlingProcess.ASKED_COUNTRY))
            .orElseThrow())
        .toList();
  }

  private String notAdministeredNote(CaseFacts facts) {
    return records.latest(facts.caseNumber(), RecordType.ADMINISTRATION)
        .filter(administration -> NOT_ADMINISTERED.equals(administration.text(OosBatchHandlingProcess.ADMINISTRATION)))
        .map(administration -> "\n\nThe batch was not administered: " + administration.text("notAdministeredReason"))
        .orElse("");
  }
}
