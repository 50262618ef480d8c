package eu.oosatmp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.oosatmp.support.Browser;
import eu.oosatmp.support.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Clinical staff meet the product's name in the webapps, never Camunda's end-of-life notice. */
@IntegrationTest
@ActiveProfiles("dev")
class WebappBrandingIT {

  @RegisterExtension
  static Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Test
  void physicianSeesBrandedTasklistWithTaskFiltersAndNoVendorNotice() {
    Page page = browser.loginTo(port, "tasklist", "physician", "physician");

    assertThat(page.locator(".navbar-brand")).containsText("OOS Case Tasks");
    assertThat(page.getByText("My group tasks")).isVisible();
    assertThat(page.getByText("My tasks").first()).isVisible();
    assertThat(page.locator(".ce-eol-banner")).isHidden();
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/tasklist-physician.png")));
  }

  @Test
  void adminSeesBrandedCockpitAndAdminWithoutVendorNotice() {
    Page cockpit = browser.loginTo(port, "cockpit", "admin", "admin");
    assertThat(cockpit.locator(".navbar-brand")).containsText("OOS Case Monitoring");
    assertThat(cockpit.locator(".ce-eol-banner")).isHidden();
    cockpit.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cockpit-admin.png")));

    Page admin = browser.loginTo(port, "admin", "admin", "admin");
    assertThat(admin.locator(".navbar-brand")).containsText("OOS Administration");
    assertThat(admin.locator(".ce-eol-banner")).isHidden();
  }
}
