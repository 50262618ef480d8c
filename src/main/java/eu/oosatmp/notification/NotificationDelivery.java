package eu.oosatmp.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one queued notification. Each attempt is recorded in a transaction of its own, committed at once:
 * a failed attempt stays recorded although the job rolls back, and a sent message is never sent again
 * because a later part of the job failed.
 */
@Service
class NotificationDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
  private static final int MAX_ERROR_LENGTH = 2000;
  private static final Pattern CLASS_NAMES = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*");

  private final Outbox outbox;
  private final MessageSender sender;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate ownTransaction;

  NotificationDelivery(Outbox outbox, MessageSender sender, Clock clock, ApplicationEventPublisher events,
      PlatformTransactionManager transactions) {
    this.outbox = outbox;
    this.sender = sender;
    this.clock = clock;
    this.events = events;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Sends unless already sent; {@code retriesLeft} is what the job has left should this attempt fail. */
  void deliver(long notificationId, int retriesLeft) {
    Outbox.Stored notification = outbox.load(notificationId);
    if (!outbox.isDelivered(notificationId)) {
      send(notification, retriesLeft);
    }
    Instant sentAt = outbox.delivery(notificationId).orElseThrow().sentAt();
    events.publishEvent(new NotificationDelivered(notification.about(), notification.kind(),
        notification.message().recipient(), sentAt));
  }

  boolean isDelivered(long notificationId) {
    return outbox.isDelivered(notificationId);
  }

  private void send(Outbox.Stored notification, int retriesLeft) {
    String messageId;
    try {
      messageId = sender.send(notification.id(), notification.message());
    } catch (RuntimeException e) {
      String error = describe(e);
      ownTransaction.executeWithoutResult(status ->
          outbox.recordAttempt(notification.id(), clock.instant(), null, error, retriesLeft));
      LOG.warn("Notification {} ({} to {}) not delivered, {} attempts left: {}", notification.id(),
          notification.kind(), notification.message().recipient(), retriesLeft, error);
      throw new NotificationNotDelivered(notification, error, e);
    }
    ownTransaction.executeWithoutResult(status ->
        outbox.recordAttempt(notification.id(), clock.instant(), messageId, null, retriesLeft));
  }

  /** The mail server's own words, without the class names of the Java mail stack. */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null && text.length() < MAX_ERROR_LENGTH; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : CLASS_NAMES.matcher(cause.getMessage()).replaceAll("")
          .replace("nested exception is:", "").replaceAll("\\s+", " ").strip();
      if (!message.isEmpty() && text.indexOf(message) < 0) {
        text.append(text.isEmpty() ? "" : "; ").append(message);
      }
    }
    String described = text.isEmpty() ? "The mail server did not accept the message." : text.toString();
    return described.length() > MAX_ERROR_LENGTH ? described.substring(0, MAX_ERROR_LENGTH) : described;
  }
}
