package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiSecurityTest {
  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() {
    s = new TestServer(dir, TestServer.entities(), "scrape-secret");
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  @Test
  void missingKeyIsRefusedWith401AndBearerChallenge() throws Exception {
    HttpResponse<String> r = s.post("/v1/screen", null, "{\"name\":\"Kim Sangman\"}");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    JsonNode body = TestServer.json(r);
    assertThat(body.get("status").asInt()).isEqualTo(401);
    assertThat(body.get("error").asText()).contains("missing API key");
  }

  @ParameterizedTest
  @CsvSource({"Bearer idk_not-a-real-key", "Basic dXNlcjpwdw==", "Bearer", "idk_abc"})
  void invalidCredentialsAreRefusedWith401(String header) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(s.base() + "/v1/lists")).header("Authorization", header).GET().build();
    HttpResponse<String> r = s.http.send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/users, SCREENING, 403",
    "GET, /v1/users, SUPERVISOR, 403",
    "GET, /v1/users, ADMIN, 200",
    "GET, /metrics, ANALYST, 403",
    "GET, /metrics, ADMIN, 200",
    "GET, /v1/lists, SCREENING, 200",
    "GET, /healthz, , 200",
    "GET, /readyz, , 200",
    "GET, /openapi.json, , 200",
  })
  void rolesIncludeTheRolesBelowThem(String method, String path, Role as, int status) throws Exception {
    assertThat(s.get(path, as).statusCode()).isEqualTo(status);
  }

  @Test
  void scrapeTokenReadsMetricsButNothingElse() throws Exception {
    HttpRequest metrics = HttpRequest.newBuilder(URI.create(s.base() + "/metrics"))
        .header("Authorization", "Bearer scrape-secret").GET().build();
    HttpResponse<String> r = s.http.send(metrics, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    HttpRequest lists = HttpRequest.newBuilder(URI.create(s.base() + "/v1/lists"))
        .header("Authorization", "Bearer scrape-secret").GET().build();
    assertThat(s.http.send(lists, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  @Test
  void metricsCountRequestsPerRouteAndScreeningsAndListAge() throws Exception {
    s.post("/v1/screen", Role.SCREENING, "{\"name\":\"Kim Sangman\"}");
    String m = s.get("/metrics", Role.ADMIN).body();
    assertThat(m).contains("interdict_http_requests_seconds_count{method=\"POST\",route=\"/v1/screen\",status=\"200\"}");
    assertThat(m).contains("interdict_screenings_total");
    assertThat(m).contains("interdict_list_age_seconds{source=\"us-ofac-sdn\"}");
    assertThat(m).contains("interdict_alerts{status=\"open\"}");
    assertThat(m).contains("interdict_payment_holds{status=\"proposed-block\"}");
    assertThat(m).contains("interdict_payment_holds_oldest_seconds{queue=\"payments\"}");
  }

  @Test
  void revokedKeyIsRefusedAtOnce() throws Exception {
    String key = s.services.users().add("temp", Role.SCREENING, "test").apiKey();
    HttpRequest req = HttpRequest.newBuilder(URI.create(s.base() + "/v1/lists")).header("Authorization", "Bearer " + key).GET().build();
    assertThat(s.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    HttpResponse<String> del = s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v1/users/temp"))
        .header("Authorization", "Bearer " + s.keys.get(Role.ADMIN)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(del.statusCode()).isEqualTo(200);
    assertThat(s.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    assertThat(s.services.audit().recent(5)).anySatisfy(a -> {
      assertThat(a.action()).isEqualTo("user.revoke");
      assertThat(a.actor()).isEqualTo("admin-user");
    });
  }

  @Test
  void usersCreatedOverTheApiGetAKeyOnceAndAreAudited() throws Exception {
    HttpResponse<String> r = s.post("/v1/users", Role.ADMIN, "{\"name\":\"client-7\",\"role\":\"screening\"}");
    assertThat(r.statusCode()).isEqualTo(201);
    String key = TestServer.json(r).get("api_key").asText();
    assertThat(key).startsWith("idk_");
    assertThat(s.post("/v1/users", Role.ADMIN, "{\"name\":\"client-7\",\"role\":\"screening\"}").statusCode()).isEqualTo(409);
    assertThat(s.post("/v1/users", Role.ADMIN, "{\"name\":\"x\",\"role\":\"god\"}").statusCode()).isEqualTo(400);
    assertThat(s.get("/v1/users", Role.ADMIN).body()).contains("client-7").doesNotContain(key);
  }

  @Test
  void responsesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> r = s.get("/healthz", null);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
  }
}
