package eu.oosatmp.notification;

import eu.oosatmp.security.UserGroup;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** E-mail addresses of the product's users, from Camunda's identity service. */
@Component
public class Recipients {

  private final IdentityService identityService;

  public Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String ofUser(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      throw new IllegalStateException("User " + userId + " has no e-mail address");
    }
    return user.getEmail();
  }

  public List<String> ofGroup(UserGroup group) {
    return identityService.createUserQuery().memberOfGroup(group.id()).list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .toList();
  }
}
