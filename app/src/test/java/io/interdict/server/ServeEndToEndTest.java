package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.cli.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's first run, end to end: {@code interdict users add ops --role admin}, then
 * {@code interdict serve} as its own process on a fresh home (so on the bundled demo list), then a
 * yente client's {@code POST /match/default} for Kim Sangman, with and without the key.
 */
class ServeEndToEndTest {
  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path home;

  @Test
  void operatorCreatesAKeyServesAndAYenteClientMatches() throws Exception {
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"users", "add", "ops", "--role", "admin", "--home", home.toString()},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    String key = out.toString().strip();

    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", "0", "--home", home.toString())
        .redirectErrorStream(true)
        .start();
    try {
      int port = awaitPort(server);
      HttpClient http = HttpClient.newHttpClient();
      String body = "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Kim Sangman\"]}}}}";
      HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/match/default"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));

      HttpResponse<String> refused = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();

      HttpResponse<String> ok = http.send(req.header("Authorization", "Bearer " + key).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).isEqualTo(200);
      JsonNode first = Json.MAPPER.readTree(ok.body()).get("responses").get("q1").get("results").get(0);
      assertThat(first.get("caption").asText()).isEqualTo("KIM, Sang Man");
      assertThat(first.get("match").asBoolean()).isTrue();
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /** Reads the server's log until it says where it listens (the log keeps draining afterwards). */
  private static int awaitPort(Process server) throws Exception {
    BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
      try {
        for (String line; (line = log.readLine()) != null; ) {
          seen.append(line).append('\n');
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            Thread drain = new Thread(() -> log.lines().forEach(l -> {}), "server-log");
            drain.setDaemon(true);
            drain.start();
            return Integer.parseInt(m.group(1));
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      throw new IllegalStateException("server exited before listening:\n" + seen);
    });
    return port.get(60, TimeUnit.SECONDS);
  }
}
