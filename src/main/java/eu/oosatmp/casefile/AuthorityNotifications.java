package eu.oosatmp.casefile;

import eu.oosatmp.authority.Authority;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import org.springframework.stereotype.Component;

/** Sends a case's notification to one authority, once. */
@Component
public class AuthorityNotifications {

  private final Notifications notifications;
  private final AuthorityNotice notice;

  public AuthorityNotifications(Notifications notifications, AuthorityNotice notice) {
    this.notifications = notifications;
    this.notice = notice;
  }

  /** The text regulatory affairs approved is the cover note; the case's structured facts follow it. */
  void notify(CaseFacts facts, Authority authority, NotificationKind kind, String coverNote) {
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), kind, notice.toAuthority(facts, authority, kind, coverNote));
  }
}
