package eu.oosatmp.demo;

import static eu.oosatmp.security.UserGroup.ADMINISTRATORS;
import static eu.oosatmp.security.UserGroup.AUDITORS;
import static eu.oosatmp.security.UserGroup.PHARMACOVIGILANCE;
import static eu.oosatmp.security.UserGroup.PHYSICIANS;
import static eu.oosatmp.security.UserGroup.PROCESS_OWNERS;
import static eu.oosatmp.security.UserGroup.QUALIFIED_PERSONS;
import static eu.oosatmp.security.UserGroup.QUALITY_ASSURANCE;
import static eu.oosatmp.security.UserGroup.REGULATORY_AFFAIRS;

import eu.oosatmp.security.UserAccounts;
import eu.oosatmp.security.UserAccounts.Account;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per group, each password equal to the user id. Exists only in the dev profile. */
@Component
@Profile("dev")
@Order(3)
public class DemoUsers implements ApplicationRunner {

  private final UserAccounts accounts;

  public DemoUsers(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    accounts.createIfMissing(demo("qa", "Quinn", "Adler"), QUALITY_ASSURANCE);
    accounts.createIfMissing(demo("qp", "Petra", "Quandt"), QUALIFIED_PERSONS);
    accounts.createIfMissing(demo("physician", "Dr. Elena", "Marquez"), PHYSICIANS);
    accounts.createIfMissing(demo("physician2", "Dr. Jonas", "Lindqvist"), PHYSICIANS);
    accounts.createIfMissing(demo("regulatory", "Rafael", "Oliveira"), REGULATORY_AFFAIRS);
    accounts.createIfMissing(demo("pv", "Paula", "Varga"), PHARMACOVIGILANCE);
    accounts.createIfMissing(demo("auditor", "Aino", "Korhonen"), AUDITORS);
    accounts.createIfMissing(demo("owner", "Oskar", "Brandt"), PROCESS_OWNERS);
    accounts.createIfMissing(demo("admin", "Ada", "Admin"), ADMINISTRATORS);
  }

  private static Account demo(String id, String firstName, String lastName) {
    return new Account(id, firstName, lastName, id + "@demo.oos-atmp.test", id);
  }
}
