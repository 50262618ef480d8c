package eu.oosatmp.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Sends case notifications once per key and records each send: case, kind, recipient, subject, body
 * and time. A job that is retried after a send finds the record and does not send again.
 */
@Service
public class Notifications {

  private final MessageSender sender;
  private final JdbcClient jdbc;
  private final Clock clock;

  public Notifications(MessageSender sender, JdbcClient jdbc, Clock clock) {
    this.sender = sender;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Sent(String kind, String recipient, String subject, Instant sentAt) {}

  /** Sends unless a notification with this key was already sent for the case. */
  public void sendOnce(String caseNumber, String key, NotificationKind kind, Message message) {
    if (wasSent(caseNumber, key)) {
      return;
    }
    jdbc.sql("""
            INSERT INTO notification (case_number, notification_key, kind, recipient, subject, body, sent_at)
            VALUES (:caseNumber, :key, :kind, :recipient, :subject, :body, :sentAt)
            """)
        .param("caseNumber", caseNumber)
        .param("key", key)
        .param("kind", kind.name())
        .param("recipient", message.recipient())
        .param("subject", message.subject())
        .param("body", message.body())
        .param("sentAt", Timestamp.from(clock.instant()))
        .update();
    sender.send(message);
  }

  /** Sends each recipient their message once (key: kind and recipient). */
  public void sendOnceToEach(String caseNumber, NotificationKind kind, List<String> recipients,
      Function<String, Message> messageTo) {
    recipients.forEach(recipient -> sendOnce(caseNumber, kind + ":" + recipient, kind, messageTo.apply(recipient)));
  }

  private boolean wasSent(String caseNumber, String key) {
    return jdbc.sql("SELECT COUNT(*) FROM notification WHERE case_number = :caseNumber AND notification_key = :key")
        .param("caseNumber", caseNumber).param("key", key).query(Long.class).single() > 0;
  }

  public List<Sent> sentFor(String caseNumber) {
    return jdbc.sql("""
            SELECT kind, recipient, subject, sent_at FROM notification
             WHERE case_number = :caseNumber ORDER BY sent_at, id
            """)
        .param("caseNumber", caseNumber)
        .query((rs, row) -> new Sent(rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
            rs.getTimestamp("sent_at").toInstant()))
        .list();
  }
}
