package eu.oosatmp.casefile;

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
  private final AuthorityNotice notice;

  public AuthorityNotifications(Notifications notifications, CaseRecords records, AuthorityRepository authorities,
      AuthorityNotice notice) {
    this.notifications = notifications;
    this.records = records;
    this.authorities = authorities;
    this.notice = notice;
  }

  /** The text regulatory affairs approved is the cover note; the case's structured facts follow it. */
  void notify(CaseFacts facts, Authority authority, NotificationKind kind, String coverNote) {
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), kind, notice.toAuthority(facts, authority, kind, coverNote));
  }

  /**
   * The cover note as regulatory affairs approved it, once they have. Whether the batch was administered is
   * among the case facts beneath it, as recorded when the notification is sent.
   */
  Optional<String> approvedNotice(CaseFacts facts) {
    return records.latest(facts.caseNumber(), RecordType.SUPERVISORY_NOTIFICATION)
        .map(approved -> approved.text(OosBatchHandlingProcess.NOTIFICATION_BODY));
  }

  /** National authorities that, asked by regulatory affairs, said they must be informed. */
  List<Authority> askedToBeInformed(CaseFacts facts) {
    return records.ofType(facts.caseNumber(), RecordType.NATIONAL_AUTHORITY_ANSWER).stream()
        .filter(answer -> MUST_INFORM.equals(answer.text("nationalAuthorityAnswer")))
        .map(answer -> authorities.findNationalAuthority(answer.text(OosBatchHandlingProcess.ASKED_COUNTRY))
            .orElseThrow())
        .toList();
  }
}
