package io.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.audit.AuditLog;
import io.interdict.lists.store.ListStore;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreListChangesTest {
  @TempDir Path tmp;

  private static ListSnapshot snapshot(String day, List<ListedEntity> entities) {
    return new ListSnapshot("us-ofac-sdn", LocalDate.parse(day), "checksum-" + day, "test:" + day, Instant.now(),
        entities, List.of());
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void diffBetweenStoredVersionsNamesAddedChangedAndRemovedEntries(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      StoreListChanges changes = new StoreListChanges(store);
      assertThat(changes.sources()).isEmpty();
      ListedEntity a = FixedLists.person("1", "ALPHA, Anna");
      ListedEntity b = FixedLists.person("2", "BRAVO, Boris");
      ListedEntity c = FixedLists.organization("3", "CHARLIE TRADING LLC");
      store.importSnapshot(snapshot("2023-05-19", List.of(a, b, c)), "ops");
      ListVersionRef v1 = changes.current("us-ofac-sdn").orElseThrow();
      assertThat(v1.label()).isEqualTo("v" + v1.id() + " (2023-05-19)");
      assertThat(changes.sources()).containsExactly("us-ofac-sdn");
      assertThat(changes.diff(null, v1).added()).extracting(ListedEntity::key)
          .containsExactlyInAnyOrder("us-ofac-sdn:1", "us-ofac-sdn:2", "us-ofac-sdn:3");

      ListedEntity b2 = b.toBuilder().name("BRAVO, Borya", NameType.WEAK_AKA).build();
      ListedEntity d = FixedLists.person("4", "DELTA, Dmitri");
      store.importSnapshot(snapshot("2023-05-23", List.of(a, b2, d)), "ops");
      ListVersionRef v2 = changes.current("us-ofac-sdn").orElseThrow();
      ListDelta delta = changes.diff(v1, v2);
      assertThat(delta.added()).containsExactly(d);
      assertThat(delta.changed()).containsExactly(b2);
      assertThat(delta.removed()).containsExactly("us-ofac-sdn:3");
      assertThat(delta).isEqualTo(ListDelta.between(changes.entities(v1), changes.entities(v2)));

      // Once v2 is no longer current, the delta v1 -> v2 is still the same (read from v2 itself).
      List<ListedEntity> v3 = new ArrayList<>(List.of(a, b2, d, FixedLists.person("5", "ECHO, Emil")));
      store.importSnapshot(snapshot("2023-05-24", v3), "ops");
      assertThat(changes.diff(v1, v2)).isEqualTo(delta);
    }
  }
}
