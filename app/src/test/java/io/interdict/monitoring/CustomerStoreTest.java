package io.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.audit.AuditLog;
import io.interdict.lists.ListFormatException;
import io.interdict.model.EntityType;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerStoreTest {
  @TempDir Path tmp;

  private Path csv(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void importUpsertsByIdKeepsHistoryAndCountsNewChangedUnchanged(String kind) throws IOException {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      CustomerStore store = new CustomerStore(db.jdbi(), audit);
      Path first = csv("a.csv", "id,name,schema,birth_date,country,identifier\n"
          + "c1,Jane Smith,Person,1980,US,\nc2,Acme Ltd,Organization,,GB,\nc3,John Doe,Person,,,\n");
      assertThat(store.importCsv(first, "ops")).isEqualTo(new CustomerStore.ImportResult(3, 0, 0, 0, 0));

      Path second = csv("b.csv", "id,name,schema,birth_date,country,identifier\n"
          + "c1,Jane Smith,Person,1980,US,\nc2,Acme Limited,Organization,,GB,\nc4,New Person,Person,,,\n");
      assertThat(store.importCsv(second, "ops")).isEqualTo(new CustomerStore.ImportResult(1, 1, 1, 0, 0));
      assertThat(store.count()).isEqualTo(4);

      assertThat(store.history("c2")).extracting(v -> v.version(), v -> v.customer().name())
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Acme Ltd"), org.assertj.core.groups.Tuple.tuple(2, "Acme Limited"));
      assertThat(store.current("c2").orElseThrow().version()).isEqualTo(2);
      assertThat(store.history("c1")).hasSize(1);
      assertThat(store.current("c1").orElseThrow().customer())
          .isEqualTo(new Customer("c1", "Jane Smith", EntityType.PERSON, "1980", "US", null));

      // Same file again: every row unchanged, nothing written.
      assertThat(store.importCsv(second, "ops")).isEqualTo(new CustomerStore.ImportResult(0, 0, 3, 0, 0));
      assertThat(store.history("c2")).hasSize(2);

      assertThat(audit.recent(10)).extracting(r -> r.action()).containsOnly("customers.import").hasSize(3);
      assertThat(audit.recent(1).get(0).details()).contains("\"unchanged\":3");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aBadRowRejectsTheWholeFileAndStoresNothing(String kind) throws IOException {
    try (Database db = TestDatabases.open(kind, tmp)) {
      CustomerStore store = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi()));
      Path bad = csv("bad.csv", "id,name,schema\nc1,Jane Smith,Person\nc2,Acme,Spaceship\n");
      assertThatThrownBy(() -> store.importCsv(bad, "ops"))
          .isInstanceOf(ListFormatException.class)
          .hasMessageContaining("bad.csv:3:")
          .hasMessageContaining("Spaceship");
      assertThat(store.count()).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void largeImportIsBatched(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      CustomerStore store = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi()));
      java.util.List<Customer> many = new java.util.ArrayList<>();
      for (int i = 0; i < 2500; i++) {
        many.add(new Customer("c" + i, "Customer Number " + i, EntityType.PERSON, null, null, null));
      }
      assertThat(store.upsert(many, "ops", "generated").added()).isEqualTo(2500);
      many.set(1234, new Customer("c1234", "Renamed Customer", EntityType.PERSON, null, null, null));
      assertThat(store.upsert(many, "ops", "generated")).isEqualTo(new CustomerStore.ImportResult(0, 1, 2499, 0, 0));
      assertThat(store.current("c1234").orElseThrow().customer().name()).isEqualTo("Renamed Customer");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void smallAndLargeImportsFindTheStoredVersionsAlike(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      CustomerStore store = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi()));
      java.util.List<Customer> all = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        all.add(new Customer("k" + i, "Customer " + i, EntityType.ORGANIZATION, null, null, null));
      }
      store.upsert(all, "ops", "first");
      store.close("k3", "ops", null);
      // Five of 40 stored: looked up by id, slice by slice.
      java.util.List<Customer> few = java.util.List.of(all.get(0), all.get(1), all.get(3),
          new Customer("k4", "Customer 4 Ltd", EntityType.ORGANIZATION, null, null, null),
          new Customer("k5", "Customer 5 Ltd", EntityType.ORGANIZATION, null, null, null));
      assertThat(store.upsert(few, "ops", "few")).isEqualTo(new CustomerStore.ImportResult(0, 2, 2, 1, 0));
      store.close("k3", "ops", null);
      // All of them and one more: every stored version read in one pass.
      java.util.List<Customer> many = new java.util.ArrayList<>(all);
      many.set(6, new Customer("k6", "Customer 6 Ltd", EntityType.ORGANIZATION, null, null, null));
      many.add(new Customer("k40", "Customer 40", EntityType.ORGANIZATION, null, null, null));
      assertThat(store.upsert(many, "ops", "many")).isEqualTo(new CustomerStore.ImportResult(1, 3, 36, 1, 0));
      assertThat(store.current("k4").orElseThrow().version()).as("k4 went back to its first name").isEqualTo(3);
    }
  }
}
