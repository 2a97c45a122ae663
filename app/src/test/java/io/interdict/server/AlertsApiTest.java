package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customers in, monitoring run, alerts out, and the four-eyes review, all over HTTP. */
class AlertsApiTest {
  @TempDir Path dir;

  static final String CUSTOMERS = "id,name,schema,birth_date,country\n"
      + "c-1,Kim Sang Man,Person,1958-03-05,KP\n"
      + "c-2,Jane Ordinary,Person,1990,GB\n";

  HttpResponse<String> csv(TestServer s, Role as, String body) throws Exception {
    return s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/customers"))
        .header("Authorization", "Bearer " + s.keys.get(as)).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void monitoringRaisesAnAlertThatTwoDifferentUsersClose() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      assertThat(csv(s, Role.SCREENING, CUSTOMERS).statusCode()).isEqualTo(403);
      HttpResponse<String> imported = csv(s, Role.ANALYST, CUSTOMERS);
      assertThat(imported.statusCode()).isEqualTo(200);
      assertThat(TestServer.json(imported).get("added").asInt()).isEqualTo(2);

      JsonNode run = TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, ""));
      JsonNode raised = run.get("alerts");
      assertThat(raised).hasSize(1);
      assertThat(raised.get(0).get("customer_id").asText()).isEqualTo("c-1");
      long id = raised.get(0).get("alert_id").asLong();

      JsonNode open = TestServer.json(s.get("/v1/alerts?status=open", Role.ANALYST));
      assertThat(open.findValuesAsText("entity_key")).containsExactly("us-ofac-sdn:43336");

      JsonNode proposed = TestServer.json(s.post("/v1/alerts/" + id + "/decide", Role.ANALYST,
          "{\"decision\":\"false-positive\",\"note\":\"different DOB on file\"}"));
      assertThat(proposed.get("status").asText()).isEqualTo("PROPOSED_FALSE_POSITIVE");
      assertThat(proposed.get("proposed_by").asText()).isEqualTo("analyst-user");

      HttpResponse<String> analystConfirms = s.post("/v1/alerts/" + id + "/decide", Role.ANALYST, "{\"decision\":\"false-positive\"}");
      assertThat(analystConfirms.statusCode()).as("a second opinion needs a supervisor").isEqualTo(403);

      JsonNode closed = TestServer.json(s.post("/v1/alerts/" + id + "/decide", Role.SUPERVISOR, "{\"decision\":\"false-positive\"}"));
      assertThat(closed.get("status").asText()).isEqualTo("CLOSED_FALSE_POSITIVE");
      assertThat(closed.get("closed_by").asText()).isEqualTo("supervisor-user");

      JsonNode detail = TestServer.json(s.get("/v1/alerts/" + id, Role.ANALYST));
      assertThat(detail.get("events").findValuesAsText("actor")).contains("analyst-user", "supervisor-user");
      assertThat(s.services.audit().recent(10)).anySatisfy(a -> {
        assertThat(a.action()).isEqualTo("alert.closed");
        assertThat(a.actor()).isEqualTo("supervisor-user");
      });
    }
  }

  HttpResponse<String> csv(TestServer s, String query, String body) throws Exception {
    return s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/customers" + query))
        .header("Authorization", "Bearer " + s.keys.get(Role.ANALYST)).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aClosedCustomerIsShownClosedIsNotMonitoredAndAWholeFileClosesWhoItLeavesOut() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      csv(s, Role.ANALYST, CUSTOMERS);
      assertThat(s.post("/v1/customers/c-1/close", Role.SCREENING, "").statusCode()).isEqualTo(403);
      JsonNode closed = TestServer.json(s.post("/v1/customers/c-1/close", Role.ANALYST, "{\"note\":\"moved abroad\"}"));
      assertThat(closed.get("closed_by").asText()).isEqualTo("analyst-user");
      assertThat(closed.get("closed_note").asText()).isEqualTo("moved abroad");
      assertThat(s.post("/v1/customers/c-1/close", Role.ANALYST, "").statusCode()).isEqualTo(409);
      assertThat(s.get("/v1/customers/nobody", Role.ANALYST).statusCode()).isEqualTo(404);
      assertThat(TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts"))
          .as("Kim Sang Man has left: nobody is screened against the list").isEmpty();

      HttpResponse<String> refused = csv(s, "?complete=true", "id,name,schema\nc-1,Kim Sang Man,Person\n");
      assertThat(refused.statusCode()).as("it would close c-2, the only open customer").isEqualTo(409);
      assertThat(refused.body()).contains("would close 1 of the 1 open customers (100.0 %), more than the 5 % allowed");
      JsonNode whole = TestServer.json(csv(s, "?complete=true&max_closed=100",
          "id,name,schema,birth_date,country\nc-1,Kim Sang Man,Person,1958-03-05,KP\n"));
      assertThat(whole.get("reopened").asInt()).isEqualTo(1);
      assertThat(whole.get("closed").asInt()).isEqualTo(1);
      assertThat(TestServer.json(s.get("/v1/customers/c-2", Role.ANALYST)).get("closed_note").asText())
          .isEqualTo("not in API upload by analyst-user");
      assertThat(csv(s, "?complete=true&max_closed=x", CUSTOMERS).statusCode()).isEqualTo(400);

      JsonNode back = TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts");
      assertThat(back).hasSize(1);
      assertThat(back.get(0).get("reason").asText()).isEqualTo("reopened customer");
    }
  }

  @Test
  void anAlertOfACustomerWhoLeftSaysSoInTheConsoleAndStillAwaitsItsDecision() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      csv(s, Role.ANALYST, CUSTOMERS);
      long id = TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts").get(0).get("alert_id").asLong();
      s.post("/v1/customers/c-1/close", Role.ANALYST, "{\"note\":\"moved <abroad>\"}");
      JsonNode alert = TestServer.json(s.get("/v1/alerts/" + id, Role.ANALYST)).get("alert");
      assertThat(alert.get("status").asText()).isEqualTo("OPEN");
      assertThat(alert.get("annotation").asText()).endsWith("by analyst-user: moved <abroad>");

      ConsoleHttpTest.Browser b = new ConsoleHttpTest.Browser(s);
      b.signIn("analyst-user", s.keys.get(Role.ANALYST));
      assertThat(b.get("/console/alerts/" + id).body()).contains("id=\"customer-closed\">Closed at ")
          .contains("by analyst-user: moved &lt;abroad&gt;");
    }
  }

  @Test
  void theProposerCannotConfirmTheirOwnProposal() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      csv(s, Role.ANALYST, CUSTOMERS);
      long id = TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts").get(0).get("alert_id").asLong();
      s.post("/v1/alerts/" + id + "/decide", Role.SUPERVISOR, "{\"decision\":\"true-match\"}");
      HttpResponse<String> self = s.post("/v1/alerts/" + id + "/decide", Role.SUPERVISOR, "{\"decision\":\"true-match\"}");
      assertThat(self.statusCode()).isEqualTo(409);
      assertThat(TestServer.json(self).get("error").asText()).contains("four-eyes");
    }
  }

  HttpResponse<String> multipart(TestServer s, String csvContent) throws Exception {
    String boundary = "----interdict-test";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"customers.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + csvContent + "\r\n--" + boundary + "--\r\n";
    return s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/customers"))
        .header("Authorization", "Bearer " + s.keys.get(Role.ANALYST))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void customerFileUploadIsAcceptedAndAnOversizedOneRefusedWithoutA500() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      HttpResponse<String> ok = multipart(s, CUSTOMERS);
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(TestServer.json(ok).get("added").asInt()).isEqualTo(2);
      StringBuilder big = new StringBuilder("id,name\n");
      for (int i = 0; big.length() < 6 * 1024 * 1024; i++) {
        big.append("c-").append(i).append(",Customer Number ").append(i).append('\n');
      }
      HttpResponse<String> tooBig = multipart(s, big.toString());
      assertThat(tooBig.statusCode()).isIn(400, 413);
      assertThat(TestServer.json(tooBig).get("status").asInt()).isEqualTo(tooBig.statusCode());
    }
  }

  @Test
  void badAlertRequestsAreClientErrors() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      assertThat(s.get("/v1/alerts/abc", Role.ANALYST).statusCode()).isEqualTo(400);
      assertThat(s.get("/v1/alerts/424242", Role.ANALYST).statusCode()).isEqualTo(404);
      assertThat(s.get("/v1/alerts?status=sleeping", Role.ANALYST).statusCode()).isEqualTo(400);
      assertThat(s.post("/v1/alerts/1/decide", Role.ANALYST, "{\"decision\":\"maybe\"}").statusCode()).isEqualTo(400);
      assertThat(s.post("/v1/alerts/1/decide", Role.ANALYST, "{}").statusCode()).isEqualTo(400);
      HttpResponse<String> badCsv = csv(s, Role.ANALYST, "id,name,colour\nc-1,X,red\n");
      assertThat(badCsv.statusCode()).isIn(400, 422);
      assertThat(TestServer.json(badCsv).get("error").asText()).contains("colour");
    }
  }

  @Test
  void aCustomerWhoseCompanyARegisterBlocksAlertsAndTheConsoleShowsTheHoldings() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      csv(s, Role.ANALYST, "id,name,schema,birth_date,country\nc-7,Pyongsong Logistics Limited,Organization,,KP\n");
      assertThat(TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts")).isEmpty();

      String register = "owner_id,owner_name,owned_id,owned_name,percent,owner_list_id\n"
          + "P1,KIM Sang Man,C1,Pyongsong Logistics Ltd,50,us-ofac-sdn:43336\n";
      assertThat(s.post("/v1/ownership/register", Role.SUPERVISOR, register).statusCode()).isEqualTo(201);
      JsonNode raised = TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts");
      assertThat(raised).hasSize(1);
      assertThat(raised.get(0).get("entity_id").asText()).isEqualTo("interdict-ownership:C1");
      assertThat(raised.get(0).get("reason").asText()).isEqualTo("newly blocked by ownership");

      ConsoleHttpTest.Browser b = new ConsoleHttpTest.Browser(s);
      b.signIn("analyst-user", s.keys.get(Role.ANALYST));
      HttpResponse<String> page = b.get("/console/alerts/" + raised.get(0).get("alert_id").asLong());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("newly blocked by ownership").contains("50 % by KIM Sang Man (listed us-ofac-sdn:43336)")
          .doesNotContain("not in the stored lists");
    }
  }

  @Test
  void anAccountOfACustomerConfirmedAsDesignatedIsBlocked() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      csv(s, Role.ANALYST, CUSTOMERS);
      long id = TestServer.json(s.post("/v1/monitoring/run", Role.ANALYST, "")).get("alerts").get(0).get("alert_id").asLong();
      String block = "{\"account\":\"US-ACC-0042\",\"balance\":\"5000.00\",\"currency\":\"USD\"}";
      assertThat(s.post("/v1/alerts/" + id + "/block", Role.ANALYST, block).statusCode()).as("not confirmed yet").isEqualTo(409);
      s.post("/v1/alerts/" + id + "/decide", Role.ANALYST, "{\"decision\":\"true-match\"}");
      s.post("/v1/alerts/" + id + "/decide", Role.SUPERVISOR, "{\"decision\":\"true-match\"}");
      assertThat(s.post("/v1/alerts/" + id + "/block", Role.ANALYST, "{\"account\":\"A\",\"balance\":\"lots\","
          + "\"currency\":\"USD\"}").statusCode()).isEqualTo(400);
      assertThat(s.post("/v1/alerts/" + id + "/block", Role.SCREENING, block).statusCode()).isEqualTo(403);
      HttpResponse<String> blocked = s.post("/v1/alerts/" + id + "/block", Role.ANALYST, block);
      assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(201);
      assertThat(TestServer.json(blocked).get("entity_key").asText()).isEqualTo("us-ofac-sdn:43336");
      JsonNode ledger = TestServer.json(s.get("/v1/blocked", Role.ANALYST));
      assertThat(ledger).hasSize(1);
      assertThat(ledger.get(0).get("message_id").asText()).isEqualTo("account:US-ACC-0042");
      assertThat(TestServer.json(s.get("/v1/reports/due", Role.ANALYST)).get(0).get("kind").asText())
          .isEqualTo("blocked-property");

      ConsoleHttpTest.Browser b = new ConsoleHttpTest.Browser(s);
      b.signIn("analyst-user", s.keys.get(Role.ANALYST));
      String page = b.get("/console/alerts/" + id).body();
      assertThat(page).contains("id=\"block-account\"").doesNotContain("id=\"decide\"");
      HttpResponse<String> posted = b.post("/console/alerts/" + id + "/block", "_csrf=" + ConsoleHttpTest.csrf(page)
          + "&account=US-ACC-0043&balance=120.50&currency=usd");
      assertThat(posted.statusCode()).isEqualTo(302);
      assertThat(TestServer.json(s.get("/v1/blocked", Role.ANALYST)).findValuesAsText("message_id"))
          .containsExactly("account:US-ACC-0042", "account:US-ACC-0043");
    }
  }
}
