package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.auth.Role;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {
  @TempDir Path dir;

  @Test
  void everyApiRouteIsDocumentedWithItsRoleAndNothingElseIs() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      JsonNode doc = TestServer.json(s.get("/openapi.json", null));
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      JsonNode paths = doc.get("paths");
      int documented = 0;
      for (Routes.Spec r : s.server.routes()) {
        if (!r.api()) {
          continue;
        }
        JsonNode op = paths.path(r.path()).path(r.method().name().toLowerCase(Locale.ROOT));
        assertThat(op.isObject()).as(r.method() + " " + r.path() + " is in /openapi.json").isTrue();
        assertThat(op.get("x-interdict-role").asText()).as("role of " + r.path()).isEqualTo(r.role().label());
        assertThat(op.get("security").isEmpty()).as("security of " + r.path()).isEqualTo(r.role() == Role.OPEN);
        documented++;
      }
      int operations = 0;
      for (JsonNode path : (Iterable<JsonNode>) paths::elements) {
        operations += path.size();
      }
      assertThat(operations).as("operations documented but not served").isEqualTo(documented);
      assertThat(s.get("/docs", null).body()).contains("/openapi.json");
    }
  }
}
