package eu.oosatmp.mailbox;

import eu.oosatmp.mailbox.DevMailServer.ReceivedMail;
import eu.oosatmp.notification.UtcTime;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A received message's envelope as the mailbox lists it; addresses as "Name <address>". */
public record MailSummary(int number, Instant receivedAt, String from, String replyTo, String to, String subject) {

  static MailSummary of(ReceivedMail mail) {
    MimeMessage message = mail.message();
    try {
      return new MailSummary(mail.number(), mail.receivedAt(), addresses(message.getFrom()),
          addresses(replyTo(message)), addresses(message.getRecipients(RecipientType.TO)), message.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException("Message " + mail.number() + " has unreadable headers", e);
    }
  }

  public String received() {
    return UtcTime.format(receivedAt);
  }

  /** Jakarta Mail's getReplyTo() answers the From address when there is no Reply-To; this shows only what was set. */
  private static Address[] replyTo(MimeMessage message) throws MessagingException {
    String header = message.getHeader("Reply-To", ",");
    return header == null ? null : InternetAddress.parseHeader(header, false);
  }

  private static String addresses(Address[] addresses) {
    if (addresses == null) {
      return "";
    }
    return Arrays.stream(addresses).map(MailSummary::address).collect(Collectors.joining(", "));
  }

  private static String address(Address address) {
    if (address instanceof InternetAddress internet && internet.getPersonal() != null) {
      return internet.getPersonal() + " <" + internet.getAddress() + ">";
    }
    return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
  }
}
