package io.interdict.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by the system chromedriver (Debian {@code chromium}, {@code chromium-driver}).
 * Selenium Manager is never asked to download anything; the test is skipped when the driver is absent.
 */
final class Browser {
  static final File DRIVER = new File("/usr/bin/chromedriver");
  static final String CHROMIUM = "/usr/bin/chromium";
  /** Held so the level sticks: Selenium warns it has no CDP bindings for this Chromium; we use WebDriver only. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  private Browser() {}

  static ChromeDriver start(Path tempDir) throws IOException {
    assumeTrue(DRIVER.canExecute(), "/usr/bin/chromedriver is absent: browser test skipped");
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    Path profile = Files.createDirectories(tempDir.resolve("chromium-profile"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }
}
