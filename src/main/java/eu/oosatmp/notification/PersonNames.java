package eu.oosatmp.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People as a reader knows them: by their full name in Camunda's identity service, not by their user id. */
@Component
public class PersonNames {

  private final IdentityService identityService;

  public PersonNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user's full name; the id itself only for an account that has no name (or no longer exists). */
  public String of(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : (blankIfNull(user.getFirstName()) + " " + blankIfNull(user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  private static String blankIfNull(String text) {
    return text == null ? "" : text;
  }
}
