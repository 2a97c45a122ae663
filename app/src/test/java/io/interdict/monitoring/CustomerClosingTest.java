package io.interdict.monitoring;

import static io.interdict.monitoring.FixedLists.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.cases.AlertService;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Customers leave and come back: closed ones are not monitored, reopened ones are screened in full. */
class CustomerClosingTest {
  private static final String SDN = "us-ofac-sdn";
  private static final ListedEntity OTHER = person("101", "ESCOBAR, Pablo");
  private static final ListedEntity KIM = person("43336", "KIM, Sang Man");
  private static final Customer SANG_MAN = new Customer("c1", "Kim Sang Man", EntityType.PERSON, null, null, null);
  private static final Customer JANE = new Customer("c2", "Jane Smith", EntityType.PERSON, null, null, null);

  @TempDir Path tmp;

  private static Monitor monitor(Database db, FixedLists lists) {
    return new Monitor(db.jdbi(), lists, JaroWinklerScanScreener::new, new AuditLog(db.jdbi()),
        Monitor.Options.defaults().withThreshold(0.9));
  }

  /** Kim Sang Man and Jane Smith as customers, and lists to publish to. */
  private record Setup(AuditLog audit, CustomerStore store, FixedLists lists) {
    static Setup of(Database db) {
      AuditLog audit = new AuditLog(db.jdbi());
      CustomerStore store = new CustomerStore(db.jdbi(), audit);
      store.upsert(List.of(SANG_MAN, JANE), "ops", "test");
      return new Setup(audit, store, new FixedLists());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aClosedCustomerIsNotScreenedAgainstListChangesAndIsScreenedInFullWhenItComesBack(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      Setup s = Setup.of(db);
      AuditLog audit = s.audit();
      CustomerStore store = s.store();
      FixedLists lists = s.lists();
      lists.publish(SDN, "2023-05-19", List.of(OTHER));
      assertThat(monitor(db, lists).run().alerts()).isEmpty();

      CustomerStore.CustomerDetail closed = store.close("c1", "alice", "account closed on request");
      assertThat(closed.closed()).isTrue();
      assertThat(closed.closedBy()).isEqualTo("alice");
      assertThatThrownBy(() -> store.close("c1", "bob", null)).isInstanceOf(InterdictException.Conflict.class)
          .hasMessageContaining("customer 'c1' was closed at").hasMessageEndingWith("by alice");
      assertThatThrownBy(() -> store.close("c9", "bob", null)).isInstanceOf(InterdictException.NotFound.class)
          .hasMessage("no customer with id 'c9'");
      assertThatThrownBy(() -> store.close("c2", " ", null)).isInstanceOf(InterdictException.InvalidInput.class);

      lists.publish(SDN, "2023-05-23", List.of(OTHER, KIM));
      Monitor.Result whileClosed = monitor(db, lists).run();
      assertThat(whileClosed.alerts()).as("KIM Sang Man is listed, but c1 has left").isEmpty();
      assertThat(whileClosed.customersRescreened()).isEqualTo(1);

      CustomerStore.ImportResult back = store.upsert(List.of(SANG_MAN), "ops", "test");
      assertThat(back).isEqualTo(new CustomerStore.ImportResult(0, 0, 0, 1, 0));
      CustomerStore.CustomerDetail reopened = store.detail("c1");
      assertThat(reopened.closed()).isFalse();
      assertThat(reopened.versions()).extracting(CustomerStore.CustomerVersion::version, CustomerStore.CustomerVersion::reopened)
          .containsExactly(tuple(1, false), tuple(2, true));

      assertThat(monitor(db, lists).run().alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId,
              Monitor.NewAlert::reason)
          .as("the designation it missed while closed is found once it is back")
          .containsExactly(tuple("c1", "us-ofac-sdn:43336", "reopened customer"));
      assertThat(audit.find(new AuditLog.Filter("customer:c1", null, null, null, 10)))
          .extracting(AuditLog.AuditRecord::action).containsExactly("customer.closed");
      assertThat(audit.verify().intact()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void closingACustomerNotesItOnItsOpenAlertsWhichStillNeedADecision(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      Setup s = Setup.of(db);
      AuditLog audit = s.audit();
      CustomerStore store = s.store();
      FixedLists lists = s.lists();
      lists.publish(SDN, "2023-05-23", List.of(OTHER, KIM));
      long alertId = monitor(db, lists).run().alerts().get(0).alertId();

      store.close("c1", "alice", "account closed");
      AlertService alerts = new AlertService(db.jdbi(), audit);
      assertThat(alerts.get(alertId).alert().annotation()).startsWith("customer closed at ").endsWith(" by alice: account closed");
      assertThat(alerts.get(alertId).alert().status().name()).isEqualTo("OPEN");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aCompleteImportClosesTheCustomersItDoesNotNameButRefusesToCloseTooMany(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      CustomerStore store = new CustomerStore(db.jdbi(), audit);
      List<Customer> all = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        all.add(new Customer(String.format("k%02d", i), "Customer " + i, EntityType.ORGANIZATION, null, null, null));
      }
      store.upsert(all, "ops", "day-1.csv");

      // One of 20 is 5 %: allowed at 5 %.
      assertThat(store.importComplete(all.subList(1, 20), "ops", "day-2.csv", 5))
          .isEqualTo(new CustomerStore.ImportResult(0, 0, 19, 0, 1));
      assertThat(store.detail("k00").closedNote()).isEqualTo("not in day-2.csv");

      // A file cut after ten rows would close ten of the 19 open customers (and reopen k00).
      assertThatThrownBy(() -> store.importComplete(all.subList(0, 10), "ops", "day-3.csv", 5))
          .isInstanceOf(InterdictException.Conflict.class)
          .hasMessage("day-3.csv would close 10 of the 19 open customers (52.6 %), more than the 5 % allowed: "
              + "is it the whole customer base? Nothing was imported");
      assertThat(store.detail("k00").closed()).as("nothing of the refused file was applied").isTrue();
      assertThat(store.detail("k15").closed()).isFalse();

      assertThat(store.importComplete(all.subList(0, 10), "ops", "day-3.csv", 60))
          .isEqualTo(new CustomerStore.ImportResult(0, 0, 9, 1, 10));
      assertThatThrownBy(() -> store.importComplete(all, "ops", "x", 101)).isInstanceOf(InterdictException.InvalidInput.class);
      assertThat(audit.verify().intact()).isTrue();
    }
  }
}
