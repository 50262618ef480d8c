package eu.oosatmp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.security.IdentityBootstrap;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.RawHttp;
import eu.oosatmp.support.TaskApi;
import eu.oosatmp.support.WebappLogin;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("dev")
@AutoConfigureObservability
class AccessControlIT {

  private static final List<String> DEMO_USERS =
      List.of("qa", "qp", "physician", "regulatory", "pv", "auditor", "owner", "admin");
  private static final String PROCESS_KEY = "AccessCheck";
  private static final String TASK_PROCESS_KEY = "TaskAccessCheck";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  HistoryService historyService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityBootstrap identityBootstrap;

  Http http() {
    return new Http(port);
  }

  @Test
  void anonymousCallsAreUnauthorized() {
    for (String path : List.of("/api/products", "/api/authorities", "/engine-rest/task",
        "/engine-rest/process-definition", "/actuator/prometheus")) {
      Http.Response response = http().get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.isProblem()).as(path).isTrue();
    }
  }

  @Test
  void addressesTheFirewallRefusesAreBadRequests() {
    for (String path : List.of("/x/../engine-rest/user", "/engine-rest/./user", "/engine-rest//user",
        "/engine-rest/user;jsessionid=1", "/engine-rest%2Fuser", "/camunda/app/%2e%2e/admin/default/")) {
      RawHttp.Response response = RawHttp.get(port, path);
      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.isProblem()).as(path + "\n" + response.head()).isTrue();
      assertThat(response.body()).as(path).contains("The address is not allowed").doesNotContain("Exception");
    }
  }

  @Test
  void camundaAdminSetupIsClosed() {
    Http.Response setup = http().postJson("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}");

    assertThat(setup.status()).isEqualTo(403);
    assertThat(setup.isProblem()).isTrue();
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void processOwnersReadModelsButNoCaseDataAuditorsReadBoth() {
    // As an earlier version granted it: the bootstrap takes it back.
    Authorization old = authorizationService.createAuthorizationQuery().groupIdIn("process-owners")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    old.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
    authorizationService.saveAuthorization(old);
    identityBootstrap.run(null);

    String caseNumber = http().as("qa").postJson("/api/oos-cases",
        CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString()).json().get("caseNumber").asText();
    String processInstanceId = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
    Http owner = http().as("owner");
    Http auditor = http().as("auditor");
    TaskApi.await(() -> auditor.get("/engine-rest/history/task?processInstanceId=" + processInstanceId).json()
        .isEmpty() ? null : true);
    for (String history : List.of("variable-instance", "process-instance", "task", "detail")) {
      String path = "/engine-rest/history/" + history + "?processInstanceId=" + processInstanceId;
      assertThat(auditor.get(path).json()).as(path).isNotEmpty();
      Http.Response refused = owner.get(path);
      assertThat(refused.status()).as(path).isIn(200, 403);
      assertThat(refused.status() == 403 || refused.json().isEmpty()).as(path + ": " + refused.body()).isTrue();
    }

    JsonNode definitions = owner.get("/engine-rest/process-definition?key=OosBatchHandling").json();
    assertThat(definitions).isNotEmpty();
    assertThat(owner.get("/engine-rest/process-definition/" + definitions.get(0).get("id").asText() + "/xml").json()
        .get("bpmn20Xml").asText()).contains("OosBatchHandling");
    assertThat(owner.get("/engine-rest/decision-definition").json()).isNotEmpty();
    assertThat(owner.get("/engine-rest/deployment").json()).isNotEmpty();
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    createUser("mallory");

    assertThat(http().as("mallory", "guess").get("/api/products").status()).isEqualTo(401);
    assertThat(http().as("mallory", "guess").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void userInNoProductGroupIsForbidden() {
    createUser("outsider");

    Http.Response response = http().as("outsider", "outsider-Passw0rd!").get("/api/products");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.isProblem()).isTrue();
  }

  @Test
  void healthIsPublicAndMetricsAreForAdministrators() {
    assertThat(http().get("/actuator/health").status()).isEqualTo(200);
    assertThat(http().as("qa").get("/actuator/prometheus").status()).isEqualTo(403);
    Http.Response metrics = http().as("admin").get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void processOwnerDeploysAuditorReadsButChangesNothingOthersSeeOnlyTheirOwnProcesses() {
    Http.Response deployment = deploy(http().as("owner"));
    assertThat(deployment.status()).as(deployment.body()).isEqualTo(200);

    Http auditor = http().as("auditor");
    assertThat(auditor.get("/engine-rest/process-definition?key=" + PROCESS_KEY).json()).hasSize(1);
    assertThat(auditor.get("/engine-rest/history/process-instance").status()).isEqualTo(200);
    assertThat(auditor.postJson("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", "{}").status())
        .isEqualTo(403);
    assertThat(deploy(auditor).status()).isEqualTo(403);
    assertThat(auditor.postJson("/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}").status())
        .isEqualTo(403);
    assertThat(auditor.postJson("/engine-rest/authorization/create",
        "{\"type\":1,\"permissions\":[\"ALL\"],\"groupId\":\"auditors\",\"resourceType\":0,\"resourceId\":\"*\"}")
        .status()).isEqualTo(403);

    Http qa = http().as("qa");
    assertThat(qa.get("/engine-rest/process-definition?key=" + PROCESS_KEY).json()).isEmpty();
    // Not even allowed to see it: the engine answers as if it did not exist.
    assertThat(qa.postJson("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", "{}").status())
        .isIn(403, 404);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isZero();
  }

  @Test
  void engineRecordsTheAuthenticatedCaller() {
    assertThat(deploy(http().as("owner")).status()).isEqualTo(200);

    List<UserOperationLogEntry> deployments = historyService.createUserOperationLogQuery()
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
        .entityType("Deployment")
        .list();
    assertThat(deployments).isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo("owner"));
  }

  @Test
  void everyDemoUserLogsIntoTasklist() {
    for (String user : DEMO_USERS) {
      assertThat(WebappLogin.login(port, "tasklist", user, user)).as(user).isEqualTo(200);
    }
    // A wrong password locks the account for a while (Camunda's login throttling), so not a demo user's.
    createUser("eve");
    assertThat(WebappLogin.login(port, "tasklist", "eve", "wrong")).isEqualTo(401);
  }

  @Test
  void cockpitIsForAuditorsProcessOwnersAndAdminsAdminIsForAdminsOnly() {
    for (String user : List.of("admin", "auditor", "owner")) {
      assertThat(WebappLogin.login(port, "cockpit", user, user)).as(user).isEqualTo(200);
    }
    for (String user : List.of("qa", "qp", "physician", "regulatory", "pv")) {
      assertThat(WebappLogin.login(port, "cockpit", user, user)).as(user).isEqualTo(403);
    }
    assertThat(WebappLogin.login(port, "admin", "admin", "admin")).isEqualTo(200);
    assertThat(WebappLogin.login(port, "admin", "auditor", "auditor")).isEqualTo(403);
  }

  @Test
  void aGroupSeesAndCompletesOnlyTheTasksOfferedToIt() {
    assertThat(deploy(http().as("owner"), TASK_PROCESS_KEY,
        "<userTask id=\"Task_Check\" name=\"Check\" camunda:candidateGroups=\"quality-assurance\""
            + " camunda:formKey=\"embedded:app:forms/check.html\"/>").status())
        .isEqualTo(200);
    Http.Response started = http().as("admin")
        .postJson("/engine-rest/process-definition/key/" + TASK_PROCESS_KEY + "/start", "{}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String processInstanceId = started.json().get("id").asText();

    Http qa = http().as("qa");
    Http qp = http().as("qp");
    assertThat(qp.get("/engine-rest/task?processInstanceId=" + processInstanceId).json()).isEmpty();
    assertThat(http().as("auditor").get("/engine-rest/task?processInstanceId=" + processInstanceId).json())
        .hasSize(1);
    String taskId = qa.get("/engine-rest/task?processInstanceId=" + processInstanceId).json().get(0)
        .get("id").asText();
    assertThat(qp.postJson("/engine-rest/task/" + taskId + "/complete", "{}").status()).isEqualTo(403);
    assertThat(http().as("auditor").postJson("/engine-rest/task/" + taskId + "/complete", "{}").status())
        .isEqualTo(403);

    assertThat(qa.postJson("/engine-rest/task/" + taskId + "/complete", "{}").status()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .completed().count()).isOne();
    assertThat(historyService.createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId()).isEqualTo("qa");
  }

  private Http.Response deploy(Http as) {
    return deploy(as, PROCESS_KEY, "");
  }

  /** A minimal executable process, started and ended, with the given elements in between. */
  private Http.Response deploy(Http as, String key, String middle) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://oosatmp.eu/test">
          <process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="P10958D">
            <startEvent id="StartEvent_Begin" name="Begin"/>
            %2$s
            <endEvent id="EndEvent_Done" name="Done"/>
            <sequenceFlow id="Flow_1" sourceRef="StartEvent_Begin" targetRef="%3$s"/>
            %4$s
          </process>
        </definitions>
        """.formatted(key, middle, middle.isEmpty() ? "EndEvent_Done" : "Task_Check",
        middle.isEmpty() ? "" : "<sequenceFlow id=\"Flow_2\" sourceRef=\"Task_Check\" targetRef=\"EndEvent_Done\"/>");
    return as.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "access-check"),
        Map.of(key + ".bpmn", bpmn));
  }

  private void createUser(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(id + "-Passw0rd!");
      identityService.saveUser(user);
    }
  }
}
