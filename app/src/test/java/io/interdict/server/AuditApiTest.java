package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail over HTTP and in the console: supervisors read it by subject, action and user, and verify it. */
class AuditApiTest {
  @TempDir Path dir;

  @Test
  void supervisorsReadRecordsBySubjectAndActionFamilyPageByPage() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      for (int i = 1; i <= 5; i++) {
        s.services.audit().append("alice", "alert.proposed", "alert:7", Map.of("n", i));
      }
      s.services.audit().append("bob", "alert.closed", "alert:7", Map.of());
      s.services.audit().append("bob", "alert.closed", "alert:8", Map.of());
      assertThat(s.get("/v1/audit", Role.ANALYST).statusCode()).isEqualTo(403);

      List<String> seen = new ArrayList<>();
      String next = "";
      for (int page = 0; page < 10 && next != null; page++) {
        JsonNode body = TestServer.json(s.get("/v1/audit?subject=alert:7&action=alert.&limit=4" + next, Role.SUPERVISOR));
        body.get("records").forEach(r -> seen.add(r.get("seq").asText() + " " + r.get("action").asText()));
        next = body.get("next_before").isNull() ? null : "&before=" + body.get("next_before").asLong();
      }
      assertThat(seen).as("newest first, six records about alert 7 over two pages").hasSize(6);
      assertThat(seen.get(0)).endsWith("alert.closed");
      assertThat(seen.subList(1, 6)).allMatch(r -> r.endsWith("alert.proposed"));

      JsonNode bob = TestServer.json(s.get("/v1/audit?actor=bob&action=alert.closed", Role.SUPERVISOR));
      assertThat(bob.get("records")).extracting(r -> r.get("subject").asText()).containsExactly("alert:8", "alert:7");
      assertThat(bob.get("records").get(0).get("details").isObject()).as("details are JSON, not a string").isTrue();
    }
  }

  @Test
  void verifyNamesTheFirstAlteredRecordAndBadParametersAreRefusedByName() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      JsonNode intact = TestServer.json(s.get("/v1/audit/verify", Role.SUPERVISOR));
      assertThat(intact.get("intact").asBoolean()).isTrue();
      long records = intact.get("records").asLong();
      assertThat(records).as("the users TestServer added are audited").isGreaterThanOrEqualTo(4);

      s.db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"));
      JsonNode broken = TestServer.json(s.get("/v1/audit/verify", Role.SUPERVISOR));
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("problem").asText()).isEqualTo("record 2 was altered (hash mismatch)");

      HttpResponse<String> before = s.get("/v1/audit?before=zero", Role.SUPERVISOR);
      assertThat(before.statusCode()).isEqualTo(400);
      assertThat(before.body()).contains("before must be a whole number, got 'zero'");
      assertThat(s.get("/v1/audit?limit=0", Role.SUPERVISOR).body()).contains("limit must be between 1 and 100000");
    }
  }

  @Test
  void theConsolePageListsRecordsEscapedAndVerifiesTheChainOnRequest() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      s.services.audit().append("alice", "alert.proposed", "alert:<b>9</b>", Map.of("note", "<script>x</script>"));
      ConsoleHttpTest.Browser analyst = new ConsoleHttpTest.Browser(s);
      analyst.signIn("analyst-user", s.keys.get(Role.ANALYST));
      assertThat(analyst.get("/console/audit").statusCode()).isEqualTo(403);

      ConsoleHttpTest.Browser sup = new ConsoleHttpTest.Browser(s);
      sup.signIn("supervisor-user", s.keys.get(Role.SUPERVISOR));
      String page = sup.get("/console/audit?action=alert.").body();
      assertThat(page).contains("alert:&lt;b&gt;9&lt;/b&gt;").doesNotContain("<script>x").doesNotContain("user.add");
      assertThat(page).contains("class=\"audit-row\"");
      assertThat(sup.get("/console/audit?subject=user:admin-user").body()).contains("user.add").doesNotContain("alert.proposed");
      assertThat(sup.get("/console/audit/verify").body()).contains("Chain intact: all");
    }
  }
}
