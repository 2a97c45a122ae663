package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.model.EntityType;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import io.interdict.payments.ParsedPayment;
import io.interdict.payments.PaymentDecision;
import io.interdict.monitoring.Customer;
import io.interdict.server.auth.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in real headless Chromium. */
class ConsoleBrowserTest {
  @TempDir static Path dir;
  static TestServer s;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start(dir);
    s = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (s != null) {
      s.close();
    }
  }

  /** Each test starts signed out. */
  @BeforeEach
  void signedOut() {
    driver.get(s.base() + "/healthz");
    driver.manage().deleteAllCookies();
  }

  /**
   * Clicks an element that loads a new page and waits until the old page is gone, so that the next
   * lookup cannot find (or go stale on) an element of the page being left.
   */
  static void clickAndLoad(By by) {
    clickAndLoad(driver.findElement(by));
  }

  static void clickAndLoad(WebElement element) {
    WebElement page = driver.findElement(By.tagName("html"));
    element.click();
    new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d -> gone(page));
  }

  /**
   * Whether a page's element belongs to a page that has been left. Besides the usual stale-element
   * error, chromedriver sometimes answers a lookup made while the old document is being torn down
   * with "Node with given id does not belong to the document": that is gone too.
   */
  private static boolean gone(WebElement oldPage) {
    try {
      oldPage.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  void signIn(String user, Role role) {
    driver.get(s.base() + "/console/screen");
    assertThat(driver.getCurrentUrl()).endsWith("/console/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("api_key")).sendKeys(s.keys.get(role));
    clickAndLoad(By.id("sign-in"));
    assertThat(driver.findElement(By.cssSelector("nav .who")).getText()).contains(user);
  }

  @Test
  void analystSignsInScreensANameAndSeesTheAlignment() {
    signIn("analyst-user", Role.ANALYST);
    driver.get(s.base() + "/console/screen");
    driver.findElement(By.id("name")).sendKeys("Kim Sangman");
    clickAndLoad(By.id("screen"));
    List<WebElement> hits = driver.findElements(By.cssSelector("#hits tr.hit"));
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).findElement(By.cssSelector(".listed-name")).getText()).isEqualTo("KIM, Sang Man");
    clickAndLoad(hits.get(0).findElement(By.cssSelector(".listed-name")));
    assertThat(driver.findElement(By.id("entity")).getText()).contains("836110034");
  }

  @Test
  void analystProposesAndSupervisorConfirmsClosingAnAlert() throws Exception {
    s.services.customers().upsert(List.of(new Customer("c-77", "Kim Sang Man", EntityType.PERSON, "1958-03-05", "KP", null)),
        "test", "browser test");
    long id = s.services.monitor("test").run().alerts().get(0).alertId();

    signIn("analyst-user", Role.ANALYST);
    driver.get(s.base() + "/console/alerts");
    assertThat(driver.findElement(By.id("chart")).getTagName()).isEqualTo("svg");
    clickAndLoad(By.linkText("#" + id));
    assertThat(driver.findElement(By.id("customer")).getText()).contains("Kim Sang Man");
    assertThat(driver.findElement(By.id("listed")).getText()).contains("KIM, Sang Man").contains("836110034");
    driver.findElement(By.name("note")).sendKeys("DOB and nationality agree but passport differs");
    clickAndLoad(By.id("decide-false-positive"));
    assertThat(driver.findElement(By.id("alert-state")).getText()).isEqualTo("proposed false positive");
    assertThat(driver.findElement(By.id("four-eyes")).getText()).contains("analyst-user proposed false-positive");
    assertThat(driver.findElement(By.id("cannot-decide")).getText()).contains("another user must confirm");
    clickAndLoad(By.cssSelector("nav form button"));

    signIn("supervisor-user", Role.SUPERVISOR);
    driver.get(s.base() + "/console/alerts/" + id);
    clickAndLoad(By.id("decide-false-positive"));
    assertThat(driver.findElement(By.id("alert-state")).getText()).isEqualTo("closed false positive");
    assertThat(driver.findElement(By.id("four-eyes")).getText())
        .contains("proposed by analyst-user").contains("confirmed by supervisor-user");
    assertThat(driver.findElement(By.id("events")).getText()).contains("DOB and nationality agree");
  }

  @Test
  void scriptInAListedNameIsShownAsText() {
    signIn("screening-user", Role.SCREENING);
    driver.get(s.base() + "/console/entities/us-ofac-cons%3A1");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>alert('x')</script> Evil Person");
    assertThatThrownBy(() -> driver.switchTo().alert()).as("no script ran").isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void officerPastesAPassportZoneAndSeesTheTravellerDenied() {
    signIn("screening-user", Role.SCREENING);
    driver.get(s.base() + "/console/entry");
    driver.findElement(By.id("mrz")).sendKeys("P<PRKKIM<<SANG<MAN<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
        + "8361100344PRK5803055M3001019<<<<<<<<<<<<<<<0");
    clickAndLoad(By.id("decide"));
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("DENY");
    assertThat(driver.findElement(By.id("reasons")).getText()).contains("document 836110034 is listed");
    assertThat(driver.findElements(By.cssSelector("#entry-hits tr.hit"))).isNotEmpty();

    driver.findElement(By.id("mrz")).clear();
    driver.findElement(By.id("mrz")).sendKeys("P<PRKKIM<<SANG<MAN");
    clickAndLoad(By.id("decide"));
    assertThat(driver.findElement(By.id("entry-error")).getText()).contains("MRZ");
  }

  @Test
  void analystAppliesTheFiftyPercentRuleToAPastedRegister() {
    signIn("analyst-user", Role.ANALYST);
    driver.get(s.base() + "/console/ownership");
    WebElement register = driver.findElement(By.id("register"));
    register.clear();
    register.sendKeys("owner_id,owner_name,owned_id,owned_name,percent,owner_list_id\n"
        + "P1,KIM Sang Man,C1,Pyongsong Logistics Ltd,50,us-ofac-sdn:43336\n");
    clickAndLoad(By.id("check"));
    assertThat(driver.findElement(By.cssSelector("#party-C1 .status")).getText()).isEqualTo("BLOCKED");
    assertThat(driver.findElement(By.cssSelector("#party-C1")).getText()).contains("50 % KIM Sang Man");
    assertThat(driver.findElement(By.id("ownership-summary")).getText()).contains("1 listed, 1 blocked");
  }

  @Test
  void analystProposesBlockingAHeldPaymentAndSupervisorConfirmsIt() {
    Hit kim = new Hit("59", "KIM SANG MANN", "43336", "us-ofac-sdn:43336", "KIM, Sang Man", 0.91, "DPRK3", Hit.Kind.NAME,
        Decision.HOLD, Decision.BLOCK);
    PaymentDecision d = new PaymentDecision("MT103-HELD-7", "held-7.txt", "MT103", Decision.HOLD, List.of(kim),
        List.of("HOLD: 59 'KIM SANG MANN' matches 'KIM, Sang Man' at 0.91 between review and block: needs review"),
        new ParsedPayment("MT103-HELD-7", null, List.of(), new BigDecimal("9500.00"), "USD", List.of(), null));
    long id = s.services.holds().hold(d, "screening").id();

    signIn("analyst-user", Role.ANALYST);
    driver.get(s.base() + "/console/holds");
    clickAndLoad(By.linkText("#" + id));
    assertThat(driver.findElement(By.id("hits")).getText()).contains("KIM, Sang Man").contains("BLOCK");
    new Select(driver.findElement(By.id("entity"))).selectByValue("us-ofac-sdn:43336");
    driver.findElement(By.name("note")).sendKeys("date of birth on file agrees");
    clickAndLoad(By.id("decide-block"));
    assertThat(driver.findElement(By.id("hold-state")).getText()).isEqualTo("proposed block");
    assertThat(driver.findElement(By.id("cannot-decide")).getText()).contains("another user must confirm");
    clickAndLoad(By.cssSelector("nav form button"));

    signIn("supervisor-user", Role.SUPERVISOR);
    driver.get(s.base() + "/console/holds/" + id);
    assertThat(new Select(driver.findElement(By.id("entity"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("us-ofac-sdn:43336");
    clickAndLoad(By.id("decide-block"));
    assertThat(driver.findElement(By.id("hold-state")).getText()).isEqualTo("blocked");
    assertThat(driver.findElement(By.id("four-eyes")).getText()).contains("confirmed by supervisor-user").contains("blocked:");
    driver.get(s.base() + "/console/blocked");
    assertThat(driver.findElement(By.id("blocked")).getText()).contains("MT103-HELD-7").contains("9500.00");
    assertThat(driver.findElement(By.id("reports-due")).getText()).contains("blocked property").contains("KIM, Sang Man");
  }
}
