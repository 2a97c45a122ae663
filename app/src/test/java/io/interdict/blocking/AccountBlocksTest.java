package io.interdict.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.cases.AlertService;
import io.interdict.cases.Decision;
import io.interdict.lists.store.ListStore;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.monitoring.Customer;
import io.interdict.monitoring.CustomerStore;
import io.interdict.monitoring.Monitor;
import io.interdict.monitoring.StoreListChanges;
import io.interdict.payments.PaymentPolicy;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A customer two users confirmed as a designated person: their accounts are blocked, nothing else is. */
class AccountBlocksTest {
  static final BigDecimal RATE = new BigDecimal("0.04");
  static final ListedEntity KIM = ListedEntity.builder("us-ofac-sdn", "43336", EntityType.PERSON)
      .name("KIM, Sang Man", NameType.PRIMARY).program("DPRK3").build();

  @TempDir Path tmp;

  /** A customer, the list, a monitoring run, and the alert it raised; confirmed as a true match when asked. */
  record Setup(Database db, AuditLog audit, AlertService alerts, BlockingLedger ledger, long alert) {}

  Setup setup(String kind, boolean confirm) {
    Database db = TestDatabases.open(kind, tmp);
    AuditLog audit = new AuditLog(db.jdbi());
    new CustomerStore(db.jdbi(), audit).upsert(List.of(new Customer("c-9", "Kim Sang Man", EntityType.PERSON, null, "KP",
        null)), "ops", "test");
    ListStore store = new ListStore(db, audit);
    store.importSnapshot(new ListSnapshot("us-ofac-sdn", LocalDate.of(2023, 5, 23), "sdn-test", "test", Instant.now(),
        List.of(KIM), List.of()), "test");
    long alert = new Monitor(db.jdbi(), new StoreListChanges(store), JaroWinklerScanScreener::new, audit,
        Monitor.Options.defaults().withThreshold(0.9)).run().alerts().get(0).alertId();
    AlertService alerts = new AlertService(db.jdbi(), audit);
    if (confirm) {
      alerts.decide(alert, Decision.TRUE_MATCH, "alice", "DOB and passport agree");
      alerts.decide(alert, Decision.TRUE_MATCH, "bob", null);
    }
    return new Setup(db, audit, alerts, new BlockingLedger(db.jdbi(), audit, Clock.systemDefaultZone()), alert);
  }

  AccountBlocks blocks(Setup s, Map<String, ListedEntity> listed) {
    return new AccountBlocks(s.ledger(), s.alerts(), key -> Optional.ofNullable(listed.get(key)), PaymentPolicy.DEFAULT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void anAccountOfAConfirmedDesignatedCustomerIsBlockedOnceWithItsReportDue(String kind) {
    Setup s = setup(kind, true);
    try (Database db = s.db()) {
      AccountBlocks blocks = blocks(s, Map.of(KIM.key(), KIM));
      BlockedItem item = blocks.block(s.alert(), " DE89370400440532013000 ", new BigDecimal("12500.50"), "eur", RATE, "carol");
      assertThat(item.messageId()).isEqualTo("account:DE89370400440532013000");
      assertThat(item.messageFormat()).isEqualTo("account");
      assertThat(item.entityKey()).isEqualTo(KIM.key());
      assertThat(item.program()).isEqualTo("DPRK3");
      assertThat(item.field()).isEqualTo("customer c-9");
      assertThat(item.amount()).isEqualByComparingTo("12500.50");
      assertThat(item.currency()).isEqualTo("EUR");
      assertThat(item.blockedAccount()).isEqualTo("BLOCKED/us-ofac-sdn:43336/EUR");
      assertThat(item.reportDue()).isEqualTo(UsFederalHolidays.addBusinessDays(item.blockedOn(), 10));
      assertThat(blocks.block(s.alert(), "DE89370400440532013000", BigDecimal.ONE, "EUR", RATE, "carol").id())
          .as("an account is blocked once").isEqualTo(item.id());
      assertThat(s.ledger().list()).hasSize(1);
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void nothingIsBlockedWithoutAConfirmedMatchOnABlockingDesignationInForce(String kind) {
    Setup open = setup(kind, false);
    try (Database db = open.db()) {
      assertThatThrownBy(() -> blocks(open, Map.of(KIM.key(), KIM)).block(open.alert(), "A-1", BigDecimal.TEN, "USD", RATE,
          "carol")).isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("only a match two users confirmed");

      open.alerts().decide(open.alert(), Decision.TRUE_MATCH, "alice", null);
      open.alerts().decide(open.alert(), Decision.TRUE_MATCH, "bob", null);
      assertThatThrownBy(() -> blocks(open, Map.of()).block(open.alert(), "A-1", BigDecimal.TEN, "USD", RATE, "carol"))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("is not in force today");
      ListedEntity sectoral = ListedEntity.builder("us-ofac-sdn", "43336", EntityType.PERSON)
          .name("KIM, Sang Man", NameType.PRIMARY).program("CMIC").build();
      assertThatThrownBy(() -> blocks(open, Map.of(KIM.key(), sectoral)).block(open.alert(), "A-1", BigDecimal.TEN, "USD",
          RATE, "carol")).isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining("without blocking effect (CMIC)");
      Map<String, ListedEntity> listed = new HashMap<>(Map.of(KIM.key(), KIM));
      AccountBlocks blocks = blocks(open, listed);
      assertThatThrownBy(() -> blocks.block(open.alert(), "A-1", new BigDecimal("-1"), "USD", RATE, "carol"))
          .hasMessageContaining("0 or more");
      assertThatThrownBy(() -> blocks.block(open.alert(), "A-1", BigDecimal.TEN, "dollars", RATE, "carol"))
          .hasMessageContaining("ISO 4217");
      assertThatThrownBy(() -> blocks.block(open.alert(), " ", BigDecimal.TEN, "USD", RATE, "carol"))
          .hasMessageContaining("account number");
      assertThat(open.ledger().list()).isEmpty();
    }
  }
}
