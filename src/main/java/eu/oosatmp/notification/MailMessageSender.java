package eu.oosatmp.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

@Component
public class MailMessageSender implements MessageSender {

  private final JavaMailSender mailSender;
  private final String from;

  public MailMessageSender(JavaMailSender mailSender, @Value("${oos.notifications.from}") String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  @Override
  public void send(Message message) {
    MimeMessage mail = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, !message.attachments().isEmpty(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(message.recipient());
      helper.setSubject(message.subject());
      helper.setText(message.body());
      for (Message.Attachment attachment : message.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    mailSender.send(mail);
  }
}
