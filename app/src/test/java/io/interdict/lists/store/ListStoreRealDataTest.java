package io.interdict.lists.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.audit.AuditLog;
import io.interdict.lists.ListFormats;
import io.interdict.lists.diff.DiffSummary;
import io.interdict.model.ListSnapshot;
import io.interdict.store.Database;
import io.interdict.testing.SharedData;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Published OFAC lists through the store (skipped without ../shared). */
class ListStoreRealDataTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void consecutiveSdnDaysStoreOnlyTheFiveNewEntitiesAndRoundTripExactly(String kind) {
    ListSnapshot may19 = ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-19"), false);
    ListSnapshot may23 = ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-23"), false);
    try (Database db = TestDatabases.open(kind, tmp)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      store.importSnapshot(may19, "ofac-csv", "test", ListStore.Progress.NONE);

      ImportResult r = store.importSnapshot(may23, "ofac-csv", "test", ListStore.Progress.NONE);

      assertThat(r.diff()).isEqualTo(new DiffSummary(5, 0, 0, may19.entities().size()));
      assertThat(store.entities(r.version().id())).containsExactlyElementsOf(may23.entities());
      long bodies = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM list_entity_body")
          .mapTo(Long.class).one());
      assertThat(bodies).isEqualTo(may23.entities().size());
      assertThat(store.history("us-ofac-sdn:43377")).singleElement()
          .extracting(EntityVersion::change).isEqualTo(EntityVersion.Change.LISTED);
    }
  }
}
