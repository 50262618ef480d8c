package eu.oosatmp.notification;

/**
 * A delivery attempt failed: the delivery job's failure, and what Cockpit shows as the incident's message.
 * An operating condition (the mail server is down), not a fault of the product.
 */
public final class NotificationNotDelivered extends RuntimeException {

  NotificationNotDelivered(Outbox.Stored notification, String error, Throwable cause) {
    super("Notification " + notification.id() + " (" + notification.kind() + " to "
        + notification.message().recipient() + ") was not delivered: " + error, cause);
  }
}
