package eu.oosatmp.integrity;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_DECIDE_ON_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_RECORD_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_VERIFY_BATCH_AS_QP;
import static eu.oosatmp.integrity.Cases.plus;
import static eu.oosatmp.integrity.Refusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.oosatmp.integrity.Cases.OpenCase;
import eu.oosatmp.integrity.Cases.Snapshot;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attacks on task completion: a completion carries exactly its form's fields, typed as the form declares,
 * whichever route it takes (/engine-rest complete and submit-form, the webapps' own REST API). Every
 * refusal is a 4xx problem with a plain sentence naming the field, and leaves the case as it was.
 */
@IntegrationTest
@ActiveProfiles("dev")
class CaseIntegrityIT {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  Cases cases;

  @BeforeEach
  void setUp() {
    cases = new Cases(port, jdbc);
  }

  @Test
  void correctCompletionsThroughCompleteAndSubmitFormSucceed() {
    OpenCase openCase = cases.open();
    String investigation = cases.task(openCase, TASK_INVESTIGATE_ROOT_CAUSE);
    String evaluation = cases.task(openCase, TASK_EVALUATE_PATIENT_RISK);

    Client.Response completed = cases.complete("qa", investigation, Forms.investigation());
    Client.Response submitted = cases.as("qa").post("/engine-rest/task/" + evaluation + "/submit-form",
        Vars.of(Forms.riskEvaluation()).form());

    assertThat(completed.status()).as("%s", completed).isEqualTo(204);
    assertThat(submitted.status()).as("%s", submitted).isIn(200, 204);
    assertThat(cases.isOpen(investigation)).isFalse();
    assertThat(cases.isOpen(evaluation)).isFalse();
    assertThat(cases.task(openCase, TASK_DECIDE_ON_SUPPLY)).isNotNull();
    assertThat(cases.variable(openCase, "rootCause")).isEqualTo(Forms.investigation().get("rootCause"));
    assertThat(cases.variable(openCase, "severity")).isEqualTo("MEDIUM");
  }

  @Test
  void riskEvaluationCannotReassignTheTreatingPhysician() {
    OpenCase openCase = cases.open();
    String evaluation = cases.task(openCase, TASK_EVALUATE_PATIENT_RISK);
    Snapshot before = cases.snapshot(openCase);

    String forged = Vars.of(plus(Forms.riskEvaluation(), "treatingPhysician", "qa")).form();

    for (String route : List.of("complete", "submit-form", "resolve")) {
      Client.Response response = cases.as("qa").post("/engine-rest/task/" + evaluation + "/" + route, forged);

      assertRefused(response, 400, "treatingPhysician");
      assertThat(cases.isOpen(evaluation)).as("risk evaluation still open after /%s", route).isTrue();
      assertThat(cases.variable(openCase, "treatingPhysician")).as("after /%s", route).isEqualTo("physician");
      assertThat(cases.snapshot(openCase)).as("after /%s", route).isEqualTo(before);
    }
  }

  @Test
  void recordSupplyCannotTurnTheBatchIntoAClinicalTrialBatch() {
    OpenCase openCase = cases.open();
    String supply = cases.driveTo(openCase, TASK_RECORD_SUPPLY);
    String clinicalTrial = cases.variable(openCase, "clinicalTrial");
    Snapshot before = cases.snapshot(openCase);

    Client.Response response = cases.complete("qa", supply, plus(Cases.supply(), "clinicalTrial", true));

    assertRefused(response, 400, "clinicalTrial");
    assertThat(cases.isOpen(supply)).as("record supply still open").isTrue();
    assertThat(cases.variable(openCase, "clinicalTrial")).isEqualTo(clinicalTrial).isEqualTo("false");
    assertThat(cases.snapshot(openCase)).isEqualTo(before);
  }

  @Test
  void investigationCannotDeclareASterilityFailureNonMicrobial() {
    OpenCase openCase = cases.open(request -> ((ObjectNode) request.get("oosResults").get(0))
        .put("parameter", "Sterility (Ph. Eur. 2.6.27)").put("specification", "No growth").put("result", "Growth")
        .put("unit", "").put("method", "Membrane filtration (Ph. Eur. 2.6.27)"));
    String investigation = cases.task(openCase, TASK_INVESTIGATE_ROOT_CAUSE);
    assertThat(cases.variable(openCase, "microbialOos")).isEqualTo("true");
    Snapshot before = cases.snapshot(openCase);

    Map<String, Object> form = plus(plus(Forms.investigation(), "ccsReviewOutcome",
        "Contamination control strategy reviewed; aseptic processing unchanged."), "microbialOos", false);
    Client.Response response = cases.complete("qa", investigation, form);

    assertRefused(response, 400, "microbialOos");
    assertThat(cases.isOpen(investigation)).as("investigation still open").isTrue();
    assertThat(cases.variable(openCase, "microbialOos")).isEqualTo("true");
    assertThat(cases.snapshot(openCase)).isEqualTo(before);
  }

  @Test
  void completionCannotCarryAnotherCasesNumber() {
    OpenCase target = cases.open();
    OpenCase other = cases.open();
    String investigation = cases.task(target, TASK_INVESTIGATE_ROOT_CAUSE);
    Snapshot before = cases.snapshot(target);

    Client.Response response = cases.complete("qa", investigation,
        plus(Forms.investigation(), "caseNumber", other.caseNumber()));

    assertRefused(response, 400, "caseNumber");
    assertThat(cases.isOpen(investigation)).as("investigation still open").isTrue();
    assertThat(cases.variable(target, "caseNumber")).isEqualTo(target.caseNumber());
    assertThat(cases.snapshot(target)).isEqualTo(before);
  }

  @Test
  void decisionsMustHaveTheirFormsTypesAndOptions() {
    OpenCase openCase = cases.open();
    String decision = cases.driveTo(openCase, TASK_DECIDE_ON_SUPPLY);
    Snapshot beforeDecision = cases.snapshot(openCase);

    Client.Response maybe = cases.complete("physician", decision, Forms.decision("MAYBE"));

    assertRefused(maybe, 400, "supplyDecision");
    assertThat(cases.isOpen(decision)).as("decision still open").isTrue();
    assertThat(cases.variable(openCase, "supplyDecision")).isNull();
    assertThat(cases.snapshot(openCase)).isEqualTo(beforeDecision);

    String verification = cases.driveTo(openCase, TASK_VERIFY_BATCH_AS_QP);
    Snapshot beforeVerification = cases.snapshot(openCase);
    Map<String, Object> form = Forms.qpVerification(true);
    Client.Response one = cases.as("qp").post("/engine-rest/task/" + verification + "/complete",
        Vars.of(form).with("qpConfirmed", 1).form());

    assertRefused(one, 400, "qpConfirmed");
    assertThat(cases.isOpen(verification)).as("QP verification still open").isTrue();
    assertThat(cases.variable(openCase, "qpConfirmed")).isNull();
    assertThat(cases.snapshot(openCase)).isEqualTo(beforeVerification);
  }

  @Test
  void overlongFormValueIsRefusedNamingTheField() {
    OpenCase openCase = cases.open();
    String evaluation = cases.task(openCase, TASK_EVALUATE_PATIENT_RISK);
    Snapshot before = cases.snapshot(openCase);

    Client.Response response = cases.complete("qa", evaluation,
        plus(Forms.riskEvaluation(), "riskRationale", "Benefit outweighs risk. ".repeat(170)));

    assertRefused(response, 400, "riskRationale");
    assertThat(cases.isOpen(evaluation)).as("risk evaluation still open").isTrue();
    assertThat(cases.variable(openCase, "riskRationale")).isNull();
    assertThat(cases.snapshot(openCase)).isEqualTo(before);
  }

  @Test
  void tasklistsOwnApiRefusesAnExtraVariableToo() {
    OpenCase openCase = cases.open();
    String evaluation = cases.task(openCase, TASK_EVALUATE_PATIENT_RISK);
    Snapshot before = cases.snapshot(openCase);
    Client tasklist = Client.tasklist(port, "qa");
    String submitForm = "/camunda/api/engine/engine/default/task/" + evaluation + "/submit-form";

    Client.Response response = tasklist.post(submitForm,
        Vars.of(plus(Forms.riskEvaluation(), "treatingPhysician", "qa")).form());

    assertRefused(response, 400, "treatingPhysician");
    assertThat(cases.isOpen(evaluation)).as("risk evaluation still open").isTrue();
    assertThat(cases.variable(openCase, "treatingPhysician")).isEqualTo("physician");
    assertThat(cases.snapshot(openCase)).isEqualTo(before);
    // The same session submits the form as it is: the refusal above was the form check, not the session.
    Client.Response correct = tasklist.post(submitForm, Vars.of(Forms.riskEvaluation()).form());
    assertThat(correct.status()).as("%s", correct).isIn(200, 204);
    assertThat(cases.isOpen(evaluation)).isFalse();
  }
}
