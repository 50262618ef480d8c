package eu.oosatmp.integrity;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static org.assertj.core.api.Assertions.assertThat;

import eu.oosatmp.integrity.Cases.OpenCase;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form submitted for a task someone else has just completed (two QA colleagues, a double click) is a
 * user's mistake: DESIGN.md wants a 4xx with a sentence, never an HTTP 500.
 */
@IntegrationTest
@ActiveProfiles("dev")
class StaleSubmissionIT {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;

  @Test
  void submittingAnAlreadyCompletedTaskIsAClientError() {
    Cases cases = new Cases(port, jdbc);
    OpenCase openCase = cases.open();
    String evaluation = cases.task(openCase, TASK_EVALUATE_PATIENT_RISK);
    Client tasklist = Client.tasklist(port, "qa");
    cases.completeOk("qa", evaluation, Forms.riskEvaluation());
    String form = Vars.of(Forms.riskEvaluation()).form();

    SoftAssertions softly = new SoftAssertions();
    for (Client.Response response : new Client.Response[] {
        cases.as("qa").post("/engine-rest/task/" + evaluation + "/complete", form),
        cases.as("qa").post("/engine-rest/task/" + evaluation + "/submit-form", form),
        tasklist.post("/camunda/api/engine/engine/default/task/" + evaluation + "/submit-form", form)}) {
      softly.assertThat(response.status()).as("%s", response).isBetween(400, 499);
      Refusal.check(softly, response, response.status(), null);
    }
    softly.assertAll();
    assertThat(cases.variable(openCase, "severity")).isEqualTo("MEDIUM");
  }
}
