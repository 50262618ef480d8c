package eu.oosatmp.integrity;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.integrity.Cases.OpenCase;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.security.UserGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Nothing regulated is deleted or shortened, not even by the administrator. */
@IntegrationTest
@ActiveProfiles("dev")
class DeletionIntegrityIT {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  HistoryService historyService;
  @Autowired
  IdentityService identityService;
  Cases cases;

  @BeforeEach
  void setUp() {
    cases = new Cases(port, jdbc);
  }

  @Test
  void administratorDeletesNoRecord() {
    OpenCase closed = cases.open();
    cases.close(closed);
    OpenCase running = cases.open();
    String task = cases.task(running, TASK_INVESTIGATE_ROOT_CAUSE);
    Client qa = cases.as("qa");
    Client.Response comment = qa.post("/engine-rest/task/" + task + "/comment/create",
        "{\"message\": \"Analyst interview scheduled.\"}");
    assertThat(comment.status()).as("%s", comment).isEqualTo(200);
    String commentId = comment.json().get("id").asText();

    Client admin = cases.as("admin");
    String definitionId = admin.get("/engine-rest/process-instance/" + running.processInstanceId()).json()
        .get("definitionId").asText();
    JsonNode definition = admin.get("/engine-rest/process-definition/" + definitionId).json();
    String deploymentId = definition.get("deploymentId").asText();
    String variableId = admin.get("/engine-rest/history/variable-instance?processInstanceId="
        + closed.processInstanceId() + "&variableName=treatingPhysician").json().get(0).get("id").asText();
    JsonNode logEntries = admin.get("/engine-rest/history/user-operation?processInstanceId="
        + closed.processInstanceId()).json();
    assertThat(logEntries).as("operation log of the closed case").isNotEmpty();
    String operationId = logEntries.get(0).get("operationId").asText();
    String logEntryId = logEntries.get(0).get("id").asText();
    Map<String, Object> before = state(closed, running, task, commentId, definitionId, deploymentId, variableId,
        operationId);

    Map<String, Supplier<Client.Response>> attacks = new LinkedHashMap<>();
    attacks.put("DELETE running process instance", () ->
        admin.delete("/engine-rest/process-instance/" + running.processInstanceId()));
    attacks.put("POST /process-instance/delete (batch)", () -> admin.post("/engine-rest/process-instance/delete",
        "{\"processInstanceIds\": [\"" + running.processInstanceId() + "\"], \"deleteReason\": \"cleanup\"}"));
    attacks.put("DELETE historic process instance", () ->
        admin.delete("/engine-rest/history/process-instance/" + closed.processInstanceId()));
    attacks.put("POST /history/process-instance/delete (batch)", () ->
        admin.post("/engine-rest/history/process-instance/delete", "{\"historicProcessInstanceIds\": [\""
            + closed.processInstanceId() + "\"], \"deleteReason\": \"cleanup\"}"));
    attacks.put("DELETE historic variable instance", () ->
        admin.delete("/engine-rest/history/variable-instance/" + variableId));
    attacks.put("DELETE historic variable instances of a process instance", () ->
        admin.delete("/engine-rest/history/process-instance/" + closed.processInstanceId() + "/variable-instances"));
    attacks.put("DELETE task comment", () -> admin.delete("/engine-rest/task/" + task + "/comment/" + commentId));
    attacks.put("PUT task comment (rewrite)", () -> admin.put("/engine-rest/task/" + task + "/comment",
        "{\"id\": \"" + commentId + "\", \"message\": \"Nothing to see.\"}"));
    attacks.put("POST /history/process-instance/set-removal-time", () ->
        admin.post("/engine-rest/history/process-instance/set-removal-time",
            "{\"absoluteRemovalTime\": \"2027-01-01T00:00:00.000+0000\", \"historicProcessInstanceIds\": [\""
                + closed.processInstanceId() + "\"]}"));
    attacks.put("PUT history-time-to-live 30 days", () ->
        admin.put("/engine-rest/process-definition/" + definitionId + "/history-time-to-live",
            "{\"historyTimeToLive\": 30}"));
    attacks.put("DELETE process definition cascade", () ->
        admin.delete("/engine-rest/process-definition/" + definitionId + "?cascade=true"));
    // Last: should it get through, it takes every case of this deployment with it.
    attacks.put("DELETE deployment cascade", () ->
        admin.delete("/engine-rest/deployment/" + deploymentId + "?cascade=true"));

    SoftAssertions softly = new SoftAssertions();
    attacks.forEach((name, attack) -> {
      Client.Response response = attack.get();
      softly.assertThat(response.status()).as(name + ": " + response).isEqualTo(403);
      Refusal.check(softly, response, 403, null);
    });
    // Camunda's REST API has no route that deletes an operation log entry; the Java API has one.
    Client.Response noRoute = admin.delete("/engine-rest/history/user-operation/" + operationId);
    softly.assertThat(noRoute.status()).as("%s", noRoute).isIn(404, 405, 403);
    softly.assertThat(noRoute.contentType()).as("%s", noRoute).startsWith("application/problem+json");
    identityService.setAuthentication("admin", List.of(UserGroup.ADMINISTRATORS.id()));
    try {
      softly.assertThatThrownBy(() -> historyService.deleteUserOperationLogEntry(logEntryId))
          .as("operation log entry deleted through the Java API by the administrator")
          .isInstanceOfSatisfying(RuleViolation.class, violation -> {
            softly.assertThat(violation.status()).isEqualTo(HttpStatus.FORBIDDEN);
            softly.assertThat(Refusal.isSentence(violation.sentence())).as(violation.sentence()).isTrue();
          });
    } finally {
      identityService.clearAuthentication();
    }
    softly.assertThat(state(closed, running, task, commentId, definitionId, deploymentId, variableId, operationId))
        .as("records after the attacks").isEqualTo(before);
    softly.assertAll();
  }

  /** Everything the attacks aim at, as the administrator reads it. */
  private Map<String, Object> state(OpenCase closed, OpenCase running, String task, String commentId,
      String definitionId, String deploymentId, String variableId, String operationId) {
    Client admin = cases.as("admin");
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("running instance", admin.get("/engine-rest/process-instance/" + running.processInstanceId())
        .status());
    state.put("running snapshot", cases.snapshot(running));
    state.put("closed history", strip(admin.get("/engine-rest/history/process-instance/"
        + closed.processInstanceId())));
    state.put("running history", admin.get("/engine-rest/history/process-instance/"
        + running.processInstanceId()).status());
    state.put("closed variables", admin.get("/engine-rest/history/variable-instance/count?processInstanceId="
        + closed.processInstanceId()).body());
    state.put("variable", strip(admin.get("/engine-rest/history/variable-instance/" + variableId)));
    state.put("operation log", admin.get("/engine-rest/history/user-operation/count?operationId=" + operationId)
        .body());
    state.put("comment", strip(admin.get("/engine-rest/task/" + task + "/comment/" + commentId)));
    state.put("definition ttl", admin.get("/engine-rest/process-definition/" + definitionId).json()
        .path("historyTimeToLive").asText());
    state.put("deployment", admin.get("/engine-rest/deployment/" + deploymentId).status());
    state.put("closed case records", cases.count("SELECT COUNT(*) FROM case_record WHERE case_number = ?",
        closed.caseNumber()));
    return state;
  }

  private static String strip(Client.Response response) {
    return response.status() + " " + response.body();
  }
}
