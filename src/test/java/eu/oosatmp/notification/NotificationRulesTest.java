package eu.oosatmp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mock.env.MockEnvironment;

/** The outbox's rules that need no engine: backoff, error texts, and the guard against test addresses. */
class NotificationRulesTest {

  private static final NotificationSettings SETTINGS = new NotificationSettings("oos@pharma.example",
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1)), false);

  @Test
  void eachFailedAttemptWaitsLongerAndTheLastBecomesAnIncident() {
    assertThat(SETTINGS.attempts()).isEqualTo(4);
    assertThat(SETTINGS.waitAfterAttempt(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(SETTINGS.waitAfterAttempt(2)).isEqualTo(Duration.ofMinutes(5));
    assertThat(SETTINGS.waitAfterAttempt(3)).isEqualTo(Duration.ofHours(1));
    assertThat(SETTINGS.waitAfterAttempt(9)).as("an operator's extra retries wait the longest")
        .isEqualTo(Duration.ofHours(1));
    assertThat(SETTINGS.messageIdDomain()).isEqualTo("pharma.example");
  }

  @Test
  void failureIsDescribedInTheMailServersWordsWithoutClassNames() {
    MailSendException failure = new MailSendException("Mail server connection failed",
        new IllegalStateException("org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host;\n"
            + "  nested exception is:\n\tjava.net.ConnectException: Connection refused",
            new ConnectException("Connection refused")));

    assertThat(NotificationDelivery.describe(failure))
        .isEqualTo("Mail server connection failed; Couldn't connect to host; Connection refused");
    assertThat(NotificationDelivery.describe(new RuntimeException())).isNotBlank();
  }

  @Test
  void productionRefusesToStartWithAuthoritiesOnTheTestDomain() {
    TestAddresses production = new TestAddresses(new MockEnvironment(), SETTINGS);

    assertThatThrownBy(() -> production.refuseOutsideTests("Authority notification addresses",
        List.of("info@bfarm.de", "nl-cbg-meb@authorities.test")))
        .hasMessageContaining("nl-cbg-meb@authorities.test").hasMessageContaining("OOS_TEST_INSTALL");
    assertThatCode(() -> production.refuseOutsideTests("Authority notification addresses",
        List.of("info@bfarm.de"))).doesNotThrowAnyException();
  }

  @Test
  void testAddressesAreAllowedInTheDevProfileAndInDeclaredTestInstallations() {
    MockEnvironment dev = new MockEnvironment();
    dev.setActiveProfiles("dev");
    NotificationSettings testInstall = new NotificationSettings(SETTINGS.from(), SETTINGS.retryIntervals(), true);

    assertThatCode(() -> new TestAddresses(dev, SETTINGS).refuseOutsideTests("EMA", List.of("qd@ema.test")))
        .doesNotThrowAnyException();
    assertThatCode(() -> new TestAddresses(new MockEnvironment(), testInstall)
        .refuseOutsideTests("EMA", List.of("qd@ema.test"))).doesNotThrowAnyException();
  }
}
