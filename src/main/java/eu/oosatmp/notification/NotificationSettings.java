package eu.oosatmp.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications leave the installation: the address they are sent from, how often and how long after a
 * failed delivery they are tried again, and whether this is a test install (authority addresses on the
 * reserved {@code .test} domain are then allowed outside the dev profile).
 */
@ConfigurationProperties("oos.notifications")
public record NotificationSettings(
    String from,
    @DefaultValue({"PT1M", "PT5M", "PT15M", "PT1H", "PT4H"}) List<Duration> retryIntervals,
    @DefaultValue("false") boolean testInstall) {

  /** Attempts a delivery job makes before it becomes an incident: the first and one after each interval. */
  int attempts() {
    return retryIntervals.size() + 1;
  }

  /** The wait after the given failed attempt (1 is the first). */
  Duration waitAfterAttempt(int attempt) {
    return retryIntervals.get(Math.max(0, Math.min(attempt, retryIntervals.size()) - 1));
  }

  /** The Message-ID domain: the from address's, so replies and bounces thread with what was sent. */
  String messageIdDomain() {
    return from.substring(from.indexOf('@') + 1);
  }
}
