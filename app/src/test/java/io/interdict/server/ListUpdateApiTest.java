package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.interdict.lists.update.ListUpdater;
import io.interdict.lists.update.UpdateSettings;
import io.interdict.server.auth.Role;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Triggering list updates over the API, against a loopback mirror serving the bundled demo files. */
class ListUpdateApiTest {
  @TempDir Path dir;
  HttpServer mirror;
  final AtomicBoolean broken = new AtomicBoolean();

  @BeforeEach
  void startMirror() throws Exception {
    mirror = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    mirror.createContext("/", ex -> {
      String file = ex.getRequestURI().getPath().substring(1).toLowerCase(Locale.ROOT);
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/" + file)) {
        if (in == null || broken.get()) {
          ex.sendResponseHeaders(404, -1);
        } else {
          byte[] body = in.readAllBytes();
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        }
      }
      ex.close();
    });
    mirror.start();
  }

  @AfterEach
  void stopMirror() {
    mirror.stop(0);
  }

  @Test
  void adminTriggersAnUpdateAndAFailedOneLeavesTheLiveVersion() throws Exception {
    String base = "http://127.0.0.1:" + mirror.getAddress().getPort() + "/";
    try (TestServer s = new TestServer(dir, List.of(), null, sv -> sv.withUpdater(
        new ListUpdater(sv.listStore(), dir.resolve("lists"), UpdateSettings.defaults().withBaseUrl(base))))) {
      assertThat(s.post("/v1/lists/us-ofac-sdn/update", Role.SUPERVISOR, "").statusCode()).isEqualTo(403);

      JsonNode ok = TestServer.json(s.post("/v1/lists/us-ofac-sdn/update", Role.ADMIN, ""));
      assertThat(ok.get("failed").asBoolean()).isFalse();
      assertThat(ok.get("results").get(0).get("outcome").asText()).isEqualTo("UPDATED");
      JsonNode status = TestServer.json(s.get("/v1/lists", Role.SCREENING));
      assertThat(status.get("demo_list").asBoolean()).isFalse();
      assertThat(status.get("lists").get(0).get("version").asText()).isEqualTo("v1");

      broken.set(true);
      JsonNode failed = TestServer.json(s.post("/v1/lists/us-ofac-sdn/update", Role.ADMIN, ""));
      assertThat(failed.get("failed").asBoolean()).isTrue();
      assertThat(failed.get("results").get(0).get("error").asText()).isNotBlank();
      JsonNode after = TestServer.json(s.get("/v1/lists", Role.SCREENING)).get("lists").get(0);
      assertThat(after.get("version").asText()).as("previous version stays live").isEqualTo("v1");
      assertThat(after.get("last_error").asText()).isNotBlank();

      assertThat(s.post("/v1/lists/nowhere/update", Role.ADMIN, "").statusCode()).isEqualTo(404);
    }
  }
}
