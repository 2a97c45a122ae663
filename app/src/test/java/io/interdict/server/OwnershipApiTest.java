package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 50 % rule over HTTP, against TestServer's list (KIM Sang Man, KOMID); Pyongsong Logistics is invented. */
class OwnershipApiTest {
  private static final String REGISTER = """
      owner_id,owner_name,owned_id,owned_name,percent,owner_list_id
      P1,KIM Sang Man,C1,Pyongsong Logistics Ltd,30,us-ofac-sdn:43336
      C2,Korea Mining Development Trading Corporation,C1,Pyongsong Logistics Ltd,20,us-ofac-sdn:9999
      """;

  @TempDir Path dir;

  @Test
  void aggregatesHoldingsOfBlockedPersonsUnderOfacButNotUnderTheUkRule() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      assertThat(s.post("/v1/ownership/check", Role.SCREENING, REGISTER).statusCode()).isEqualTo(403);
      JsonNode ofac = TestServer.json(s.post("/v1/ownership/check", Role.ANALYST, REGISTER));
      assertThat(ofac.get("rule").asText()).isEqualTo("ofac");
      JsonNode c1 = ofac.get("findings").get(1);
      assertThat(c1.get("id").asText()).isEqualTo("C1");
      assertThat(c1.get("status").asText()).isEqualTo("BLOCKED");
      assertThat(c1.get("holdings")).hasSize(2);
      assertThat(ofac.get("demo_list").asBoolean()).isFalse();

      JsonNode uk = TestServer.json(s.post("/v1/ownership/check?rule=uk", Role.ANALYST, REGISTER));
      assertThat(uk.get("findings").get(1).get("status").asText()).isEqualTo("CLEAR");
    }
  }

  @Test
  void aContradictoryRegisterIsRefusedNamingTheLineAndABadRuleIsABadRequest() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      HttpResponse<String> bad = s.post("/v1/ownership/check", Role.ANALYST, REGISTER + "C1,Pyongsong Logistics Ltd,C1,"
          + "Pyongsong Logistics Ltd,5,\n");
      assertThat(bad.statusCode()).isEqualTo(422);
      assertThat(bad.body()).contains("request body:4: party 'C1' holds itself");
      HttpResponse<String> rule = s.post("/v1/ownership/check?rule=eu", Role.ANALYST, REGISTER);
      assertThat(rule.statusCode()).isEqualTo(400);
      assertThat(rule.body()).contains("unknown ownership rule 'eu'");
      assertThat(s.post("/v1/ownership/check", Role.ANALYST, "").statusCode()).isEqualTo(400);
    }
  }
}
