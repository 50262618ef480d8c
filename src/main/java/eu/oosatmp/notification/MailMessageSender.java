package eu.oosatmp.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(message.recipient());
    mail.setSubject(message.subject());
    mail.setText(message.body());
    mailSender.send(mail);
  }
}
