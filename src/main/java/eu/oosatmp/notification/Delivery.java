package eu.oosatmp.notification;

import java.time.Instant;

/**
 * One queued notification and how its delivery went: when it was queued and sent, the SMTP Message-ID, how
 * many attempts were made and why the last one failed.
 */
public record Delivery(
    long id,
    NotificationKind kind,
    String recipient,
    String subject,
    Instant queuedAt,
    Status status,
    Instant sentAt,
    String smtpMessageId,
    int attempts,
    String lastError,
    Instant lastAttemptAt) {

  public enum Status {
    /** Waiting for its first attempt. */
    PENDING,
    /** An attempt failed; the next one is scheduled. */
    RETRYING,
    /** Every attempt failed: an incident waits for an operator, QA has a task. */
    FAILED,
    SENT
  }

  public boolean isSent() {
    return status == Status.SENT;
  }
}
