package eu.oosatmp.security;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates user accounts in Camunda's identity service; an existing account is never changed. */
@Component
public class UserAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  private final IdentityService identityService;

  public UserAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  public record Account(String id, String firstName, String lastName, String email, String password) {}

  public boolean anyMemberOf(UserGroup group) {
    return identityService.createUserQuery().memberOfGroup(group.id()).count() > 0;
  }

  /**
   * Returns false when the user already existed, which leaves its password and groups as they are. Nodes
   * starting together on one database may create the same account at once: the one that loses the race
   * leaves the account to the other.
   */
  public boolean createIfMissing(Account account, UserGroup... groups) {
    if (exists(account.id())) {
      return false;
    }
    User user = identityService.newUser(account.id());
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    user.setEmail(account.email());
    user.setPassword(account.password());
    try {
      identityService.saveUser(user);
    } catch (ProcessEngineException e) {
      if (!exists(account.id())) {
        throw e;
      }
      LOG.debug("User {} was created concurrently by another node", account.id());
      return false;
    }
    for (UserGroup group : groups) {
      identityService.createMembership(account.id(), group.id());
    }
    LOG.info("Created user {} in {}", account.id(), Arrays.toString(groups));
    return true;
  }

  private boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }
}
