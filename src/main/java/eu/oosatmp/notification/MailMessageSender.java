package eu.oosatmp.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

@Component
public class MailMessageSender implements MessageSender {

  private final JavaMailSenderImpl mailSender;
  private final NotificationSettings settings;

  public MailMessageSender(JavaMailSenderImpl mailSender, NotificationSettings settings) {
    this.mailSender = mailSender;
    this.settings = settings;
  }

  @Override
  public String send(long notificationId, Message message) {
    String messageId = "<oos-notification-" + notificationId + "@" + settings.messageIdDomain() + ">";
    MimeMessage mail = new FixedIdMimeMessage(mailSender.getSession(), messageId);
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, !message.attachments().isEmpty(), "UTF-8");
      if (message.sender() == null) {
        helper.setFrom(settings.from());
      } else {
        // The mail leaves through the installation's own address (SPF, DKIM); the party speaks through its name.
        helper.setFrom(new InternetAddress(settings.from(), message.sender().name(), "UTF-8"));
        helper.setReplyTo(message.sender().replyTo());
      }
      helper.setTo(message.recipient());
      helper.setSubject(message.subject());
      helper.setText(message.body());
      for (Message.Attachment attachment : message.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException(e);
    }
    mailSender.send(mail);
    return messageId;
  }

  /** JavaMail replaces the Message-ID on sending; this one keeps the notification's. */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
