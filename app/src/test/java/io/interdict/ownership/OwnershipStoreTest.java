package io.interdict.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.audit.AuditLog;
import io.interdict.lists.ListFormatException;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OwnershipStoreTest {
  private static final String GOOD = """
      owner_id,owner_name,owned_id,owned_name,percent,owner_list_id
      P1,KIM Sang Man,C1,Pyongsong Logistics Ltd,60,us-ofac-sdn:43377
      """;

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void theNewestValidRegisterIsInForceAndABadOneChangesNothing(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      OwnershipStore store = new OwnershipStore(db.jdbi(), audit, Clock.systemUTC());
      assertThat(store.current()).isEmpty();
      assertThat(store.currentRegister()).isEmpty();

      OwnershipStore.Version v1 = store.importCsv(GOOD, "reg.csv", "alice");
      assertThat(v1.parties()).isEqualTo(2);
      assertThat(v1.holdings()).isEqualTo(1);
      String second = GOOD + "C1,Pyongsong Logistics Ltd,C2,North Star Shipping Co,50,\n";
      OwnershipStore.Version v2 = store.importCsv(second, "reg2.csv", "bob");
      assertThat(v2.id()).isGreaterThan(v1.id());

      assertThatThrownBy(() -> store.importCsv(GOOD + "P1,KIM Sang Man,C1,Pyongsong Logistics Ltd,5,\n", "bad.csv", "eve"))
          .isInstanceOf(ListFormatException.class).hasMessageStartingWith("bad.csv:3: ");
      assertThat(store.current().orElseThrow().id()).as("a contradictory register never replaces a good one")
          .isEqualTo(v2.id());
      assertThat(store.currentRegister().orElseThrow().stakes()).hasSize(2);
      assertThat(audit.recent(10).stream().filter(r -> r.action().equals("ownership.imported")).count()).isEqualTo(2);
      assertThat(audit.verify().intact()).isTrue();
    }
  }
}
