package eu.oosatmp.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TaskApi;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A case with the most the API accepts, a recorded cancellation, and what each step's record names. */
@IntegrationTest
@ActiveProfiles("dev")
class CaseLifecycleIT {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  HistoryService historyService;

  @Test
  void twentyLongResultsOpenACaseWhoseFormsShowAShortenedSummary() {
    ObjectNode request = CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP");
    ArrayNode results = request.putArray("oosResults");
    for (int i = 0; i < 20; i++) {
      results.addObject().put("parameter", "Parameter " + i + " " + "p".repeat(85))
          .put("specification", "s".repeat(200)).put("result", "r".repeat(100)).put("unit", "u".repeat(40))
          .put("method", "m".repeat(200)).put("testedAt", "2026-01-10T09:30:00Z");
    }
    Http qa = new Http(port).as("qa");

    Http.Response created = qa.postJson("/api/oos-cases", request.toString());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String caseNumber = created.json().get("caseNumber").asText();
    String taskId = TaskApi.awaitTask(qa, caseNumber, OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE);
    String summary = qa.get("/engine-rest/task/" + taskId + "/form-variables").json()
        .get(OosBatchHandlingProcess.CASE_SUMMARY).get("value").asText();
    assertThat(summary).hasSizeLessThanOrEqualTo(4000).contains("shortened here").contains(caseNumber);
    assertThat(qa.get("/api/oos-cases/" + caseNumber).json().get("oosResults")).hasSize(20);
  }

  @Test
  void qaCancelsAnOpenCaseWithAReasonAndItsHistoryStays() {
    Http qa = new Http(port).as("qa");
    String caseNumber = qa.postJson("/api/oos-cases",
        CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString()).json().get("caseNumber")
        .asText();
    TaskApi.awaitTask(qa, caseNumber, OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE);
    String cancellation = "/api/oos-cases/" + caseNumber + "/cancellation";

    assertThat(new Http(port).as("physician").postJson(cancellation, "{\"reason\": \"mine\"}").status())
        .isEqualTo(403);
    Http.Response withoutReason = qa.postJson(cancellation, "{}");
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.isProblem()).isTrue();

    Http.Response cancelled = qa.postJson(cancellation, "{\"reason\": \"Opened for the wrong batch\"}");

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("state").asText()).isEqualTo("CLOSED");
    assertThat(cancelled.json().get("outcome").asText()).isEqualTo("CANCELLED");
    assertThat(jdbc.sql("SELECT recorded_by FROM case_record WHERE case_number = :n AND record_type = 'CASE_CANCELLED'")
        .param("n", caseNumber).query(String.class).single()).isEqualTo("qa");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getDeleteReason()).contains("Opened for the wrong batch");
    Http.Response again = qa.postJson(cancellation, "{\"reason\": \"again\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("closed already");
  }

  @Test
  void eachStepRecordsTheFormVersionItsPerformerCompleted() {
    Http qa = new Http(port).as("qa");
    String caseNumber = qa.postJson("/api/oos-cases",
        CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString()).json().get("caseNumber")
        .asText();
    String taskId = TaskApi.awaitTask(qa, caseNumber, OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE);
    assertThat(TaskApi.complete(qa, taskId, Forms.investigation()).status()).isEqualTo(204);

    String details = jdbc.sql("SELECT details FROM case_record WHERE case_number = :n AND record_type = 'INVESTIGATION'")
        .param("n", caseNumber).query(String.class).single();
    JsonNode form = CaseJson.parse(details).get("form");
    assertThat(form.get("key").asText()).isEqualTo("oos-investigation");
    assertThat(form.get("version").asInt()).isPositive();
  }
}
