package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Built from yente's documented shapes (EntityMatchQuery in; EntityMatchResponse, EntityMatches,
 * ScoredEntityResponse, TotalSpec out; ErrorResponse.detail; 404 "No such dataset"): the request is
 * the example from yente's /match documentation, and the assertions are on the fields yente clients read.
 */
class YenteCompatibilityTest {
  @TempDir static Path dir;
  static TestServer s;
  static String request;

  @BeforeAll
  static void start() throws Exception {
    s = new TestServer(dir);
    try (var in = YenteCompatibilityTest.class.getResourceAsStream("/server/yente-match-request.json")) {
      request = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  @Test
  void documentedRequestGetsDocumentedResponseShape() throws Exception {
    HttpResponse<String> r = s.post("/match/default", Role.SCREENING, request);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("x-batch-size")).hasValue("2");
    JsonNode body = TestServer.json(r);
    assertThat(body.get("limit").isInt()).isTrue();
    assertThat(body.get("matcher").isObject()).isTrue();
    JsonNode responses = body.get("responses");
    assertThat(responses.fieldNames()).toIterable().containsExactly("entity1", "entity2");

    JsonNode e1 = responses.get("entity1");
    assertThat(e1.get("status").asInt()).isEqualTo(200);
    assertThat(e1.get("total").get("value").isInt()).isTrue();
    assertThat(e1.get("total").get("relation").asText()).isEqualTo("eq");
    assertThat(e1.get("query").get("schema").asText()).isEqualTo("Person");
    assertThat(e1.get("query").get("properties").get("name").get(0).asText()).isEqualTo("Kim Sangman");

    JsonNode top = e1.get("results").get(0);
    assertThat(top.get("id").asText()).isEqualTo("us-ofac-sdn:43336");
    assertThat(top.get("caption").asText()).isEqualTo("KIM, Sang Man");
    assertThat(top.get("schema").asText()).isEqualTo("Person");
    assertThat(top.get("score").isNumber()).isTrue();
    assertThat(top.get("match").asBoolean()).isTrue();
    assertThat(top.get("target").asBoolean()).isTrue();
    assertThat(top.get("datasets").get(0).asText()).isEqualTo("us_ofac_sdn");
    assertThat(top.get("referents").isArray()).isTrue();
    assertThat(top.get("features").get("name_score").isNumber()).isTrue();
    JsonNode nameExpl = top.get("explanations").get("name_score");
    assertThat(nameExpl.get("score").isNumber()).isTrue();
    assertThat(nameExpl.has("detail")).isTrue();
    JsonNode props = top.get("properties");
    assertThat(props.get("name").get(0).asText()).isEqualTo("KIM, Sang Man");
    assertThat(props.get("alias").get(0).asText()).isEqualTo("KIM Sang-man");
    assertThat(props.get("birthDate").get(0).asText()).isEqualTo("1958-03-05");
    assertThat(props.get("passportNumber").get(0).asText()).isEqualTo("836110034");
    assertThat(props.get("topics").get(0).asText()).isEqualTo("sanction");
    for (JsonNode values : (Iterable<JsonNode>) props::elements) {
      assertThat(values.isArray()).isTrue();
    }

    JsonNode e2 = responses.get("entity2");
    assertThat(e2.get("results")).isEmpty();
    assertThat(e2.get("total").get("value").asInt()).isZero();
  }

  @Test
  void matchFlagFollowsTheThresholdWhileCutoffKeepsWeakerResults() throws Exception {
    String body = "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Kim Sangmann\"]}}}}";
    JsonNode strict = TestServer.json(s.post("/match/default?threshold=0.99&cutoff=0.5", Role.SCREENING, body));
    JsonNode first = strict.get("responses").get("q").get("results").get(0);
    assertThat(first.get("score").asDouble()).isLessThan(0.99);
    assertThat(first.get("match").asBoolean()).isFalse();
  }

  @Test
  void perSourceDatasetFiltersAndUnknownDatasetIs404LikeYente() throws Exception {
    String body = "{\"queries\":{\"q\":{\"schema\":\"Vessel\",\"properties\":{\"name\":[\"Chon Ma San\"]}}}}";
    JsonNode un = TestServer.json(s.post("/match/un_sc_sanctions", Role.SCREENING, body));
    assertThat(un.get("responses").get("q").get("results")).hasSize(1);
    JsonNode ofac = TestServer.json(s.post("/match/us_ofac_sdn", Role.SCREENING, body));
    assertThat(ofac.get("responses").get("q").get("results")).isEmpty();
    HttpResponse<String> missing = s.post("/match/eu_fsf_nope", Role.SCREENING, body);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(missing).get("detail").asText()).contains("No such dataset");
  }

  @ParameterizedTest
  @ValueSource(strings = {"logic-v1", "name-based", "best", "regression-v1"})
  void yenteAlgorithmNamesAreAcceptedAndTheEngineUsedIsReported(String algorithm) throws Exception {
    HttpResponse<String> r = s.post("/match/default?algorithm=" + algorithm, Role.SCREENING, request);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode a = TestServer.json(r).get("algorithm");
    assertThat(a.get("requested").asText()).isEqualTo(algorithm);
    assertThat(a.get("name").asText()).startsWith("interdict");
    assertThat(r.headers().firstValue("x-algorithm")).isPresent();
  }

  @Test
  void badParametersAndBodiesAre400WithDetail() throws Exception {
    assertThat(s.post("/match/default?algorithm=magic", Role.SCREENING, request).statusCode()).isEqualTo(400);
    assertThat(s.post("/match/default?limit=100000", Role.SCREENING, request).statusCode()).isEqualTo(400);
    assertThat(s.post("/match/default?threshold=abc", Role.SCREENING, request).statusCode()).isEqualTo(400);
    assertThat(s.post("/match/default", Role.SCREENING, "{\"queries\":{}}").statusCode()).isEqualTo(400);
    assertThat(s.post("/match/default", Role.SCREENING,
        "{\"queries\":{\"q\":{\"properties\":{\"name\":[\"x\"]}}}}").statusCode()).isEqualTo(400);
    HttpResponse<String> noName = s.post("/match/default", Role.SCREENING,
        "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"1958\"]}}}}");
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(noName).get("detail").asText()).contains("Cannot parse example entity 'q'");
  }

  @Test
  void entityAndSearchEndpointsUseTheSameShape() throws Exception {
    HttpResponse<String> r = s.get("/entities/us-ofac-sdn:43336", Role.SCREENING);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode e = TestServer.json(r);
    assertThat(e.get("caption").asText()).isEqualTo("KIM, Sang Man");
    assertThat(e.get("properties").get("nationality").get(0).asText()).isEqualTo("Korea, North");
    assertThat(s.get("/entities/us-ofac-sdn:0", Role.SCREENING).statusCode()).isEqualTo(404);

    JsonNode search = TestServer.json(s.get("/search/default?q=komid", Role.SCREENING));
    assertThat(search.get("total").get("value").asInt()).isEqualTo(1);
    assertThat(search.get("results").get(0).get("id").asText()).isEqualTo("us-ofac-sdn:9999");
    assertThat(search.get("limit").isInt()).isTrue();
    assertThat(search.get("offset").isInt()).isTrue();
    assertThat(search.get("facets").isObject()).isTrue();
    JsonNode all = TestServer.json(s.get("/search/us_ofac_sdn?limit=1", Role.SCREENING));
    assertThat(all.get("total").get("value").asInt()).isEqualTo(2);
    assertThat(all.get("results")).hasSize(1);
  }
}
