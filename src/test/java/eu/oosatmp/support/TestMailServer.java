package eu.oosatmp.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
        .filter(message -> {
          try {
            return message.getSubject().contains(text);
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
        "spring.mail.host", "localhost",
        "spring.mail.port", greenMail().getSmtp().getPort())));
  }
}
