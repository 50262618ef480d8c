package eu.oosatmp.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a message says (its first text part) and the files it carries, numbered from 1. */
public record MailContent(String text, List<Attachment> attachments) {

  public static MailContent of(Part message) {
    Reader reader = new Reader();
    try {
      reader.read(message);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Unreadable message content", e);
    }
    return new MailContent(reader.text == null ? "" : reader.text, List.copyOf(reader.attachments));
  }

  public Optional<Attachment> attachment(int number) {
    return number < 1 || number > attachments.size() ? Optional.empty() : Optional.of(attachments.get(number - 1));
  }

  public record Attachment(int number, String fileName, String contentType, byte[] content) {

    public int size() {
      return content.length;
    }
  }

  private static final class Reader {

    private String text;
    private final List<Attachment> attachments = new ArrayList<>();

    void read(Part part) throws MessagingException, IOException {
      if (part.isMimeType("multipart/alternative")) {
        // The same text several ways, simplest first: the plain text is the one to show.
        read(((Multipart) part.getContent()).getBodyPart(0));
      } else if (part.isMimeType("multipart/*")) {
        Multipart parts = (Multipart) part.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
          read(parts.getBodyPart(i));
        }
      } else if (text == null && part.isMimeType("text/*") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
          && part.getFileName() == null) {
        // SMTP carries lines ending in CRLF; shown as the sender wrote them.
        text = part.getContent().toString().replace("\r\n", "\n");
      } else {
        int number = attachments.size() + 1;
        try (InputStream content = part.getInputStream()) {
          attachments.add(new Attachment(number, fileName(part, number), contentType(part), content.readAllBytes()));
        }
      }
    }

    private static String fileName(Part part, int number) throws MessagingException {
      String fileName = part.getFileName();
      if (fileName == null || fileName.isBlank()) {
        return "attachment-" + number;
      }
      try {
        // Spring's MimeMessageHelper encodes file names as RFC 2047 words, which Jakarta Mail leaves as they are.
        return MimeUtility.decodeText(fileName);
      } catch (UnsupportedEncodingException e) {
        return fileName;
      }
    }

    /** The media type and charset, without parameters such as the file name again. */
    private static String contentType(Part part) {
      try {
        ContentType type = new ContentType(part.getContentType());
        String charset = type.getParameter("charset");
        return type.getBaseType().toLowerCase(Locale.ROOT) + (charset == null ? "" : "; charset=" + charset);
      } catch (MessagingException e) {
        return "application/octet-stream";
      }
    }
  }
}
