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

  public AuthorityNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  void notify(CaseFacts facts, Authority authority, NotificationKind kind, String body) {
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), kind, AuthorityNotice.toAuthority(facts, authority, body));
  }
}
