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

  @Test
  void anImportedRegisterIsAppliedToPaymentsAndCheckedOnRequest() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      assertThat(s.get("/v1/ownership/check", Role.ANALYST).statusCode()).isEqualTo(404);
      assertThat(s.post("/v1/ownership/register", Role.ANALYST, REGISTER).statusCode()).as("supervisors import").isEqualTo(403);
      HttpResponse<String> imported = s.post("/v1/ownership/register", Role.SUPERVISOR, REGISTER);
      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
      assertThat(TestServer.json(imported).get("holdings").asInt()).isEqualTo(2);
      assertThat(TestServer.json(s.get("/v1/ownership/check", Role.ANALYST)).get("findings").get(1).get("status").asText())
          .isEqualTo("BLOCKED");

      String mt103 = """
          {1:F01DEUTDEFFAXXX0000000000}{2:I103CHASUS33XXXXN}{4:
          :20:OWN-API-1
          :23B:CRED
          :32A:261130USD5000,00
          :50K:/DE89370400440532013000
          HANNA SCHMIDT
          FRANKFURT AM MAIN
          :59:/SG1234567890
          PYONGSONG LOGISTICS LTD
          SINGAPORE
          :71A:SHA
          -}""";
      JsonNode d = TestServer.json(s.post("/v1/payments/screen?record=false", Role.ANALYST, mt103));
      assertThat(d.get("decision").asText()).as(d.toString()).isEqualTo("BLOCK");
      assertThat(d.get("hits").get(0).get("entity_key").asText()).isEqualTo("interdict-ownership:C1");
    }
  }
}
