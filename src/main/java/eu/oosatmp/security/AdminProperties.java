package eu.oosatmp.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, from ADMIN_USER and ADMIN_PASSWORD: there is no default password. */
@ConfigurationProperties("oos.admin")
public record AdminProperties(String user, String password) {

  boolean isGiven() {
    return user != null && !user.isBlank() && password != null && !password.isBlank();
  }
}
