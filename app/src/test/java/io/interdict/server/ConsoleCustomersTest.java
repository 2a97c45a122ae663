package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.auth.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's customer pages: search, one customer with its alerts and versions, and closing it. */
class ConsoleCustomersTest {
  @TempDir Path dir;

  private static void importCustomers(TestServer s) throws Exception {
    HttpResponse<String> r = s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/customers"))
        .header("Authorization", "Bearer " + s.keys.get(Role.ANALYST)).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString("id,name,schema,birth_date,country\n"
            + "c-1,Kim Sang Man,Person,1958-03-05,KP\nc-2,<img src=x> Trading,Organization,,GB\n")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void anAnalystFindsACustomerSeesItsAlertsAndClosesIt() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      importCustomers(s);
      long alert = TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts").get(0).get("alert_id").asLong();
      ConsoleHttpTest.Browser b = new ConsoleHttpTest.Browser(s);
      b.signIn("analyst-user", s.keys.get(Role.ANALYST));

      String found = b.get("/console/customers?search=SANG").body();
      assertThat(found).contains("href=\"/console/customers/c-1\"").doesNotContain("c-2");
      assertThat(b.get("/console/customers").body()).as("names are escaped")
          .contains("&lt;img src=x&gt; Trading").doesNotContain("<img src=x>");
      assertThat(b.get("/console/alerts/" + alert).body()).contains("href=\"/console/customers/c-1\"");

      String page = b.get("/console/customers/c-1").body();
      assertThat(page).contains("id=\"customer-state\">monitored").contains("href=\"/console/alerts/" + alert + "\"")
          .contains("id=\"close-form\"").doesNotContain("id=\"audit-records\"");
      HttpResponse<String> closed = b.post("/console/customers/c-1/close",
          "_csrf=" + ConsoleHttpTest.csrf(page) + "&note=" + ConsoleHttpTest.enc("account closed"));
      assertThat(closed.statusCode()).isEqualTo(302);
      String after = b.get("/console/customers/c-1").body();
      assertThat(after).contains("id=\"customer-state\">closed").contains("by analyst-user: account closed")
          .doesNotContain("id=\"close-form\"");
      assertThat(b.get("/console/customers?status=closed").body()).contains("c-1").doesNotContain("Trading");
      assertThat(b.get("/console/customers/nobody").statusCode()).isEqualTo(404);

      ConsoleHttpTest.Browser sup = new ConsoleHttpTest.Browser(s);
      sup.signIn("supervisor-user", s.keys.get(Role.SUPERVISOR));
      assertThat(sup.get("/console/customers/c-1").body()).contains("href=\"/console/audit?subject=customer%3Ac-1\"");
      assertThat(TestServer.json(s.get("/v1/customers?search=c-&status=all", Role.ANALYST)))
          .extracting(n -> n.get("current").get("customer").get("id").asText()).containsExactly("c-1", "c-2");
      assertThat(TestServer.json(s.get("/v1/alerts?customer=c-2", Role.ANALYST))).isEmpty();
      assertThat(s.get("/v1/customers?status=gone", Role.ANALYST).statusCode()).isEqualTo(400);
    }
  }

  @Test
  void theHomePageCountsWhatWaitsForADecisionForAnalystsOnly() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      importCustomers(s);
      s.post("/v1/monitoring/run", Role.ANALYST, "");
      ConsoleHttpTest.Browser analyst = new ConsoleHttpTest.Browser(s);
      analyst.signIn("analyst-user", s.keys.get(Role.ANALYST));
      String home = analyst.get("/console").body();
      assertThat(home).contains("id=\"alerts-waiting\">1</span>, the oldest for ").contains("(0 proposed")
          .contains("id=\"holds-waiting\">0</span>").contains("id=\"reports-due\">0</span>");

      ConsoleHttpTest.Browser screening = new ConsoleHttpTest.Browser(s);
      screening.signIn("screening-user", s.keys.get(Role.SCREENING));
      assertThat(screening.get("/console").body()).doesNotContain("id=\"queues\"");

      String metrics = s.get("/metrics", Role.ADMIN).body();
      assertThat(metrics).containsPattern("interdict_alerts_oldest_seconds\\{queue=\"alerts\"\\} [0-9]");
      assertThat(metrics).contains("interdict_alerts{status=\"open\"} 1.0");
    }
  }
}
