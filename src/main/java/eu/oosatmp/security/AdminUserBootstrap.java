package eu.oosatmp.security;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the administrator named by ADMIN_USER/ADMIN_PASSWORD, when both are given and it is missing. */
@Component
@Order(2)
public class AdminUserBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdminUserBootstrap.class);

  private final AdminProperties admin;
  private final UserAccounts accounts;

  public AdminUserBootstrap(AdminProperties admin, UserAccounts accounts) {
    this.admin = admin;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!admin.isGiven()) {
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
