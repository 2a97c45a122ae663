package io.interdict.lists.store;

import static io.interdict.lists.TestLists.dprk;
import static io.interdict.lists.TestLists.person;
import static io.interdict.lists.TestLists.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.lists.diff.DiffSummary;
import io.interdict.match.Query;
import io.interdict.model.ListedEntity;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ListStoreTest {
  private static final String SDN = "us-ofac-sdn";
  private static final LocalDate MAY19 = LocalDate.of(2023, 5, 19);
  private static final LocalDate MAY23 = LocalDate.of(2023, 5, 23);

  @TempDir Path tmp;

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void importedVersionBecomesCurrentAndRoundTripsEveryEntity(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      assertThat(store.current(SDN)).isEmpty();
      List<ListedEntity> entities = dprk(SDN);
      ImportResult r = store.importSnapshot(snapshot(SDN, "aaa", MAY19, entities), "ofac-csv", "tester",
          ListStore.Progress.NONE);

      assertThat(r.alreadyCurrent()).isFalse();
      assertThat(r.previous()).isNull();
      assertThat(r.diff()).isEqualTo(new DiffSummary(5, 0, 0, 0));
      ListVersion v = r.version();
      assertThat(v.source()).isEqualTo(SDN);
      assertThat(v.published()).isEqualTo(MAY19);
      assertThat(v.checksum()).isEqualTo("aaa");
      assertThat(v.format()).isEqualTo("ofac-csv");
      assertThat(v.entityCount()).isEqualTo(5);
      assertThat(store.current(SDN)).contains(v);
      assertThat(store.versions(SDN)).containsExactly(v);
      assertThat(store.entities(v.id())).containsExactlyElementsOf(entities);
      assertThat(store.currentEntities()).containsExactlyElementsOf(entities);
      assertThat(store.entity(SDN + ":43379")).contains(entities.get(2));
      assertThat(store.entity(SDN + ":99999")).isEmpty();
      assertThat(new AuditLog(db.jdbi()).recent(1).get(0).action()).isEqualTo("lists.import");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void sameChecksumAgainIsANoOp(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      ListStore store = new ListStore(db, audit);
      ListVersion v = store.importSnapshot(snapshot(SDN, "aaa", MAY19, dprk(SDN)), "t");
      long auditBefore = audit.verify().records();

      ImportResult again = store.importSnapshot(snapshot(SDN, "aaa", MAY19, dprk(SDN)), "x", "t", ListStore.Progress.NONE);

      assertThat(again.alreadyCurrent()).isTrue();
      assertThat(again.version()).isEqualTo(v);
      assertThat(store.versions(SDN)).hasSize(1);
      assertThat(audit.verify().records()).isEqualTo(auditBefore);
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void olderVersionsStayQueryableAndHistoryTracksChanges(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      List<ListedEntity> v1 = dprk(SDN);
      List<ListedEntity> v2 = new ArrayList<>(v1);
      v2.set(0, person(SDN, "43377", "KIM, Sang Man", "KIM, Sangman", "KIM, Sang-man")); // alias added
      v2.remove(3); // 7 delisted
      v2.add(person(SDN, "43338", "JONG, Kyong Chol"));
      List<ListedEntity> v3 = new ArrayList<>(v2);
      v3.add(person(SDN, "7", "LAZARUS GROUP")); // re-listed

      ListVersion first = store.importSnapshot(snapshot(SDN, "c1", MAY19, v1), "t");
      ImportResult second = store.importSnapshot(snapshot(SDN, "c2", MAY23, v2), "x", "t", ListStore.Progress.NONE);
      ListVersion third = store.importSnapshot(snapshot(SDN, "c3", MAY23, v3), "t");

      assertThat(second.diff()).isEqualTo(new DiffSummary(1, 1, 1, 3));
      assertThat(second.previous()).isEqualTo(first);
      assertThat(store.current(SDN)).contains(third);
      assertThat(store.versions(SDN)).extracting(ListVersion::id)
          .containsExactly(first.id(), second.version().id(), third.id());
      assertThat(store.entities(first.id())).containsExactlyElementsOf(v1);
      assertThat(store.version(SDN, MAY19)).contains(first);
      assertThat(store.version(SDN, MAY23)).contains(third);
      assertThat(store.contentHashes(first.id())).hasSize(5);

      assertThat(store.history(SDN + ":43377")).extracting(EntityVersion::change).containsExactly(
          EntityVersion.Change.LISTED, EntityVersion.Change.CHANGED, EntityVersion.Change.UNCHANGED);
      assertThat(store.history(SDN + ":7")).extracting(EntityVersion::change).containsExactly(
          EntityVersion.Change.LISTED, EntityVersion.Change.REMOVED, EntityVersion.Change.LISTED);
      assertThat(store.history(SDN + ":43338")).extracting(e -> e.version().id())
          .containsExactly(second.version().id(), third.id());
      assertThat(store.history(SDN + ":43338").get(0).entity().primaryName()).isEqualTo("JONG, Kyong Chol");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void failureMidImportLeavesThePreviousVersionCurrent(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      ListStore store = new ListStore(db, audit);
      ListVersion v1 = store.importSnapshot(snapshot(SDN, "c1", MAY19, dprk(SDN)), "t");
      List<ListedEntity> big = new ArrayList<>();
      for (int i = 0; i < 1200; i++) {
        big.add(person(SDN, "9" + i, "PERSON NUMBER " + i));
      }
      // The second half of the work runs inside the transaction.
      ListStore.Progress failing = (done, total) -> {
        if (done > total / 2 && done < total) {
          throw new IllegalStateException("disk full (simulated) after " + done + " of " + total);
        }
      };

      assertThatThrownBy(() -> store.importSnapshot(snapshot(SDN, "c2", MAY23, big), "x", "t", failing))
          .hasMessageContaining("disk full");

      assertThat(store.current(SDN)).contains(v1);
      assertThat(store.versions(SDN)).containsExactly(v1);
      assertThat(store.currentEntities()).hasSize(5);
      assertThat(audit.verify().intact()).isTrue();
      for (String table : new String[] {"list_version_entity", "list_entity_body"}) {
        Long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
        assertThat(rows).as(table).isEqualTo(5);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void screeningUsesOnlyEnabledSourcesAndFallsBackToTheDemoList(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      CurrentLists lists = new CurrentLists(store);
      assertThat(lists.usingDemo()).isTrue();

      store.importSnapshot(snapshot(SDN, "c1", MAY19, dprk(SDN)), "t");
      store.importSnapshot(snapshot("un-sc", "u1", MAY19, List.of(person("un-sc", "KPi.066", "KIM SONG IL"))), "t");

      assertThat(lists.usingDemo()).isFalse();
      assertThat(lists.versions()).extracting(ListVersion::source).containsExactly("un-sc", SDN);
      assertThat(hits(lists, "Kim Song Il")).contains("un-sc:KPi.066");
      assertThat(hits(lists, "Kim Sang Man")).contains(SDN + ":43377");

      store.setEnabled("un-sc", false);
      assertThat(store.currentVersions()).extracting(ListVersion::source).containsExactly(SDN);
      assertThat(hits(lists, "Kim Song Il")).doesNotContain("un-sc:KPi.066");
      assertThat(store.entity("un-sc:KPi.066")).isPresent();
      assertThat(lists.refresh()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void snapshotWithDuplicateOrForeignEntitiesIsRejected(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      List<ListedEntity> twice = List.of(person(SDN, "1", "A B"), person(SDN, "1", "A C"));
      assertThatThrownBy(() -> store.importSnapshot(snapshot(SDN, "d", MAY19, twice), "t"))
          .isInstanceOf(InterdictException.InvalidInput.class)
          .hasMessageContaining("entity id 1 is listed twice");
      List<ListedEntity> foreign = List.of(person("un-sc", "1", "A B"));
      assertThatThrownBy(() -> store.importSnapshot(snapshot(SDN, "d", MAY19, foreign), "t"))
          .isInstanceOf(InterdictException.InvalidInput.class)
          .hasMessageContaining("un-sc:1");
      assertThat(store.versions(SDN)).isEmpty();
    }
  }

  private static List<String> hits(CurrentLists lists, String name) {
    return lists.screener().screen(Query.name(name), 0.9, 10).stream().map(m -> m.entity().key()).toList();
  }
}
