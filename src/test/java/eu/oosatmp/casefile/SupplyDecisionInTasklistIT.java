package eu.oosatmp.casefile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.oosatmp.support.Browser;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TaskApi;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The treating physician decides on supply in Camunda Tasklist, in a real browser. */
@IntegrationTest
@ActiveProfiles("dev")
class SupplyDecisionInTasklistIT {

  @RegisterExtension
  static Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Test
  void physicianSeesTheCaseAndTheRiskEvaluationAndRequestsSupply() {
    Http qa = new Http(port).as("qa");
    String caseNumber = qa.postJson("/api/oos-cases",
        CaseJson.openRequest("CARVYKTI", "NL-LEIDEN-REL", "DE-HEIDELBERG-HOSP").toString()).json()
        .get("caseNumber").asText();
    complete(qa, awaitTask(qa, caseNumber, OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE), Forms.investigation());
    complete(qa, awaitTask(qa, caseNumber, OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK), Forms.riskEvaluation());
    Http physician = new Http(port).as("physician");
    awaitTask(physician, caseNumber, OosBatchHandlingProcess.TASK_DECIDE_ON_SUPPLY);

    Page page = browser.loginTo(port, "tasklist", "physician", "physician");
    page.getByText("My tasks").first().click();
    page.getByText("Request or decline supply").first().click();

    assertThat(page.getByLabel("Case summary")).hasValue(java.util.regex.Pattern.compile(".*" + caseNumber + ".*",
        java.util.regex.Pattern.DOTALL));
    assertThat(page.getByLabel("Risk evaluation by the manufacturer")).hasValue(
        java.util.regex.Pattern.compile(".*Overall risk \\(ICH Q9\\): Medium.*", java.util.regex.Pattern.DOTALL));
    page.getByLabel("Patient's current condition").fill("Relapsed after two lines; progressing.");
    page.getByLabel("Alternatives considered").fill("No other CAR-T product available in time.");
    page.getByLabel("Consequences of not treating with this batch").fill("Progression within weeks.");
    page.getByLabel("Request supply of the OOS batch").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();

    // The engine refuses a request that does not avoid an immediate hazard; Tasklist shows the sentence.
    assertThat(page.getByText("may be requested only to avoid an immediate significant hazard").first()).isVisible();
    assertThat(page.locator("body")).not().containsText("ENGINE-");
    assertThat(page.locator("body")).not().containsText("Exception");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/supply-decision-refused.png"))
        .setFullPage(true));
    page.getByLabel("Supply avoids an immediate significant hazard to the patient").check();
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/supply-decision-form.png"))
        .setFullPage(true));
    // The refusal's notice still lies over the button, as it does for a user until it fades.
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).dispatchEvent("click");

    String verification = awaitTask(new Http(port).as("qp"), caseNumber, OosBatchHandlingProcess.TASK_VERIFY_BATCH_AS_QP);
    assertThat(verification).isNotBlank();
    JsonNode decision = new Http(port).as("auditor").get("/api/oos-cases/" + caseNumber).json();
    assertThat(decision.get("milestones").get("decision").isNull()).isFalse();
  }

  private static void complete(Http as, String taskId, java.util.Map<String, Object> values) {
    assertThat(TaskApi.complete(as, taskId, values).status()).isEqualTo(204);
  }

  private static String awaitTask(Http as, String caseNumber, String taskKey) {
    return TaskApi.awaitTask(as, caseNumber, taskKey);
  }
}
