package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.auth.Role;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console over plain HTTP: sign-in, cookies, CSRF and escaping (the browser test covers the flow). */
class ConsoleHttpTest {
  @TempDir static Path dir;
  static TestServer s;
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @BeforeAll
  static void start() {
    s = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  /** A browser-like client: keeps cookies, does not follow redirects. */
  static final class Browser {
    final java.net.CookieManager cookies = new java.net.CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    private final TestServer server;

    Browser() {
      this(s);
    }

    Browser(TestServer server) {
      this.server = server;
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(server.base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(server.base() + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signIn(String user, String key) throws Exception {
      String token = csrf(get("/console/login").body());
      return post("/console/login", "_csrf=" + token + "&username=" + user + "&api_key=" + enc(key));
    }
  }

  static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("page has a CSRF field").isTrue();
    return m.group(1);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void pagesRedirectToSignInWithoutASession() throws Exception {
    HttpResponse<String> r = new Browser().get("/console/screen");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/console/login");
  }

  @Test
  void signInSetsAStrictHttpOnlySessionCookie() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> r = b.signIn("analyst-user", s.keys.get(Role.ANALYST));
    assertThat(r.statusCode()).isEqualTo(302);
    String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("interdict_session=")).findFirst().orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(b.get("/console").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongKeyOrWrongNameDoesNotSignIn() throws Exception {
    assertThat(new Browser().signIn("analyst-user", "idk_wrong").statusCode()).isEqualTo(401);
    assertThat(new Browser().signIn("admin-user", s.keys.get(Role.ANALYST)).statusCode()).isEqualTo(401);
  }

  @Test
  void signInWithoutTheFormTokenIsRefused() throws Exception {
    Browser b = new Browser();
    b.get("/console/login");
    HttpResponse<String> r = b.post("/console/login", "_csrf=forged&username=analyst-user&api_key=" + enc(s.keys.get(Role.ANALYST)));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void postWithoutTheSessionCsrfTokenIsRefused() throws Exception {
    Browser b = new Browser();
    b.signIn("analyst-user", s.keys.get(Role.ANALYST));
    assertThat(b.post("/console/logout", "_csrf=forged").statusCode()).isEqualTo(403);
    String token = csrf(b.get("/console").body());
    assertThat(b.post("/console/logout", "_csrf=" + token).statusCode()).isEqualTo(302);
    assertThat(b.get("/console").statusCode()).as("signed out").isEqualTo(302);
  }

  @Test
  void listedNameWithScriptRendersAsText() throws Exception {
    Browser b = new Browser();
    b.signIn("screening-user", s.keys.get(Role.SCREENING));
    String page = b.get("/console/screen?name=" + enc("<script>alert('x')</script> Evil Person")).body();
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Evil Person");
    assertThat(page).doesNotContain("<script>alert");
    assertThat(page).contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Evil Person\"");
    String entity = b.get("/console/entities/" + enc("us-ofac-cons:1")).body();
    assertThat(entity).doesNotContain("<script>alert").contains("&lt;script&gt;");
  }

  @Test
  void blockedPropertyRegisterReleasesWithTwoSupervisorsAndDownloadsReports() throws Exception {
    String pacs;
    try (var in = getClass().getResourceAsStream("/payments/pacs008-kim-sang-man.xml")) {
      pacs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String ref = TestServer.json(s.post("/v1/payments/screen", Role.ANALYST, pacs)).get("recorded").asText();
    String item = ref.substring("blocked:".length());
    s.post("/v1/licences", Role.SUPERVISOR, "{\"number\":\"GL-C1\",\"type\":\"specific\",\"entity_key\":\"us-ofac-sdn:43336\"}");

    Browser sup = new Browser();
    sup.signIn("supervisor-user", s.keys.get(Role.SUPERVISOR));
    String page = sup.get("/console/blocked").body();
    assertThat(page).contains("id=\"item-" + item + "\"").contains("KIM").contains("Propose release");
    assertThat(sup.post("/console/blocked/" + item + "/release", "_csrf=" + csrf(page) + "&licence=GL-C1").statusCode()).isEqualTo(302);
    assertThat(sup.get("/console/blocked").body()).contains("another supervisor must approve");

    Browser admin = new Browser();
    admin.signIn("admin-user", s.keys.get(Role.ADMIN));
    String adminPage = admin.get("/console/blocked").body();
    assertThat(adminPage).contains("Approve release");
    assertThat(admin.post("/console/blocked/" + item + "/approve", "_csrf=" + csrf(adminPage)).statusCode()).isEqualTo(302);
    assertThat(admin.get("/console/blocked").body()).contains("RELEASED");

    Browser analyst = new Browser();
    analyst.signIn("analyst-user", s.keys.get(Role.ANALYST));
    HttpResponse<byte[]> pdf = analyst.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/console/reports/blocked-property?format=pdf"))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    assertThat(analyst.get("/console/blocked").body()).doesNotContain("Propose release");
  }

  @Test
  void screenPageShowsAlignmentAndLinksToTheEntity() throws Exception {
    Browser b = new Browser();
    b.signIn("screening-user", s.keys.get(Role.SCREENING));
    String page = b.get("/console/screen?name=Kim+Sangman").body();
    assertThat(page).contains("KIM, Sang Man").contains("/console/entities/us-ofac-sdn%3A43336");
    String entity = b.get("/console/entities/us-ofac-sdn%3A43336").body();
    assertThat(entity).contains("836110034").contains("DPRK3");
    assertThat(entity).contains("id=\"history\"").contains("class=\"change-listed\"");
  }
}
