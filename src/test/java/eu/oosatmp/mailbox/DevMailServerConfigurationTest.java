package eu.oosatmp.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** When the dev mail server runs, and that the application's mail sender then points at it. */
class DevMailServerConfigurationTest {

  // As application.yaml sets them when MAIL_HOST and MAIL_PORT are not given.
  private final ApplicationContextRunner application = new ApplicationContextRunner()
      .withUserConfiguration(DevMailServerConfiguration.class)
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withPropertyValues("spring.mail.host=localhost", "spring.mail.port=1025", "DEV_SMTP_PORT=0");

  @Test
  void devProfileSendsToItsOwnServerOnTheFreePortItGot() {
    application.withInitializer(context -> context.getEnvironment().setActiveProfiles("dev")).run(context -> {
      DevMailServer server = context.getBean(DevMailServer.class);
      JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);

      assertThat(server.port()).isPositive();
      assertThat(sender.getHost()).isEqualTo("127.0.0.1");
      assertThat(sender.getPort()).isEqualTo(server.port());
      assertThat(context.getEnvironment().getProperty("spring.mail.port", Integer.class)).isEqualTo(server.port());

      SimpleMailMessage mail = new SimpleMailMessage();
      mail.setFrom("oos-notifications@oos-atmp.test");
      mail.setTo("anyone@anywhere.test");
      mail.setSubject("Hello");
      mail.setText("Text");
      sender.send(mail);
      assertThat(server.received()).singleElement()
          .satisfies(received -> assertThat(received.message().getSubject()).isEqualTo("Hello"));
    });
  }

  @Test
  void stopsWithTheApplication() {
    int[] port = new int[1];
    application.withInitializer(context -> context.getEnvironment().setActiveProfiles("dev"))
        .run(context -> port[0] = context.getBean(DevMailServer.class).port());

    assertThatThrownBy(() -> new Socket("127.0.0.1", port[0]).close()).isInstanceOf(IOException.class);
  }

  @Test
  void aTakenPortIsExplained() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> new DevMailServer(taken.getLocalPort()))
          .hasMessageContaining("DEV_SMTP_PORT").hasMessageContaining("MAIL_HOST");
    }
  }

  @Test
  void aMailHostOfTheOperatorIsUsedInstead() {
    application.withInitializer(context -> context.getEnvironment().setActiveProfiles("dev"))
        .withPropertyValues("MAIL_HOST=smtp.example.org", "spring.mail.host=smtp.example.org")
        .run(context -> {
          assertThat(context).doesNotHaveBean(DevMailServer.class);
          assertThat(context.getBean(JavaMailSenderImpl.class).getHost()).isEqualTo("smtp.example.org");
        });
  }

  @Test
  void nothingOutsideTheDevProfile() {
    application.withInitializer(context -> context.getEnvironment().setActiveProfiles("postgres"))
        .run(context -> {
          assertThat(context).doesNotHaveBean(DevMailServer.class);
          assertThat(context.getBean(JavaMailSenderImpl.class).getPort()).isEqualTo(1025);
        });
  }
}
