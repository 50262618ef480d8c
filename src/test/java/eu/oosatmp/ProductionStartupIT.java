package eu.oosatmp;

import static org.assertj.core.api.Assertions.assertThat;

import eu.oosatmp.security.AccessPolicy;
import eu.oosatmp.security.UserGroup;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** Without the dev profile: no demo users, no demo data, only the administrator the operator names. */
@IntegrationTest
@TestPropertySource(properties = {"ADMIN_USER=ops", "ADMIN_PASSWORD=Str0ng-Operator-Secret!"})
class ProductionStartupIT {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;
  @Autowired
  Environment environment;

  @Test
  void runsWithoutTheDevProfile() {
    assertThat(environment.getActiveProfiles()).doesNotContain("dev");
  }

  @Test
  void onlyTheNamedAdministratorExists() {
    assertThat(identityService.createUserQuery().list())
        .extracting(user -> user.getId()).containsExactly("ops");
    assertThat(identityService.createGroupQuery().groupMember("ops").list())
        .extracting(group -> group.getId()).containsExactly(UserGroup.ADMINISTRATORS.id());
    assertThat(new Http(port).as("qa").get("/api/products").status()).isEqualTo(401);
    assertThat(new Http(port).as("ops", "Str0ng-Operator-Secret!").get("/api/authorities").status()).isEqualTo(200);
  }

  @Test
  void groupsAuthorizationsAndTasklistFiltersExist() {
    for (UserGroup group : UserGroup.values()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).count()).as(group.id()).isEqualTo(1);
    }
    AccessPolicy.grants().forEach(grant -> assertThat(authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.group().id()).resourceType(grant.resource()).resourceId(grant.resourceId()).count())
        .as(grant.toString()).isEqualTo(1));
    assertThat(filterService.createTaskFilterQuery().list())
        .extracting(filter -> filter.getName()).containsExactlyInAnyOrder("My tasks", "My group tasks");
  }

  @Test
  void startsWithTheAuthoritiesOnly() {
    Http ops = new Http(port).as("ops", "Str0ng-Operator-Secret!");

    assertThat(ops.get("/api/authorities").json()).hasSize(32);
    assertThat(ops.get("/api/products").json()).isEmpty();
    assertThat(ops.get("/api/sites").json()).isEmpty();
  }
}
