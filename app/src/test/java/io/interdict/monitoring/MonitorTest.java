package io.interdict.monitoring;

import static io.interdict.monitoring.FixedLists.organization;
import static io.interdict.monitoring.FixedLists.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.audit.AuditLog;
import io.interdict.cases.Alert;
import io.interdict.cases.AlertService;
import io.interdict.cases.AlertStatus;
import io.interdict.cases.Decision;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MonitorTest {
  private static final String SDN = "us-ofac-sdn";
  @TempDir Path tmp;

  private static final ListedEntity KIM = person("43336", "KIM, Sang Man", "KIM Sang-man");
  private static final ListedEntity CHINYONG = organization("43337", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY");
  private static final ListedEntity OLD = person("100", "RODRIGUEZ OREJUELA, Miguel Angel");
  private static final ListedEntity OTHER = person("101", "ESCOBAR, Pablo");

  private static List<Customer> customers() {
    List<Customer> out = new ArrayList<>();
    out.add(new Customer("c-001", "Miguel Angel Rodriguez Orejuela", EntityType.PERSON, null, null, null));
    out.add(new Customer("c-002", "Kim Sang-man", EntityType.PERSON, "1967", "KP", null));
    out.add(new Customer("c-003", "Chinyong Information Technology Cooperation Co", EntityType.ORGANIZATION, null, null, null));
    out.add(new Customer("c-004", "Jane Smith", EntityType.PERSON, null, null, null));
    out.add(new Customer("c-005", "Acme Widgets Ltd", EntityType.ORGANIZATION, null, null, null));
    return out;
  }

  private static Monitor monitor(Database db, FixedLists lists) {
    return new Monitor(db.jdbi(), lists, JaroWinklerScanScreener::new, new AuditLog(db.jdbi()),
        Monitor.Options.defaults().withThreshold(0.9).withChunkSize(2));
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void newCustomersAreScreenedAgainstTheFullListsAndListChangesOnlyAgainstChangedEntries(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      FixedLists lists = new FixedLists();
      lists.publish(SDN, "2023-05-19", List.of(OLD, OTHER));
      new CustomerStore(db.jdbi(), new AuditLog(db.jdbi())).upsert(customers(), "ops", "test");
      Monitor.Result first = monitor(db, lists).run();
      assertThat(first.customersScreened()).isEqualTo(5);
      assertThat(first.customersRescreened()).isZero();
      assertThat(first.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId, Monitor.NewAlert::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("c-001", "us-ofac-sdn:100", "new customer"));

      lists.publish(SDN, "2023-05-23", List.of(OLD, OTHER, KIM, CHINYONG));
      Monitor.Result second = monitor(db, lists).run();
      assertThat(second.customersRescreened()).isEqualTo(5);
      assertThat(second.changedEntities()).isEqualTo(2);
      assertThat(second.customersScreened()).isZero();
      assertThat(second.listVersions()).containsExactly("us-ofac-sdn@2023-05-23");
      assertThat(second.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId, Monitor.NewAlert::reason)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("c-002", "us-ofac-sdn:43336", "new list entry"),
              org.assertj.core.groups.Tuple.tuple("c-003", "us-ofac-sdn:43337", "new list entry"));
      // The open alert on c-001 is not raised again.
      assertThat(second.alerts()).noneMatch(a -> a.customerId().equals("c-001"));

      Monitor.Result third = monitor(db, lists).run();
      assertThat(third.alerts()).isEmpty();
      assertThat(third.customersRescreened()).isZero();
      assertThat(third.customersScreened()).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void confirmedFalsePositiveStaysQuietUntilTheCustomerOrTheListEntryChanges(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      CustomerStore store = new CustomerStore(db.jdbi(), audit);
      AlertService alerts = new AlertService(db.jdbi(), audit);
      FixedLists lists = new FixedLists();
      lists.publish(SDN, "v1", List.of(OLD));
      store.upsert(customers(), "ops", "test");
      Monitor.Result r1 = monitor(db, lists).run();
      long alertId = r1.alerts().get(0).alertId();
      alerts.decide(alertId, Decision.FALSE_POSITIVE, "alice", "different date of birth");
      alerts.decide(alertId, Decision.FALSE_POSITIVE, "bob", null);
      assertThat(alerts.get(alertId).alert().status()).isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);

      // A new list version in which the entry is re-published unchanged: quiet.
      lists.publish(SDN, "v2", List.of(OLD, OTHER));
      Monitor.Result r2 = monitor(db, lists).run();
      assertThat(r2.alerts()).isEmpty();

      // The same customer re-imported unchanged: a no-op, still quiet.
      store.upsert(customers(), "ops", "test");
      assertThat(monitor(db, lists).run().alerts()).isEmpty();

      // The list entry changes (a new alias): alerts again, saying why.
      ListedEntity changed = OLD.toBuilder().name("RODRIGUEZ OREJUELA, Miguel", NameType.STRONG_AKA).build();
      lists.publish(SDN, "v3", List.of(changed, OTHER));
      Monitor.Result r3 = monitor(db, lists).run();
      assertThat(r3.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("c-001", "changed list entry"));
      long second = r3.alerts().get(0).alertId();
      alerts.decide(second, Decision.FALSE_POSITIVE, "bob", null);
      alerts.decide(second, Decision.FALSE_POSITIVE, "carol", null);

      // The customer record changes: alerts again with that reason.
      List<Customer> edited = new ArrayList<>(customers());
      edited.set(0, new Customer("c-001", "Miguel Angel Rodriguez Orejuela", EntityType.PERSON, "1943-08-23", "CO", null));
      store.upsert(edited, "ops", "test");
      Monitor.Result r4 = monitor(db, lists).run();
      assertThat(r4.customersScreened()).isEqualTo(1);
      assertThat(r4.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("c-001", "changed customer"));
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void removedEntryIsNotScreenedAndItsOpenAlertsAreAnnotated(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      FixedLists lists = new FixedLists();
      lists.publish(SDN, "2023-05-19", List.of(OLD, OTHER));
      new CustomerStore(db.jdbi(), audit).upsert(customers(), "ops", "test");
      long alertId = monitor(db, lists).run().alerts().get(0).alertId();

      lists.publish(SDN, "2023-05-23", List.of(OTHER));
      Monitor.Result r = monitor(db, lists).run();
      assertThat(r.alerts()).isEmpty();
      assertThat(r.annotated()).isEqualTo(1);
      assertThat(r.customersRescreened()).isZero();
      Alert a = new AlertService(db.jdbi(), audit).get(alertId).alert();
      assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
      assertThat(a.annotation()).isEqualTo("entity removed from list in version 2023-05-23");
      assertThat(new AlertService(db.jdbi(), audit).get(alertId).events())
          .extracting(e -> e.action()).containsExactly("raised", "annotated");
      assertThat(audit.verify().intact()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void customersAwaitTheFirstListAndAreScreenedWhenItArrives(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      FixedLists lists = new FixedLists();
      new CustomerStore(db.jdbi(), new AuditLog(db.jdbi())).upsert(customers(), "ops", "test");
      Monitor.Result none = monitor(db, lists).run();
      assertThat(none.customersScreened()).isZero();
      assertThat(monitor(db, lists).pending().unscreenedCustomers()).isEqualTo(5);

      lists.publish(SDN, "v1", List.of(OLD, KIM));
      Monitor.Result r = monitor(db, lists).run();
      assertThat(r.customersScreened()).isEqualTo(5);
      assertThat(r.alerts()).extracting(Monitor.NewAlert::reason).containsOnly("new customer").hasSize(2);
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aSecondConcurrentRunIsRefusedAtOnce(String kind) throws Exception {
    try (Database db = TestDatabases.open(kind, tmp)) {
      FixedLists lists = new FixedLists();
      lists.publish(SDN, "v1", List.of(OLD, KIM));
      new CustomerStore(db.jdbi(), new AuditLog(db.jdbi())).upsert(customers(), "ops", "test");
      java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      Thread first = new Thread(() -> monitor(db, lists).run((phase, done) -> {
        inside.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      first.start();
      assertThat(inside.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> monitor(db, lists).run())
          .isInstanceOf(io.interdict.InterdictException.Conflict.class)
          .hasMessageContaining("another monitoring run is in progress");
      release.countDown();
      first.join(60_000);
      // The lock is released with the run: the next one proceeds and finds nothing left to do.
      Monitor.Result after = monitor(db, lists).run();
      assertThat(after.customersScreened()).isZero();
      assertThat(after.alerts()).isEmpty();
    }
  }
}
