package eu.oosatmp.notification;

import java.time.Instant;

/**
 * A notification reached the mail server. Published in the delivery job's transaction, possibly more than
 * once for one notification (a retried job), so listeners must be idempotent.
 */
public record NotificationDelivered(Aggregate about, NotificationKind kind, String recipient, Instant sentAt) {}
