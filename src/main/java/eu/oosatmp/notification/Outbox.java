package eu.oosatmp.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The stored notifications, their attachments and their delivery attempts. Rows are only ever added. */
@Repository
class Outbox {

  /** Each notification with its delivery: when it was sent, its attempts, and the one rule for its status. */
  private static final String DELIVERIES = """
      SELECT d.*, CASE WHEN d.sent_at IS NOT NULL THEN 'SENT'
                       WHEN d.attempts = 0 THEN 'PENDING'
                       WHEN d.retries_left = 0 THEN 'FAILED'
                       ELSE 'RETRYING' END AS status
        FROM (SELECT n.id, n.aggregate_type, n.aggregate_id, n.kind, n.recipient, n.subject, n.queued_at,
                     (SELECT MIN(a.attempted_at) FROM notification_attempt a
                       WHERE a.notification_id = n.id AND a.delivered) AS sent_at,
                     (SELECT MAX(a.smtp_message_id) FROM notification_attempt a
                       WHERE a.notification_id = n.id AND a.delivered) AS smtp_message_id,
                     (SELECT COUNT(*) FROM notification_attempt a WHERE a.notification_id = n.id) AS attempts,
                     last.attempted_at AS last_attempt_at, last.error AS last_error, last.retries_left AS retries_left
                FROM notification n
                LEFT JOIN notification_attempt last ON last.id =
                     (SELECT MAX(a.id) FROM notification_attempt a WHERE a.notification_id = n.id)) d
      """;

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Stored(long id, Aggregate about, NotificationKind kind, Message message) {}

  Optional<Long> find(Aggregate about, NotificationKind kind, String recipient, String occasion) {
    return jdbc.sql("""
            SELECT id FROM notification WHERE aggregate_type = :type AND aggregate_id = :id AND kind = :kind
               AND recipient = :recipient AND occasion = :occasion
            """)
        .param("type", about.type().name()).param("id", about.id()).param("kind", kind.name())
        .param("recipient", recipient).param("occasion", occasion)
        .query(Long.class).optional();
  }

  long insert(Aggregate about, NotificationKind kind, String occasion, Message message, Instant queuedAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO notification (aggregate_type, aggregate_id, case_number, review_id, kind, occasion,
                                      recipient, sender_name, reply_to, subject, body, queued_at)
            VALUES (:type, :id, :caseNumber, :reviewId, :kind, :occasion, :recipient, :senderName, :replyTo,
                    :subject, :body, :queuedAt)
            """)
        .param("type", about.type().name()).param("id", about.id())
        .param("caseNumber", about.caseNumber()).param("reviewId", about.reviewId())
        .param("kind", kind.name()).param("occasion", occasion).param("recipient", message.recipient())
        .param("senderName", message.sender() == null ? null : message.sender().name())
        .param("replyTo", message.sender() == null ? null : message.sender().replyTo())
        .param("subject", message.subject()).param("body", message.body())
        .param("queuedAt", Timestamp.from(queuedAt))
        .update(key, "id");
    long id = key.getKey().longValue();
    for (Message.Attachment attachment : message.attachments()) {
      jdbc.sql("""
              INSERT INTO notification_attachment (notification_id, file_name, content_type, content)
              VALUES (:id, :fileName, :contentType, :content)
              """)
          .param("id", id).param("fileName", attachment.fileName())
          .param("contentType", attachment.contentType()).param("content", attachment.content())
          .update();
    }
    return id;
  }

  Stored load(long id) {
    List<Message.Attachment> attachments = jdbc.sql("""
            SELECT file_name, content_type, content FROM notification_attachment
             WHERE notification_id = :id ORDER BY id
            """)
        .param("id", id)
        .query((rs, row) -> new Message.Attachment(rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .list();
    return jdbc.sql("""
            SELECT aggregate_type, aggregate_id, kind, recipient, sender_name, reply_to, subject, body
              FROM notification WHERE id = :id
            """)
        .param("id", id)
        .query((rs, row) -> new Stored(id,
            new Aggregate(Aggregate.Type.valueOf(rs.getString("aggregate_type")), rs.getString("aggregate_id")),
            NotificationKind.valueOf(rs.getString("kind")),
            new Message(rs.getString("recipient"), sender(rs), rs.getString("subject"), rs.getString("body"),
                attachments)))
        .single();
  }

  boolean isDelivered(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM notification_attempt WHERE notification_id = :id AND delivered")
        .param("id", id).query(Long.class).single() > 0;
  }

  void recordAttempt(long id, Instant at, String smtpMessageId, String error, int retriesLeft) {
    jdbc.sql("""
            INSERT INTO notification_attempt (notification_id, attempted_at, delivered, smtp_message_id, error,
                                              retries_left)
            VALUES (:id, :at, :delivered, :messageId, :error, :retriesLeft)
            """)
        .param("id", id).param("at", Timestamp.from(at)).param("delivered", error == null)
        .param("messageId", smtpMessageId).param("error", error).param("retriesLeft", retriesLeft)
        .update();
  }

  List<Delivery> deliveries(Aggregate about) {
    return jdbc.sql("SELECT * FROM (" + DELIVERIES + ") x WHERE aggregate_type = :type AND aggregate_id = :id ORDER BY id")
        .param("type", about.type().name()).param("id", about.id())
        .query((rs, row) -> delivery(rs))
        .list();
  }

  Optional<Delivery> delivery(long id) {
    return jdbc.sql("SELECT * FROM (" + DELIVERIES + ") x WHERE id = :id").param("id", id).query((rs, row) -> delivery(rs)).optional();
  }

  /** How many notifications have one of the statuses, for the metrics. */
  long count(Collection<Delivery.Status> statuses) {
    return jdbc.sql("SELECT COUNT(*) FROM (" + DELIVERIES + ") x WHERE status IN (:statuses)")
        .param("statuses", statuses.stream().map(Delivery.Status::name).toList())
        .query(Long.class).single();
  }

  private static Message.Sender sender(ResultSet rs) throws SQLException {
    return rs.getString("sender_name") == null ? null
        : new Message.Sender(rs.getString("sender_name"), rs.getString("reply_to"));
  }

  private static Delivery delivery(ResultSet rs) throws SQLException {
    Delivery.Status status = Delivery.Status.valueOf(rs.getString("status"));
    return new Delivery(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
        rs.getString("subject"), instant(rs, "queued_at"), status, instant(rs, "sent_at"),
        rs.getString("smtp_message_id"), rs.getInt("attempts"),
        status == Delivery.Status.SENT ? null : rs.getString("last_error"), instant(rs, "last_attempt_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
