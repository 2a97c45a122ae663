package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Travellers screened over HTTP against the lists of a real server (TestServer's KIM: passport 836110034). */
class EntryApiTest {
  static final String KIM_MRZ = "[\"P<PRKKIM<<SANG<MAN<<<<<<<<<<<<<<<<<<<<<<<<<<\","
      + "\"8361100344PRK5803055M3001019<<<<<<<<<<<<<<<0\"]";
  static final String ANNA_MRZ = "[\"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\","
      + "\"L898902C36UTO7408122F3504152<<<<<<<<<<<<<<<4\"]";

  @TempDir Path dir;

  @Test
  void oneTravellerByMrzOrFieldsIsDecidedWithHitsAndReasons() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      HttpResponse<String> denied = s.post("/v1/entry/screen", Role.SCREENING, "{\"id\":\"PAX-1\",\"mrz\":" + KIM_MRZ + "}");
      assertThat(denied.statusCode()).as(denied.body()).isEqualTo(200);
      JsonNode d = TestServer.json(denied);
      assertThat(d.get("id").asText()).isEqualTo("PAX-1");
      assertThat(d.get("decision").asText()).isEqualTo("DENY");
      assertThat(d.get("document").get("issuing_country").asText()).isEqualTo("KP");
      assertThat(d.get("hits").findValuesAsText("entity_key")).contains("us-ofac-sdn:43336");
      assertThat(d.get("hits").findValuesAsText("kind")).contains("DOCUMENT", "NAME");
      assertThat(d.get("reasons").get(0).asText()).startsWith("DENY:");
      assertThat(d.get("demo_list").asBoolean()).isFalse();

      JsonNode clear = TestServer.json(s.post("/v1/entry/screen", Role.SCREENING, "{\"mrz\":" + ANNA_MRZ + "}"));
      assertThat(clear.get("decision").asText()).isEqualTo("CLEAR");
      assertThat(clear.get("hits")).isEmpty();

      JsonNode referred = TestServer.json(s.post("/v1/entry/screen", Role.SCREENING,
          "{\"surname\":\"Kim\",\"given_names\":\"Sang Man\",\"birth_date\":\"1990-01-01\"}"));
      assertThat(referred.get("decision").asText()).isEqualTo("REFER");
      assertThat(referred.get("traveller").get("surname").asText()).isEqualTo("Kim");

      s.post("/v1/entry/screen?record=false", Role.SCREENING, "{\"id\":\"PAX-9\",\"mrz\":" + KIM_MRZ + "}");
      var trail = s.services.audit().recent(20).stream().filter(a -> a.action().equals("entry.decided")).toList();
      assertThat(trail).as("the DENY and the REFER, not the CLEAR, not record=false").hasSize(2);
      assertThat(trail.get(1).subject()).isEqualTo("traveller:PAX-1");
      assertThat(trail.get(1).actor()).isEqualTo(Role.SCREENING.label() + "-user");
    }
  }

  @Test
  void aManifestIsDecidedInOrderWithASummary() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      HttpResponse<String> r = s.post("/v1/entry/screen", Role.SCREENING, "{\"travellers\":[{\"mrz\":" + ANNA_MRZ
          + "},{\"surname\":\"PAK\",\"document_number\":\"836-110-034\",\"document_country\":\"PRK\"},"
          + "{\"mrz\":[\"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\",\"L898902C36UTO7408122F3504152<<<<<<<<<<<<<<<5\"]}]}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode body = TestServer.json(r);
      assertThat(body.get("decisions").findValuesAsText("decision")).containsExactly("CLEAR", "DENY", "REFER");
      assertThat(body.get("decisions").get(2).get("reasons").get(0).asText()).contains("check digit fails for composite");
      assertThat(body.get("summary").toString()).isEqualTo("{\"CLEAR\":1,\"REFER\":1,\"DENY\":1}");
    }
  }

  @Test
  void badRequestsAre400NamingTheProblemAndTheRoleIsChecked() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      assertThat(s.post("/v1/entry/screen", null, "{\"surname\":\"KIM\"}").statusCode()).isEqualTo(401);
      HttpResponse<String> json = s.post("/v1/entry/screen", Role.SCREENING, "{\"surname\": ");
      assertThat(json.statusCode()).isEqualTo(400);
      assertThat(json.body()).contains("malformed JSON");
      HttpResponse<String> mrz = s.post("/v1/entry/screen", Role.SCREENING,
          "{\"travellers\":[{\"surname\":\"A\"},{\"mrz\":[\"P<UTO\",\"L898\"]}]}");
      assertThat(mrz.statusCode()).isEqualTo(400);
      assertThat(mrz.body()).contains("body.travellers[1]: MRZ line 1 is 5 characters long");
      HttpResponse<String> date = s.post("/v1/entry/screen", Role.SCREENING, "{\"surname\":\"A\",\"birth_date\":\"1.1.1970\"}");
      assertThat(date.statusCode()).isEqualTo(400);
      assertThat(date.body()).contains("body: birth date '1.1.1970' is not a date");
      assertThat(s.post("/v1/entry/screen", Role.SCREENING, "{\"given_names\":\"A\"}").body()).contains("has no surname");
      assertThat(s.post("/v1/entry/screen", Role.SCREENING, "{\"travellers\":{}}").body())
          .contains("body.travellers must be an array");
    }
  }
}
