package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenApiTest {
  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() {
    s = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  @Test
  void singlePartyReturnsHitsWithExplanation() throws Exception {
    HttpResponse<String> r = s.post("/v1/screen", Role.SCREENING,
        "{\"name\":\"Kim Sangman\",\"schema\":\"Person\",\"birth_date\":\"1958-03-05\",\"country\":\"KP\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = TestServer.json(r);
    assertThat(body.get("query").get("name").asText()).isEqualTo("Kim Sangman");
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.get("entity_id").asText()).isEqualTo("us-ofac-sdn:43336");
    assertThat(hit.get("listed_name").asText()).isEqualTo("KIM, Sang Man");
    assertThat(hit.get("matched_name").isTextual()).isTrue();
    assertThat(hit.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(hit.get("programs").get(0).asText()).isEqualTo("DPRK3");
    JsonNode x = hit.get("explanation");
    assertThat(x.has("summary")).isTrue();
    assertThat(x.get("name_score").isNumber()).isTrue();
    assertThat(x.get("alignment").isArray()).isTrue();
    assertThat(x.get("evidence").isArray()).isTrue();
    assertThat(body.get("threshold").isNumber()).isTrue();
  }

  @Test
  void batchAnswersEveryQueryInOrder() throws Exception {
    HttpResponse<String> r = s.post("/v1/screen", Role.SCREENING,
        "{\"queries\":[{\"name\":\"KOMID\"},{\"id\":\"c-2\",\"name\":\"Jane Nobody\"},{\"name\":\"Chon Ma San\",\"schema\":\"Vessel\"}]}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode results = TestServer.json(r).get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("hits").get(0).get("source_id").asText()).isEqualTo("9999");
    assertThat(results.get(1).get("query").get("id").asText()).isEqualTo("c-2");
    assertThat(results.get(1).get("hits")).isEmpty();
    assertThat(results.get(2).get("hits").get(0).get("schema").asText()).isEqualTo("Vessel");
  }

  @Test
  void batchOverTheLimitIs413() throws Exception {
    StringBuilder sb = new StringBuilder("{\"queries\":[");
    for (int i = 0; i <= ScreenApiTestLimits.BATCH; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\"}");
    }
    HttpResponse<String> r = s.post("/v1/screen", Role.SCREENING, sb.append("]}").toString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(TestServer.json(r).get("error").asText()).contains("1001").contains("1000");
  }

  @Test
  void bodyOverFiveMegabytesIs413WithJsonError() throws Exception {
    String big = "{\"name\":\"" + "a".repeat(6 * 1024 * 1024) + "\"}";
    HttpResponse<String> r = s.post("/v1/screen", Role.SCREENING, big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(TestServer.json(r).get("status").asInt()).isEqualTo(413);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "malformed JSON | {\"name\": | malformed JSON",
    "not an object | [1,2] | must be a JSON object",
    "empty body | ' ' | empty",
    "no name | {\"country\":\"KP\"} | needs a name or an identifier",
    "name not a string | {\"name\":42} | body.name must be a string",
    "unknown schema | {\"name\":\"x\",\"schema\":\"Planet\"} | unknown schema 'Planet'",
    "threshold out of range | {\"name\":\"x\",\"threshold\":7} | body.threshold",
    "queries not an array | {\"queries\":{}} | must be an array",
    "empty batch | {\"queries\":[]} | empty",
    "bad batch item | {\"queries\":[{\"name\":\"a\"},{\"schema\":\"Person\"}]} | body.queries[1]",
    "trailing garbage | {\"name\":\"x\"} x | malformed JSON",
  })
  void badInputIs400NamingTheProblemWithoutStackTrace(String what, String body, String message) throws Exception {
    HttpResponse<String> r = s.post("/v1/screen", Role.SCREENING, body);
    assertThat(r.statusCode()).as(what).isEqualTo(400);
    JsonNode err = TestServer.json(r);
    assertThat(err.get("error").asText()).contains(message);
    assertThat(err.get("status").asInt()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aNameWithUnpairedSurrogateEscapesIsScreenedWithoutThem() throws Exception {
    // JSON allows \ud97d alone; ICU's transliterators threw on it and the API answered 500
    HttpResponse<String> r = s.post("/v1/screen", Role.SCREENING, "{\"name\":\"Kim \\ud97d\\u30fe\\ude47 Sangman\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(r).get("hits").get(0).get("listed_name").asText()).isEqualTo("KIM, Sang Man");
  }

  @Test
  void aNameTooLongToScreenIs400WithItsLength() throws Exception {
    HttpResponse<String> r = s.post("/v1/screen", Role.SCREENING, "{\"name\":\"" + "x".repeat(1_001) + "\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(r).get("error").asText()).contains("name is 1,001 characters long");
  }

  @Test
  void unknownRouteIsJson404() throws Exception {
    HttpResponse<String> r = s.get("/v1/nothing-here", Role.ADMIN);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(r).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void wrongMethodIsNotA500() throws Exception {
    assertThat(s.get("/v1/screen", Role.SCREENING).statusCode()).isIn(404, 405);
  }

  /** The limit as the API states it, so that the test fails if the limit moves without the docs. */
  static final class ScreenApiTestLimits {
    static final int BATCH = io.interdict.server.api.ScreenApi.MAX_BATCH;
  }
}
