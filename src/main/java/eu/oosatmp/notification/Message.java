package eu.oosatmp.notification;

/** One e-mail to one recipient. */
public record Message(String recipient, String subject, String body) {}
