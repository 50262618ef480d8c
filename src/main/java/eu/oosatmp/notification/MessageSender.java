package eu.oosatmp.notification;

/** Sends a message on its way. The one place that knows how messages travel. */
public interface MessageSender {

  void send(Message message);
}
