package eu.oosatmp.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, one per test class ({@code @RegisterExtension static Browser}). Playwright must not download a browser of its own (this
 * machine reaches no browser download site); Chromium's background networking is switched off for the
 * same reason.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

  private static final Path CHROMIUM = Path.of(System.getProperty("oos.test.chromium", "/usr/bin/chromium"));

  private Playwright playwright;
  private com.microsoft.playwright.Browser browser;

  @Override
  public void beforeAll(ExtensionContext context) {
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  /** A fresh browser session (own cookies) logged into a Camunda webapp. */
  public Page loginTo(int port, String app, String user, String password) {
    Page page = browser.newContext(new NewContextOptions().setViewportSize(1400, 900)).newPage();
    page.navigate("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    page.getByPlaceholder("Username").fill(user);
    page.getByPlaceholder("Password").fill(password);
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Log in")).click();
    return page;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    browser.close();
    playwright.close();
  }
}
