package eu.oosatmp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final PersonNames names = new PersonNames(identity);

  @Test
  void userIsNamedByFirstAndLastName() {
    User user = mock(User.class);
    when(user.getFirstName()).thenReturn("Quinn");
    when(user.getLastName()).thenReturn("Adler");
    when(identity.createUserQuery().userId("qa").singleResult()).thenReturn(user);

    assertThat(names.of("qa")).isEqualTo("Quinn Adler");
  }

  @Test
  void accountWithoutANameOrNoLongerThereKeepsItsId() {
    User unnamed = mock(User.class);
    when(identity.createUserQuery().userId("svc").singleResult()).thenReturn(unnamed);
    when(identity.createUserQuery().userId("gone").singleResult()).thenReturn(null);

    assertThat(names.of("svc")).isEqualTo("svc");
    assertThat(names.of("gone")).isEqualTo("gone");
  }
}
