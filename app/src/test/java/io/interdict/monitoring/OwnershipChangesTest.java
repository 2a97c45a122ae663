package io.interdict.monitoring;

import static io.interdict.monitoring.FixedLists.organization;
import static io.interdict.monitoring.FixedLists.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.interdict.audit.AuditLog;
import io.interdict.cases.Alert;
import io.interdict.cases.AlertService;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipDerivations;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
import io.interdict.payments.PaymentPolicy;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Monitoring alerts on customers that become blocked by ownership, though no list names them. */
class OwnershipChangesTest {
  private static final String SDN = "us-ofac-sdn";
  private static final ListedEntity OTHER = person("101", "ESCOBAR, Pablo");
  private static final ListedEntity KIM = person("43336", "KIM, Sang Man");
  private static final ListedEntity CHINYONG = organization("43337", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY");

  /** Invented holdings: KIM Sang Man holds 60 % of one company, which holds half of another. */
  private static final String REGISTER = """
      owner_id,owner_name,owned_id,owned_name,percent,owner_list_id
      P1,KIM Sang Man,C1,Pyongsong Logistics Ltd,60,us-ofac-sdn:43336
      C1,Pyongsong Logistics Ltd,C2,North Star Shipping Co,50,
      """;

  @TempDir Path tmp;

  private record Setup(Database db, FixedLists lists, OwnershipStore registers, OwnershipDerivations derivations,
      AuditLog audit) {
    Monitor monitor() {
      ListChangeSource source = new OwnershipChanges(lists, registers, derivations, JaroWinklerScanScreener::new,
          PaymentPolicy.DEFAULT, OwnershipRule.OFAC, "monitor");
      return new Monitor(db.jdbi(), source, JaroWinklerScanScreener::new, audit,
          Monitor.Options.defaults().withThreshold(0.9).withChunkSize(2));
    }

    /** As {@link Monitor#overStore} screens: by name, and by register party id. */
    Monitor monitorByPartyId() {
      ListChangeSource source = new OwnershipChanges(lists, registers, derivations, JaroWinklerScanScreener::new,
          PaymentPolicy.DEFAULT, OwnershipRule.OFAC, "monitor");
      return new Monitor(db.jdbi(), source, e -> RegisterPartyIds.over(new JaroWinklerScanScreener(e), e), audit,
          Monitor.Options.defaults().withThreshold(0.9).withChunkSize(2));
    }

    long derivationsStored() {
      return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ownership_derivation").mapTo(Long.class).one());
    }
  }

  private Setup setup(Database db) {
    AuditLog audit = new AuditLog(db.jdbi());
    new CustomerStore(db.jdbi(), audit).upsert(List.of(
        new Customer("c-001", "North Star Shipping Company", EntityType.ORGANIZATION, null, null, null),
        new Customer("c-002", "Jane Smith", EntityType.PERSON, null, null, null),
        new Customer("c-003", "Acme Widgets Ltd", EntityType.ORGANIZATION, null, null, null)), "ops", "test");
    return new Setup(db, new FixedLists(), new OwnershipStore(db.jdbi(), audit, Clock.systemUTC()),
        new OwnershipDerivations(db.jdbi(), audit, Clock.systemUTC()), audit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aCustomerOwnedByANewlyListedPersonAlertsWhenTheOwnerIsListed(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      Setup s = setup(db);
      s.registers().importCsv(REGISTER, "register.csv", "ops");
      s.lists().publish(SDN, "2023-05-19", List.of(OTHER));
      Monitor.Result first = s.monitor().run();
      assertThat(first.alerts()).as("the owner is not listed yet: nothing is blocked").isEmpty();
      assertThat(first.listVersions()).containsExactly("us-ofac-sdn@2023-05-19", OwnershipAnalysis.SOURCE + "@"
          + s.derivations().latest().orElseThrow().label());

      s.lists().publish(SDN, "2023-05-23", List.of(OTHER, KIM, CHINYONG));
      Monitor.Result second = s.monitor().run();
      assertThat(second.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId,
              Monitor.NewAlert::reason)
          .containsExactly(tuple("c-001", "interdict-ownership:C2", "newly blocked by ownership"));
      Alert a = new AlertService(db.jdbi(), s.audit()).get(second.alerts().get(0).alertId()).alert();
      assertThat(a.listSource()).isEqualTo(OwnershipAnalysis.SOURCE);
      ListedEntity held = s.derivations().entity(a.listVersionId(), a.entityKey()).orElseThrow();
      assertThat(held.remarks()).as("the alert leads to the holdings that decided")
          .contains("50 % by Pyongsong Logistics Ltd (blocked by ownership)");
      assertThat(held.programs()).containsExactly("DPRK3");

      assertThat(s.monitor().run().alerts()).isEmpty();
      assertThat(s.derivationsStored()).isEqualTo(2);
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aListChangeThatBlocksNothingNewStoresNoDerivationAndADivestmentAnnotatesTheAlert(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      Setup s = setup(db);
      s.lists().publish(SDN, "2023-05-23", List.of(OTHER, KIM));
      s.monitor().run();
      s.registers().importCsv(REGISTER, "register.csv", "ops");
      Monitor.Result registered = s.monitor().run();
      assertThat(registered.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::reason)
          .as("a register that blocks a customer's company alerts as a list entry would")
          .containsExactly(tuple("c-001", "newly blocked by ownership"));
      long alertId = registered.alerts().get(0).alertId();

      s.lists().publish(SDN, "2023-06-01", List.of(OTHER, KIM, CHINYONG));
      Monitor.Result unrelated = s.monitor().run();
      assertThat(unrelated.alerts()).isEmpty();
      assertThat(unrelated.listVersions()).containsExactly("us-ofac-sdn@2023-06-01");
      assertThat(s.derivationsStored()).as("the same entities blocked: the last derivation is confirmed").isEqualTo(1);

      s.registers().importCsv(REGISTER.replace(",60,", ",40,"), "register-2.csv", "ops");
      Monitor.Result divested = s.monitor().run();
      assertThat(divested.alerts()).isEmpty();
      assertThat(divested.annotated()).isEqualTo(1);
      assertThat(new AlertService(db.jdbi(), s.audit()).get(alertId).alert().annotation())
          .startsWith("entity removed from list in version derivation ");
      assertThat(s.derivations().entities(s.derivations().latest().orElseThrow().id())).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aNewCustomerIsScreenedAgainstTheEntitiesBlockedByOwnership(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      Setup s = setup(db);
      s.registers().importCsv(REGISTER, "register.csv", "ops");
      s.lists().publish(SDN, "2023-05-23", List.of(OTHER, KIM));
      Monitor.Result first = s.monitor().run();
      assertThat(first.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId,
              Monitor.NewAlert::reason)
          .containsExactly(tuple("c-001", "interdict-ownership:C2", "new customer"));

      new CustomerStore(db.jdbi(), s.audit()).upsert(List.of(
          new Customer("c-004", "Pyongsong Logistics Limited", EntityType.ORGANIZATION, null, null, null)), "ops", "test");
      assertThat(s.monitor().run().alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId)
          .containsExactly(tuple("c-004", "interdict-ownership:C1"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aCustomerWhoseIdIsABlockedRegisterPartyAlertsWhateverItsName(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      Setup s = setup(db);
      // The register names its parties by customer id; the customer file knows C2 by its Russian name.
      new CustomerStore(db.jdbi(), s.audit()).upsert(List.of(
          new Customer("C2", "ООО Северная Звезда", EntityType.ORGANIZATION, null, null, null),
          new Customer("c2", "Unrelated Bakery", EntityType.ORGANIZATION, null, null, null)), "ops", "test");
      s.lists().publish(SDN, "2023-05-19", List.of(OTHER));
      s.registers().importCsv(REGISTER, "register.csv", "ops");
      assertThat(s.monitorByPartyId().run().alerts()).isEmpty();

      s.lists().publish(SDN, "2023-05-23", List.of(OTHER, KIM));
      Monitor.Result listed = s.monitorByPartyId().run();
      assertThat(listed.alerts()).extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId,
              Monitor.NewAlert::score, Monitor.NewAlert::reason)
          .as("C2 by its id, c-001 by its name; c2 is another id")
          .containsExactlyInAnyOrder(
              tuple("C2", "interdict-ownership:C2", 1.0, "newly blocked by ownership"),
              tuple("c-001", "interdict-ownership:C2", listed.alerts().stream()
                  .filter(a -> a.customerId().equals("c-001")).findFirst().orElseThrow().score(),
                  "newly blocked by ownership"));
      Alert byId = new AlertService(db.jdbi(), s.audit()).get(listed.alerts().stream()
          .filter(a -> a.customerId().equals("C2")).findFirst().orElseThrow().alertId()).alert();
      assertThat(byId.explanation()).contains(RegisterPartyIds.EVIDENCE).contains("same party");
      assertThat(byId.matchedName()).isEqualTo("North Star Shipping Co");

      new CustomerStore(db.jdbi(), s.audit()).upsert(List.of(
          new Customer("C1", "PSL", EntityType.ORGANIZATION, null, null, null)), "ops", "test");
      assertThat(s.monitorByPartyId().run().alerts())
          .extracting(Monitor.NewAlert::customerId, Monitor.NewAlert::entityId, Monitor.NewAlert::reason)
          .as("a new customer is checked by id against the entities already blocked")
          .containsExactly(tuple("C1", "interdict-ownership:C1", "new customer"));
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }
}
