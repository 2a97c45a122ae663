package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.payments.TestMessages;
import io.interdict.server.auth.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A payment to a listed party is blocked, licensed, released by two users, and reported. */
class PaymentsBlockingApiTest {
  @TempDir Path dir;

  static String resource(String name) throws Exception {
    try (var in = PaymentsBlockingApiTest.class.getResourceAsStream("/payments/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  HttpResponse<byte[]> download(TestServer s, String path) throws Exception {
    return s.http.send(HttpRequest.newBuilder(URI.create(s.base() + path))
        .header("Authorization", "Bearer " + s.keys.get(Role.ANALYST)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void blockedPaymentIsLicensedReleasedByTwoUsersAndReported() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      String pacs = resource("pacs008-kim-sang-man.xml");
      assertThat(s.post("/v1/payments/screen", Role.SCREENING, pacs).statusCode()).isEqualTo(403);
      HttpResponse<String> screened = s.post("/v1/payments/screen", Role.ANALYST, pacs);
      assertThat(screened.statusCode()).isEqualTo(200);
      JsonNode d = TestServer.json(screened);
      assertThat(d.get("decision").asText()).isEqualTo("BLOCK");
      assertThat(d.get("recorded").asText()).startsWith("blocked:");
      assertThat(d.get("hits")).isNotEmpty();
      long item = Long.parseLong(d.get("recorded").asText().substring("blocked:".length()));

      JsonNode blocked = TestServer.json(s.get("/v1/blocked", Role.ANALYST));
      assertThat(blocked).hasSize(1);
      assertThat(blocked.get(0).get("entity_key").asText()).isEqualTo("us-ofac-sdn:43336");

      assertThat(s.post("/v1/licences", Role.ANALYST, "{}").statusCode()).isEqualTo(403);
      HttpResponse<String> licence = s.post("/v1/licences", Role.SUPERVISOR,
          "{\"number\":\"GL-DPRK-1\",\"type\":\"general\",\"program\":\"DPRK3\",\"description\":\"test\"}");
      assertThat(licence.statusCode()).isEqualTo(201);

      HttpResponse<String> proposed = s.post("/v1/blocked/" + item + "/release", Role.SUPERVISOR, "{\"licence\":\"GL-DPRK-1\"}");
      assertThat(proposed.statusCode()).isEqualTo(201);
      HttpResponse<String> self = s.post("/v1/blocked/" + item + "/approve", Role.SUPERVISOR, "");
      assertThat(self.statusCode()).as("four eyes").isEqualTo(409);
      JsonNode released = TestServer.json(s.post("/v1/blocked/" + item + "/approve", Role.ADMIN, ""));
      assertThat(released.get("status").asText()).isEqualTo("RELEASED");

      HttpResponse<byte[]> json = download(s, "/v1/reports/blocked-property?format=json");
      assertThat(json.statusCode()).isEqualTo(200);
      assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("KIM");
      HttpResponse<byte[]> csv = download(s, "/v1/reports/blocked-property?format=csv");
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
      HttpResponse<byte[]> pdf = download(s, "/v1/reports/annual?format=pdf&as_of=2027-06-30");
      assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
      assertThat(download(s, "/v1/reports/nonsense").statusCode()).isEqualTo(404);
      assertThat(download(s, "/v1/reports/rejects?format=doc").statusCode()).isEqualTo(400);
      assertThat(download(s, "/v1/reports/rejects?as_of=yesterday").statusCode()).isEqualTo(400);

      JsonNode due = TestServer.json(s.get("/v1/reports/due", Role.ANALYST));
      assertThat(due).singleElement().satisfies(r -> {
        assertThat(r.get("kind").asText()).isEqualTo("blocked-property");
        assertThat(r.get("item_id").asLong()).isEqualTo(item);
        assertThat(r.get("overdue").asBoolean()).isFalse();
      });
      String filing = "{\"items\":[" + item + "],\"reference\":\"OFAC-RPT-42\"}";
      assertThat(s.post("/v1/reports/blocked-property/filings", Role.ANALYST, filing).statusCode()).isEqualTo(403);
      assertThat(s.post("/v1/reports/blocked-property/filings", Role.SUPERVISOR, "{\"items\":[\"one\"],\"reference\":\"R\"}")
          .statusCode()).isEqualTo(400);
      ConsoleHttpTest.Browser analyst = new ConsoleHttpTest.Browser(s);
      analyst.signIn("analyst-user", s.keys.get(Role.ANALYST));
      assertThat(analyst.get("/console/blocked").body()).contains("id=\"reports-due\"").doesNotContain("record-filing");
      ConsoleHttpTest.Browser supervisor = new ConsoleHttpTest.Browser(s);
      supervisor.signIn("supervisor-user", s.keys.get(Role.SUPERVISOR));
      String page = supervisor.get("/console/blocked").body();
      assertThat(page).contains("id=\"record-filing\"");
      HttpResponse<String> filed = supervisor.post("/console/reports/filings", "_csrf=" + ConsoleHttpTest.csrf(page)
          + "&kind=blocked-property&items=%23" + item + "&period=&filed_on=&reference=OFAC-RPT-42");
      assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
      assertThat(s.services.filings().list()).singleElement()
          .satisfies(f -> assertThat(f.filedBy()).isEqualTo("supervisor-user"));
      assertThat(TestServer.json(s.get("/v1/reports/due", Role.ANALYST))).isEmpty();
      assertThat(supervisor.get("/console/blocked").body()).contains("Every report is filed.");
      assertThat(s.post("/v1/reports/blocked-property/filings", Role.SUPERVISOR, filing).statusCode()).isEqualTo(409);
      assertThat(s.post("/v1/reports/quarterly/filings", Role.SUPERVISOR, filing).statusCode()).isEqualTo(404);
      assertThat(new String(download(s, "/v1/reports/blocked-property?format=csv").body(), StandardCharsets.UTF_8))
          .contains("OFAC-RPT-42");
      assertThat(s.get("/metrics", Role.ADMIN).body()).contains("interdict_reports_overdue{report=\"blocked-property\"} 0.0");
    }
  }

  @Test
  void unreadableMessageIsHeldNotAnError() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      HttpResponse<String> r = s.post("/v1/payments/screen?record=false", Role.ANALYST, "<Document><broken");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(TestServer.json(r).get("decision").asText()).isEqualTo("HOLD");
      assertThat(TestServer.json(r).has("recorded")).isFalse();
      assertThat(s.post("/v1/payments/screen", Role.ANALYST, "").statusCode()).isEqualTo(400);
      JsonNode clean = TestServer.json(s.post("/v1/payments/screen", Role.ANALYST, resource("pacs008-clean.xml")));
      assertThat(clean.get("decision").asText()).isEqualTo("RELEASE");
    }
  }

  /** A server where every name hit short of an exact one holds. */
  TestServer hesitant() {
    return new TestServer(dir, TestServer.entities(), null,
        services -> services.withPaymentPolicy(TestMessages.holdingInexactNames()));
  }

  static String mt103(String ref) {
    return new String(TestMessages.mt103(ref, "KIM SANG MANN"), StandardCharsets.UTF_8);
  }

  @Test
  void aHeldPaymentIsBlockedOnlyWhenASupervisorConfirmsAnAnalystsProposal() throws Exception {
    try (TestServer s = hesitant()) {
      String mt = mt103("HOLD-API-1");
      JsonNode screened = TestServer.json(s.post("/v1/payments/screen", Role.ANALYST, mt));
      assertThat(screened.get("decision").asText()).as(screened.toString()).isEqualTo("HOLD");
      assertThat(screened.get("recorded").asText()).startsWith("held:");
      long id = Long.parseLong(screened.get("recorded").asText().substring("held:".length()));

      JsonNode waiting = TestServer.json(s.get("/v1/payments/holds", Role.ANALYST));
      assertThat(waiting).hasSize(1);
      assertThat(waiting.get(0).get("screening").get("hits").get(0).get("if_confirmed").asText()).isEqualTo("BLOCK");
      assertThat(s.get("/v1/payments/holds", Role.SCREENING).statusCode()).isEqualTo(403);

      HttpResponse<String> nameless = s.post("/v1/payments/holds/" + id + "/decide", Role.ANALYST, "{\"decision\":\"block\"}");
      assertThat(nameless.statusCode()).isEqualTo(400);
      assertThat(nameless.body()).contains("a block names the listed entity whose property it is (one of us-ofac-sdn:43336)");
      String block = "{\"decision\":\"block\",\"entity_key\":\"us-ofac-sdn:43336\",\"note\":\"DOB on file agrees\"}";
      JsonNode proposed = TestServer.json(s.post("/v1/payments/holds/" + id + "/decide", Role.ANALYST, block));
      assertThat(proposed.get("status").asText()).isEqualTo("PROPOSED_BLOCK");
      assertThat(s.post("/v1/payments/holds/" + id + "/decide", Role.ANALYST, block).statusCode())
          .as("a second opinion needs a supervisor").isEqualTo(403);
      assertThat(TestServer.json(s.get("/v1/blocked", Role.ANALYST))).isEmpty();

      JsonNode closed = TestServer.json(s.post("/v1/payments/holds/" + id + "/decide", Role.SUPERVISOR, block));
      assertThat(closed.get("status").asText()).isEqualTo("BLOCKED");
      assertThat(closed.get("closed_by").asText()).isEqualTo("supervisor-user");
      JsonNode blocked = TestServer.json(s.get("/v1/blocked", Role.ANALYST));
      assertThat(blocked).hasSize(1);
      assertThat(closed.get("outcome").asText()).isEqualTo("blocked:" + blocked.get(0).get("id").asText());
      assertThat(blocked.get(0).get("entity_key").asText()).isEqualTo("us-ofac-sdn:43336");
      assertThat(TestServer.json(s.get("/v1/payments/holds", Role.ANALYST))).isEmpty();
      assertThat(TestServer.json(s.get("/v1/payments/holds?status=blocked", Role.ANALYST))).hasSize(1);
      assertThat(TestServer.json(s.get("/v1/payments/holds/" + id, Role.ANALYST)).get("events")).hasSize(3);
      assertThat(s.get("/v1/payments/holds/999", Role.ANALYST).statusCode()).isEqualTo(404);
      assertThat(s.get("/v1/payments/holds?status=pending", Role.ANALYST).statusCode()).isEqualTo(400);
    }
  }

  @Test
  void aReleasedHoldIsRememberedSoTheSameNameIsReleasedUntilTheClearanceIsRevoked() throws Exception {
    try (TestServer s = hesitant()) {
      JsonNode first = TestServer.json(s.post("/v1/payments/screen", Role.ANALYST, mt103("CLR-1")));
      long id = Long.parseLong(first.get("recorded").asText().substring("held:".length()));
      String release = "{\"decision\":\"release\",\"note\":\"a Singapore resident, born 1990\"}";
      s.post("/v1/payments/holds/" + id + "/decide", Role.ANALYST, release);
      JsonNode closed = TestServer.json(s.post("/v1/payments/holds/" + id + "/decide", Role.SUPERVISOR, release));
      assertThat(closed.get("outcome").asText()).isEqualTo("released; 1 name hit(s) cleared");

      JsonNode second = TestServer.json(s.post("/v1/payments/screen", Role.ANALYST, mt103("CLR-2")));
      assertThat(second.get("decision").asText()).as(second.toString()).isEqualTo("RELEASE");
      assertThat(second.get("reasons").get(0).asText()).contains("released as a false positive by analyst-user and "
          + "supervisor-user (hold " + id);
      JsonNode clearances = TestServer.json(s.get("/v1/payments/clearances", Role.ANALYST));
      assertThat(clearances).hasSize(1);
      assertThat(clearances.get(0).get("entity_key").asText()).isEqualTo("us-ofac-sdn:43336");

      ConsoleHttpTest.Browser b = new ConsoleHttpTest.Browser(s);
      b.signIn("analyst-user", s.keys.get(Role.ANALYST));
      String page = b.get("/console/holds").body();
      assertThat(page).contains("KIM SANG MANN").contains("id=\"clearance-" + clearances.get(0).get("id").asLong() + "\"");
      HttpResponse<String> revoke = b.post("/console/clearances/" + clearances.get(0).get("id").asLong() + "/revoke",
          "_csrf=" + ConsoleHttpTest.csrf(page));
      assertThat(revoke.statusCode()).isEqualTo(302);
      JsonNode revoked = TestServer.json(s.get("/v1/payments/clearances?all=true", Role.ANALYST)).get(0);
      assertThat(revoked.get("revoked_by").asText()).isEqualTo("analyst-user");
      assertThat(s.post("/v1/payments/clearances/" + clearances.get(0).get("id").asLong() + "/revoke", Role.ANALYST, "")
          .statusCode()).as("revoked once").isEqualTo(409);
      assertThat(TestServer.json(s.post("/v1/payments/screen", Role.ANALYST, mt103("CLR-3"))).get("decision").asText())
          .isEqualTo("HOLD");
      assertThat(TestServer.json(s.get("/v1/payments/clearances", Role.ANALYST))).isEmpty();
      assertThat(TestServer.json(s.get("/v1/payments/clearances?all=true", Role.ANALYST))).hasSize(1);
    }
  }
}
