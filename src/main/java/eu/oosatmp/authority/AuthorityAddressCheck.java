package eu.oosatmp.authority;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Refuses to start with an address for an unknown authority or a malformed address: both would lose notifications. */
@Component
public class AuthorityAddressCheck implements InitializingBean {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final AuthorityAddressProperties properties;
  private final AuthorityRepository authorities;

  public AuthorityAddressCheck(AuthorityAddressProperties properties, AuthorityRepository authorities) {
    this.properties = properties;
    this.authorities = authorities;
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
  }
}
