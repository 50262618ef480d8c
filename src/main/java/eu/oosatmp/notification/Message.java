package eu.oosatmp.notification;

import java.util.List;

/** One e-mail to one recipient, with files attached where a report travels with it. */
public record Message(String recipient, String subject, String body, List<Attachment> attachments) {

  public record Attachment(String fileName, String contentType, byte[] content) {}

  public Message(String recipient, String subject, String body) {
    this(recipient, subject, body, List.of());
  }
}
