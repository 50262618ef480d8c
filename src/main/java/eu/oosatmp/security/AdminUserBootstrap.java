package eu.oosatmp.security;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator named by ADMIN_USER/ADMIN_PASSWORD, when both are given and it is missing.
 * Camunda Admin's first-user setup is closed (SecurityConfig), so outside the dev profile, whose demo
 * users include an administrator, an installation without any administrator refuses to start: nobody
 * could ever manage its users.
 */
@Component
@Order(2)
public class AdminUserBootstrap implements ApplicationRunner {

  static final String NO_ADMINISTRATOR = "No administrator exists and none is named: set ADMIN_USER and "
      + "ADMIN_PASSWORD to create the first one. Camunda Admin's web setup is closed in this product.";
  private static final Logger LOG = LoggerFactory.getLogger(AdminUserBootstrap.class);

  private final AdminProperties admin;
  private final UserAccounts accounts;
  private final Environment environment;

  public AdminUserBootstrap(AdminProperties admin, UserAccounts accounts, Environment environment) {
    this.admin = admin;
    this.accounts = accounts;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!admin.isGiven()) {
      if (!environment.acceptsProfiles(Profiles.of("dev")) && !accounts.anyMemberOf(UserGroup.ADMINISTRATORS)) {
        throw new IllegalStateException(NO_ADMINISTRATOR);
      }
      LOG.info("No ADMIN_USER/ADMIN_PASSWORD given: no administrator is created");
      return;
    }
    try {
      accounts.createIfMissing(
          new UserAccounts.Account(admin.user(), "System", "Administrator", null, admin.password()),
          UserGroup.ADMINISTRATORS);
    } catch (ProcessEngineException e) {
      throw new IllegalStateException("Cannot create administrator " + admin.user() + " from ADMIN_USER/"
          + "ADMIN_PASSWORD: " + e.getMessage() + ". The password policy asks for at least 10 characters with "
          + "upper and lower case letters, a digit and a special character, and none of the user's data.", e);
    }
  }
}
