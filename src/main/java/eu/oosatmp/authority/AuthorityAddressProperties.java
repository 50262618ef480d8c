package eu.oosatmp.authority;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where notifications to each authority go, by authority code. Set per installation, e.g. in YAML
 * {@code oos.authorities.notification-addresses.[DE-PEI]} or as the environment variable
 * {@code OOS_AUTHORITIES_NOTIFICATIONADDRESSES_DEPEI}. Codes not set keep the reference data default,
 * which is on the reserved .test domain and so never reaches a real authority.
 */
@ConfigurationProperties("oos.authorities")
public record AuthorityAddressProperties(Map<String, String> notificationAddresses) {

  public AuthorityAddressProperties {
    // Environment variables cannot carry '-', so codes are compared without punctuation or case.
    notificationAddresses = notificationAddresses == null ? Map.of()
        : notificationAddresses.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(entry -> normalize(entry.getKey()), Map.Entry::getValue));
  }

  String addressFor(String authorityCode, String defaultAddress) {
    return notificationAddresses.getOrDefault(normalize(authorityCode), defaultAddress);
  }

  static String normalize(String authorityCode) {
    return authorityCode.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
  }
}
