package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_CONFIRM_PATIENT_INFORMED;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_DECIDE_ON_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_NOTIFY_SUPERVISORY_AUTHORITY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_RECORD_ADMINISTRATION;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_RECORD_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_REGISTER_PHARMACOVIGILANCE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_VERIFY_BATCH_AS_QP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TaskApi;
import eu.oosatmp.support.TestMailServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A case from opening to closing through the REST APIs as the people who do each step, with the job
 * executor running as in production and e-mail going to a real SMTP server.
 */
@IntegrationTest
@ActiveProfiles("dev")
class CaseWorkflowIT {

  @LocalServerPort
  int port;

  @Test
  void caseIsWorkedThroughByTheRightPeopleAndOthersCannotCompleteTheirTasks() {
    Http.Response opened = as("qa").postJson("/api/oos-cases",
        CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseNumber = opened.json().get("caseNumber").asText();

    String investigation = awaitTask(caseNumber, TASK_INVESTIGATE_ROOT_CAUSE, "qa");
    // What Tasklist loads to render a group task's Camunda Form: the form and the case facts.
    assertThat(as("qa").get("/engine-rest/task/" + investigation + "/deployed-form").body())
        .contains("\"id\": \"oos-investigation\"");
    assertThat(as("qa").get("/engine-rest/task/" + investigation + "/form-variables?variableNames=caseSummary")
        .json().get("caseSummary").get("value").asText()).contains(caseNumber);
    assertThat(complete("qp", investigation, Forms.investigation()).status()).isEqualTo(403);
    assertThat(complete("qa", investigation, Forms.investigation()).status()).isEqualTo(204);
    assertThat(complete("qa", awaitTask(caseNumber, TASK_EVALUATE_PATIENT_RISK, "qa"), Forms.riskEvaluation())
        .status()).isEqualTo(204);

    String decision = awaitTask(caseNumber, TASK_DECIDE_ON_SUPPLY, "physician");
    assertThat(as("physician2").get("/engine-rest/task/" + decision).status()).isIn(403, 404);
    assertThat(complete("physician2", decision, Forms.decision("REQUEST_SUPPLY")).status()).isEqualTo(403);
    assertThat(complete("physician", decision, Forms.decision("REQUEST_SUPPLY")).status()).isEqualTo(204);

    String verification = awaitTask(caseNumber, TASK_VERIFY_BATCH_AS_QP, "qp");
    assertThat(complete("qa", verification, Forms.qpVerification(true)).status()).isEqualTo(403);
    assertThat(complete("qp", verification, Forms.qpVerification(true)).status()).isEqualTo(204);

    // As a form takes it: to the minute, and not before the QP's verification a moment ago.
    Instant suppliedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    assertThat(complete("qa", awaitTask(caseNumber, TASK_RECORD_SUPPLY, "qa"), Forms.supply(suppliedAt)).status())
        .isEqualTo(204);
    String notification = awaitTask(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory");
    assertThat(complete("pv", notification, Forms.supervisoryNotification()).status()).isEqualTo(403);
    assertThat(complete("regulatory", notification, Forms.supervisoryNotification()).status()).isEqualTo(204);
    assertThat(complete("physician", awaitTask(caseNumber, TASK_CONFIRM_PATIENT_INFORMED, "physician"),
        Forms.patientInformed(suppliedAt)).status()).isEqualTo(204);
    assertThat(complete("physician", awaitTask(caseNumber, TASK_RECORD_ADMINISTRATION, "physician"),
        Forms.administered(Instant.now())).status()).isEqualTo(204);
    assertThat(complete("pv", awaitTask(caseNumber, TASK_REGISTER_PHARMACOVIGILANCE, "pv"),
        Forms.pharmacovigilance()).status()).isEqualTo(204);

    JsonNode closed = TaskApi.await(() -> {
      JsonNode view = as("auditor").get("/api/oos-cases/" + caseNumber).json();
      return view.get("state").asText().equals("CLOSED") ? view : null;
    });
    assertThat(closed.get("outcome").asText()).isEqualTo("SUPPLIED");
    assertThat(closed.get("milestones").get("supplied").asText()).isEqualTo(suppliedAt.toString());
    JsonNode deadline = closed.get("deadlines").get(0);
    assertThat(deadline.get("dueAt").asText()).isEqualTo(suppliedAt.plus(Duration.ofHours(48)).toString());
    assertThat(deadline.get("status").asText()).isEqualTo("MET");

    TaskApi.awaitAllSent(as("auditor"), caseNumber);
    assertThat(recipientsOf(caseNumber, "Out-of-specification result")).containsExactly("physician@demo.oos-atmp.test");
    assertThat(recipientsOf(caseNumber, "Risk evaluation")).containsExactly("physician@demo.oos-atmp.test");
    assertThat(recipientsOf(caseNumber, "Supply of an OOS ATMP batch"))
        .containsExactlyInAnyOrder("nl-cbg-meb@authorities.test", "cz-sukl@authorities.test");
  }

  @Test
  void physicianSeesOnlyTheirOwnPatientsCases() {
    String caseNumber = as("qa").postJson("/api/oos-cases",
        CaseJson.openRequest("YESCARTA", "NL-LEIDEN-REL", "FR-LYON-HOSP").toString()).json().get("caseNumber").asText();

    assertThat(as("physician").get("/api/oos-cases/" + caseNumber).status()).isEqualTo(200);
    assertThat(as("physician2").get("/api/oos-cases/" + caseNumber).status()).isEqualTo(404);
    assertThat(as("physician2").get("/api/oos-cases").json())
        .extracting(view -> view.get("caseNumber").asText()).doesNotContain(caseNumber);
  }

  private Http as(String user) {
    return new Http(port).as(user);
  }

  private Http.Response complete(String user, String taskId, Map<String, Object> values) {
    return TaskApi.complete(as(user), taskId, values);
  }

  private String awaitTask(String caseNumber, String taskKey, String user) {
    return TaskApi.awaitTask(as(user), caseNumber, taskKey);
  }

  private static List<String> recipientsOf(String caseNumber, String subjectText) {
    return TestMailServer.recipients(caseNumber, subjectText);
  }
}
