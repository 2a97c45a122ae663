package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.server.auth.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsApiTest {
  @TempDir Path dir;

  @Test
  void statusVersionsDiffAndHistoryFollowImports() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      JsonNode status = TestServer.json(s.get("/v1/lists", Role.SCREENING));
      assertThat(status.get("demo_list").asBoolean()).isFalse();
      assertThat(status.get("lists").findValuesAsText("source")).contains("us-ofac-sdn", "un-sc", "us-ofac-cons");

      List<ListedEntity> next = new ArrayList<>();
      for (ListedEntity e : TestServer.entities()) {
        if (e.source().equals("us-ofac-sdn") && !e.sourceId().equals("9999")) {
          next.add(e.toBuilder().name("KIM Sangman", NameType.WEAK_AKA).build());
        }
      }
      next.add(ListedEntity.builder("us-ofac-sdn", "50001", EntityType.ORGANIZATION).name("NEW FRONT LLC", NameType.PRIMARY).build());
      TestServer.importLists(s.services, next);

      JsonNode versions = TestServer.json(s.get("/v1/lists/us-ofac-sdn/versions", Role.SCREENING));
      assertThat(versions).hasSize(2);
      JsonNode diff = TestServer.json(s.get("/v1/lists/us-ofac-sdn/diff", Role.ANALYST)).get("diff");
      assertThat(diff.get("added").findValuesAsText("entity_id")).containsExactly("50001");
      assertThat(diff.get("removed").findValuesAsText("entity_id")).containsExactly("9999");
      assertThat(diff.get("changed").findValuesAsText("entity_id")).containsExactly("43336");
      assertThat(s.get("/v1/lists/us-ofac-sdn/diff", Role.SCREENING).statusCode()).isEqualTo(403);
      assertThat(s.get("/v1/lists/nowhere/diff", Role.ANALYST).statusCode()).isEqualTo(404);
      assertThat(s.get("/v1/lists/us-ofac-sdn/diff?from=v99", Role.ANALYST).statusCode()).isEqualTo(404);

      JsonNode history = TestServer.json(s.get("/v1/entities/us-ofac-sdn:9999/history", Role.SCREENING));
      assertThat(history.findValuesAsText("change")).containsExactly("listed", "removed");
      JsonNode kim = TestServer.json(s.get("/v1/entities/us-ofac-sdn:43336/history", Role.SCREENING));
      assertThat(kim.get(1).get("change").asText()).isEqualTo("changed");
      assertThat(kim.get(1).get("properties").get("weakAlias").get(0).asText()).isEqualTo("KIM Sangman");

      assertThat(s.get("/entities/us-ofac-sdn:50001", Role.SCREENING).statusCode()).as("new version is live").isEqualTo(200);
      assertThat(s.get("/entities/us-ofac-sdn:9999", Role.SCREENING).statusCode()).as("delisted").isEqualTo(404);
    }
  }

  @Test
  void freshStoreServesTheDemoListAndSaysSo() throws Exception {
    try (TestServer s = new TestServer(dir, List.of(), null)) {
      JsonNode status = TestServer.json(s.get("/v1/lists", Role.SCREENING));
      assertThat(status.get("demo_list").asBoolean()).isTrue();
      assertThat(TestServer.json(s.get("/readyz", null)).get("demo_list").asBoolean()).isTrue();
    }
  }
}
