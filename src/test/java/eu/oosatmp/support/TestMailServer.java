package eu.oosatmp.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** A real SMTP server (GreenMail) for the whole test JVM; every application context sends to it. */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static GreenMail greenMail;

  public static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      greenMail = new GreenMail(ServerSetup.SMTP.dynamicPort());
      greenMail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
    }
    return greenMail;
  }

  /** Messages received so far whose subject contains the text (e.g. a case number). */
  public static List<MimeMessage> messagesAbout(String text) {
    return Arrays.stream(greenMail().getReceivedMessages())
        .filter(message -> subject(message).contains(text))
        .toList();
  }

  /** Recipients of the case's messages whose subject contains the text, one entry per message and recipient. */
  public static List<String> recipients(String caseNumber, String subjectText) {
    // Subjects start with "[case number]": with the brackets one case's mail never matches another's number.
    return messagesAbout("[" + caseNumber + "]").stream()
        .filter(message -> subject(message).contains(subjectText))
        .flatMap(message -> {
          try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString);
          } catch (MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  /** Bodies of the case's messages whose subject contains the text. */
  public static List<String> bodies(String caseNumber, String subjectText) {
    return messagesAbout("[" + caseNumber + "]").stream()
        .filter(message -> subject(message).contains(subjectText))
        .map(com.icegreen.greenmail.util.GreenMailUtil::getBody)
        .toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Named as an operator names a mail server: the dev profile then starts no mail server of its own. */
  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
        "MAIL_HOST", "localhost",
        "MAIL_PORT", greenMail().getSmtp().getPort(),
        // The reference data's authority addresses are on the .test domain, which only test installs may keep.
        "oos.notifications.test-install", "true")));
  }
}
