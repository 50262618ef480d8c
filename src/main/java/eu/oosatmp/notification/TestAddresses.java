package eu.oosatmp.notification;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The reference data and defaults address authorities and EMA on the reserved {@code .test} domain, which
 * never reaches anyone. A production installation must not start like that: a legal notification would
 * silently go nowhere. The dev profile and installations declared as test installs may.
 */
@Component
public class TestAddresses {

  private final Environment environment;
  private final NotificationSettings settings;

  public TestAddresses(Environment environment, NotificationSettings settings) {
    this.environment = environment;
    this.settings = settings;
  }

  /** Refuses to start when one of the addresses is a test address and this is not a test installation. */
  public void refuseOutsideTests(String whose, Collection<String> addresses) {
    if (settings.testInstall() || environment.acceptsProfiles(Profiles.of("dev"))) {
      return;
    }
    List<String> test = addresses.stream().filter(TestAddresses::isTest).sorted().toList();
    if (!test.isEmpty()) {
      throw new IllegalStateException(whose + " still point to the reserved .test domain, so notifications would "
          + "reach no one: " + test + ". Configure the real addresses, or set OOS_TEST_INSTALL=true if this "
          + "installation is for testing only.");
    }
  }

  static boolean isTest(String address) {
    String lower = address.toLowerCase(Locale.ROOT).strip();
    return lower.endsWith(".test");
  }
}
