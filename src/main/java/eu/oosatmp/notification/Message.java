package eu.oosatmp.notification;

import java.util.List;

/**
 * One e-mail to one recipient, with files attached where a document travels with it. The sender is the
 * party the product's written agreement names; without one the installation's own address sends.
 */
public record Message(String recipient, Sender sender, String subject, String body, List<Attachment> attachments) {

  public record Attachment(String fileName, String contentType, byte[] content) {}

  /** Shown as From (name) and Reply-To (address); the mail goes out through the installation's own address. */
  public record Sender(String name, String replyTo) {}

  public Message {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Message(String recipient, String subject, String body) {
    this(recipient, null, subject, body, List.of());
  }

  public Message(String recipient, String subject, String body, List<Attachment> attachments) {
    this(recipient, null, subject, body, attachments);
  }
}
