package eu.oosatmp.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.oosatmp.support.Browser;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TaskApi;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

  /** form-js date and time inputs take typed text once they lose focus. */
  private static void fillDate(Page page, String label, String text) {
    page.getByLabel(label).fill(text);
    page.getByLabel(label).press("Tab");
  }

  @Test
  void qualityAssuranceOpensACaseFromTheStartForm() {
    String batch = "TL-" + System.nanoTime() % 1_000_000;
    Page page = browser.loginTo(port, "tasklist", "qa", "qa");
    page.getByText("Start process").click();
    page.getByText("OOS batch handling").click();

    page.getByLabel("Product code").fill("YESCARTA");
    page.getByLabel("Batch number").fill(batch);
    page.getByLabel("Batch release site code").fill("NL-LEIDEN-REL");
    fillDate(page, "Batch expiry date", "12/31/2099");
    fillDate(page, "Batch expiry time", "12:00");
    page.getByLabel("Patient pseudonym").fill("PAT-5J3D8V");
    page.getByLabel("Treating physician (user name)").fill("physician");
    page.getByLabel("Treating site codes").fill("ES-BARCELONA-HOSP");
    page.getByLabel("Test parameter").fill("Sterility");
    page.getByLabel("Specification (acceptance criterion)").fill("No growth");
    page.getByLabel(java.util.regex.Pattern.compile("^Result")).fill("Growth detected");
    page.getByLabel("Test method").fill("Ph. Eur. 2.6.27");
    fillDate(page, "Test date", "01/02/2026");
    fillDate(page, "Test time", "08:30");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/open-case-start-form.png"))
        .setFullPage(true));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();

    Http qa = new Http(port).as("qa");
    JsonNode opened = TaskApi.await(() -> StreamSupport.stream(qa.get("/api/oos-cases?product=YESCARTA").json()
            .spliterator(), false)
        .filter(view -> view.get("batchNumber").asText().equals(batch))
        .findFirst().orElse(null));
    assertThat(opened.get("releaseSiteCode").asText()).isEqualTo("NL-LEIDEN-REL");
    assertThat(opened.get("batchExpiry").asText()).startsWith("2099-12-31T");
    assertThat(opened.get("oosResults").get(0).get("parameter").asText()).isEqualTo("Sterility");
    assertThat(opened.get("openedBy").asText()).isEqualTo("qa");
  }
}
