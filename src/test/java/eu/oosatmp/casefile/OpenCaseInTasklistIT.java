package eu.oosatmp.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import eu.oosatmp.support.Browser;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TaskApi;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** QA opens a case with Tasklist's start form, in a real browser. */
@IntegrationTest
@ActiveProfiles("dev")
class OpenCaseInTasklistIT {

  @RegisterExtension
  static Browser browser = new Browser();

  @LocalServerPort
  int port;
  @Autowired
  HistoryService historyService;

  @Test
  void qualityAssuranceOpensACaseFromTheStartForm() {
    String batch = "TL-" + System.nanoTime() % 1_000_000;
    Page page = openStartForm();
    fillStartForm(page, batch, "2099-12-31 12:00", "2026-01-02 08:30 +01:00");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/open-case-start-form.png"))
        .setFullPage(true));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();

    Http qa = new Http(port).as("qa");
    JsonNode opened = TaskApi.await(() -> StreamSupport.stream(qa.get("/api/oos-cases?product=YESCARTA").json()
            .spliterator(), false)
        .filter(view -> view.get("batchNumber").asText().equals(batch))
        .findFirst().orElse(null));
    assertThat(opened.get("releaseSiteCode").asText()).isEqualTo("NL-LEIDEN-REL");
    assertThat(opened.get("batchExpiry").asText()).isEqualTo("2099-12-31T12:00:00Z");
    assertThat(opened.get("oosResults").get(0).get("parameter").asText()).isEqualTo("Sterility");
    assertThat(opened.get("oosResults").get(0).get("testedAt").asText()).isEqualTo("2026-01-02T07:30:00Z");
    assertThat(opened.get("openedBy").asText()).isEqualTo("qa");
  }

  /** form-js's date picker read 05.12.2026 as 12 May; the text field refuses it before anything is sent. */
  @Test
  void dayFirstDateIsRefusedByTheFormAndNothingIsStarted() {
    String batch = "TL-" + System.nanoTime() % 1_000_000;
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
    Page page = openStartForm();
    fillStartForm(page, batch, "05.12.2026", "2026-01-02 08:30");
    page.getByLabel("Batch expiry (date and time)").press("Tab");

    Locator expiryError = page.locator(".fjs-form-field:has(input[id$='batchExpiry']) .fjs-form-field-error");
    PlaywrightAssertions.assertThat(expiryError).containsText("must match pattern");
    // Tasklist keeps Start disabled while form-js reports an error, so nothing can be sent.
    PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")))
        .isDisabled();
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/open-case-day-first-date.png"))
        .setFullPage(true));
    page.getByLabel("Batch expiry (date and time)").press("Enter");
    page.waitForTimeout(2_000);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(new Http(port).as("qa").get("/api/oos-cases?product=YESCARTA").json())
        .extracting(view -> view.get("batchNumber").asText()).doesNotContain(batch);
  }

  private Page openStartForm() {
    Page page = browser.loginTo(port, "tasklist", "qa", "qa");
    page.getByText("Start process").click();
    page.getByText("OOS batch handling").click();
    return page;
  }

  private static void fillStartForm(Page page, String batch, String batchExpiry, String testedAt) {
    page.getByLabel("Product code").fill("YESCARTA");
    page.getByLabel("Batch number").fill(batch);
    page.getByLabel("Batch release site code").fill("NL-LEIDEN-REL");
    page.getByLabel("Batch expiry (date and time)").fill(batchExpiry);
    page.getByLabel("Patient pseudonym").fill("PAT-5J3D8V");
    page.getByLabel("Treating physician (user name)").fill("physician");
    page.getByLabel("Treating site codes").fill("ES-BARCELONA-HOSP");
    page.getByLabel("Test parameter").fill("Sterility");
    page.getByLabel("Specification (acceptance criterion)").fill("No growth");
    page.getByLabel(java.util.regex.Pattern.compile("^Result")).fill("Growth detected");
    page.getByLabel("Test method").fill("Ph. Eur. 2.6.27");
    page.getByLabel("Tested at (date and time)").fill(testedAt);
  }
}
