package eu.oosatmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.oosatmp.mailbox.DevMailServer;
import eu.oosatmp.security.AccessPolicy;
import eu.oosatmp.security.UserGroup;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TestDatabase;
import eu.oosatmp.support.TestMailServer;
import eu.oosatmp.support.WebappLogin;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
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
  @Autowired
  ApplicationContext context;

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
  void camundaAdminSetupIsClosedAndTheWebappsStillWork() {
    Http.Response setup = new Http(port).postJson("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}");

    assertThat(setup.status()).as(setup.body()).isEqualTo(403);
    assertThat(setup.isProblem()).isTrue();
    assertThat(setup.json().get("detail").asText()).contains("ADMIN_USER");
    assertThat(new Http(port).get("/camunda/app/admin/default/setup/").status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(WebappLogin.login(port, "admin", "ops", "Str0ng-Operator-Secret!")).isEqualTo(200);
  }

  @Test
  void refusesToStartWithoutAnyAdministrator() {
    SpringApplicationBuilder application = new SpringApplicationBuilder(OosAtmpApplication.class)
        .initializers(new TestDatabase(), new TestMailServer());

    // An engine name of its own and no webapps: Camunda keeps both in static registries, and the failed
    // start must not take over this test's.
    assertThatThrownBy(() -> application.run("--server.port=0", "--oos.admin.user=", "--oos.admin.password=",
        "--camunda.bpm.process-engine-name=refused", "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=false"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("set ADMIN_USER and ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWhileAuthoritiesAreStillAddressedOnTheTestDomain() {
    ApplicationContextInitializer<ConfigurableApplicationContext> notATestInstall = context -> context.getEnvironment()
        .getPropertySources().addFirst(new MapPropertySource("production", Map.of(
            "oos.notifications.test-install", "false")));
    SpringApplicationBuilder application = new SpringApplicationBuilder(OosAtmpApplication.class)
        .initializers(new TestDatabase(), new TestMailServer(), notATestInstall);

    assertThatThrownBy(() -> application.run("--server.port=0", "--camunda.bpm.process-engine-name=untested",
        "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.job-execution.enabled=false"))
        .rootCause().isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reserved .test domain").hasMessageContaining("OOS_TEST_INSTALL");
  }

  @Test
  void hasNoMailServerOrMailboxOfItsOwn() {
    assertThat(context.getBeanNamesForType(DevMailServer.class)).isEmpty();
    assertThat(new Http(port).get("/mailbox").status()).isEqualTo(404);
  }

  @Test
  void startsWithTheAuthoritiesOnly() {
    Http ops = new Http(port).as("ops", "Str0ng-Operator-Secret!");

    assertThat(ops.get("/api/authorities").json()).hasSize(32);
    assertThat(ops.get("/api/products").json()).isEmpty();
    assertThat(ops.get("/api/sites").json()).isEmpty();
  }
}
