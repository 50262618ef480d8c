package eu.oosatmp.notification;

/** Sends a message on its way. The one place that knows how messages travel. */
public interface MessageSender {

  /**
   * Hands the message to the mail server and returns the Message-ID it went out with. The id is derived from
   * the notification, so a message sent twice by accident can be recognised by the receiving server.
   */
  String send(long notificationId, Message message);
}
