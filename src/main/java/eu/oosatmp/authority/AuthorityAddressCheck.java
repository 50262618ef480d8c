package eu.oosatmp.authority;

import eu.oosatmp.notification.TestAddresses;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with an address for an unknown authority, a malformed address, or, in production, an
 * authority still on a test address: each would lose notifications.
 */
@Component
public class AuthorityAddressCheck implements InitializingBean {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final AuthorityAddressProperties properties;
  private final AuthorityRepository authorities;
  private final TestAddresses testAddresses;

  public AuthorityAddressCheck(AuthorityAddressProperties properties, AuthorityRepository authorities,
      TestAddresses testAddresses) {
    this.properties = properties;
    this.authorities = authorities;
    this.testAddresses = testAddresses;
  }

  @Override
  public void afterPropertiesSet() {
    Set<String> known = authorities.find(null, null).stream()
        .map(authority -> AuthorityAddressProperties.normalize(authority.code()))
        .collect(Collectors.toSet());
    List<String> problems = properties.notificationAddresses().entrySet().stream()
        .filter(entry -> !known.contains(entry.getKey()) || !EMAIL.matcher(entry.getValue()).matches())
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .toList();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("oos.authorities.notification-addresses has unknown authority codes "
          + "or malformed e-mail addresses: " + problems + " (codes are those of GET /api/authorities)");
    }
    testAddresses.refuseOutsideTests("Authority notification addresses (oos.authorities.notification-addresses)",
        authorities.find(null, null).stream().map(Authority::notificationEmail).toList());
  }
}
