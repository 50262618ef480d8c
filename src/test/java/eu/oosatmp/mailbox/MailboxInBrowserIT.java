package eu.oosatmp.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import eu.oosatmp.support.Browser;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.Poll;
import eu.oosatmp.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The dev profile needs no mail server: its own receives every message, and whoever is logged into
 * Tasklist reads them at /mailbox in the same browser session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "DEV_SMTP_PORT=0")
// Not @IntegrationTest: its TestMailServer would stand in for the dev profile's own mail server.
@ContextConfiguration(initializers = TestDatabase.class)
@ActiveProfiles("dev")
class MailboxInBrowserIT {

  /** Delivery may run as a job of its own: how long the mailbox is reloaded before giving up. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  /** Binary like a real PDF: all-ASCII content would travel as 7bit text, its line ends made CRLF. */
  private static final byte[] PDF =
      {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3, 0, '\n'};

  @RegisterExtension
  static Browser browser = new Browser();

  @LocalServerPort
  int port;
  @Autowired
  JavaMailSender mailSender;

  @Test
  void qualityAssuranceReadsThePhysiciansMessageAboutTheCaseItOpened() {
    Page page = loggedIntoTasklist("qa");
    String caseNumber = new Http(port).as("qa").postJson("/api/oos-cases",
            CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString())
        .json().get("caseNumber").asText();

    page.navigate(url("/mailbox"));
    Locator message = page.getByRole(AriaRole.ROW)
        .filter(new Locator.FilterOptions().setHasText("[" + caseNumber + "] Out-of-specification result"));
    reloadUntilVisible(page, message);
    PlaywrightAssertions.assertThat(message).containsText("physician@demo.oos-atmp.test");
    PlaywrightAssertions.assertThat(message).containsText("oos-notifications@oos-atmp.test");
    PlaywrightAssertions.assertThat(message.locator("time"))
        .hasText(Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC$"));
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mailbox.png")).setFullPage(true));

    message.getByRole(AriaRole.LINK).click();
    PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText(Pattern.compile("^\\[" + caseNumber + "\\] Out-of-specification result: "));
    PlaywrightAssertions.assertThat(page.locator("pre")).containsText("PAT-2M8W4R is out of specification");
    PlaywrightAssertions.assertThat(page.getByText("None.")).isVisible();
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mailbox-message.png"))
        .setFullPage(true));
  }

  @Test
  void messagesShowAsSentEscapedWithTheirSenderReplyToAndAttachments() throws Exception {
    String marker = "Escaped-" + System.nanoTime();
    MimeMessage mail = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
    helper.setFrom("oos-notifications@oos-atmp.test", "OOS <Notifications>");
    helper.setReplyTo("qa@demo.oos-atmp.test", "Quality Assurance");
    helper.setTo("regulatory@demo.oos-atmp.test");
    helper.setSubject(marker + " <b id=\"injected\">bold</b>");
    helper.setText("<script>document.title = 'injected'</script><img id=\"injected-image\" src=\"x\">");
    helper.addAttachment("Bericht Übersicht.pdf", new ByteArrayResource(PDF), "application/pdf");
    mailSender.send(mail);

    Page page = loggedIntoTasklist("regulatory");
    page.navigate(url("/mailbox"));
    Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(marker));
    PlaywrightAssertions.assertThat(row).containsText(marker + " <b id=\"injected\">bold</b>");
    PlaywrightAssertions.assertThat(row).containsText("OOS <Notifications> <oos-notifications@oos-atmp.test>");
    PlaywrightAssertions.assertThat(row).containsText("Quality Assurance <qa@demo.oos-atmp.test>");
    PlaywrightAssertions.assertThat(page.locator("#injected")).hasCount(0);

    row.getByRole(AriaRole.LINK).click();
    PlaywrightAssertions.assertThat(page.locator("pre"))
        .hasText("<script>document.title = 'injected'</script><img id=\"injected-image\" src=\"x\">");
    PlaywrightAssertions.assertThat(page.locator("#injected-image")).hasCount(0);
    PlaywrightAssertions.assertThat(page).not().hasTitle("injected");

    Locator attachment = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bericht Übersicht.pdf"));
    Download download = page.waitForDownload(attachment::click);
    assertThat(download.suggestedFilename()).isEqualTo("Bericht Übersicht.pdf");
    APIResponse file = page.request().get(url(attachment.getAttribute("href")));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(file.body()).isEqualTo(PDF);
  }

  @Test
  void whoeverIsNotLoggedIntoTheWebappsIsSentToTheTasklistLogin() {
    for (String path : List.of("/mailbox", "/mailbox/1", "/mailbox/1/attachments/1")) {
      Http.Response response = new Http(port).get(path);
      assertThat(response.status()).as(path).isEqualTo(302);
      assertThat(URI.create(response.location()).getPath()).as(path).isEqualTo("/camunda/app/tasklist/default/");
    }
    // The API's HTTP Basic is no second way in.
    assertThat(new Http(port).as("qa").get("/mailbox").status()).isEqualTo(302);
  }

  private Page loggedIntoTasklist(String user) {
    Page page = browser.loginTo(port, "tasklist", user, user);
    PlaywrightAssertions.assertThat(page.getByText("Start process")).isVisible();
    return page;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The message arrives when its delivery job has run: reload until it shows. */
  private static void reloadUntilVisible(Page page, Locator locator) {
    Poll.until("The message in the mailbox", PATIENCE, Duration.ZERO, () -> {
      try {
        PlaywrightAssertions.assertThat(locator).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1_000));
        return true;
      } catch (AssertionFailedError notYet) {
        page.reload();
        return null;
      }
    });
  }
}
