package io.interdict.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.model.EntityType;
import io.interdict.monitoring.Customer;
import io.interdict.monitoring.CustomerStore;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Alerts by status, customer, list, score and text, paged either way, against a scan of them all. */
class AlertFilterTest {
  private static final String[] CUSTOMERS = {"c1", "c2", "C_3", "cx3"};
  private static final String[] NAMES = {"KIM, Sang Man", "PAK Yong Sik", "Chinyong IT Company", "50%_Trading"};
  private static final String[] SOURCES = {"us-ofac-sdn", "un-sc", "interdict-ownership"};

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void everyFilterReturnsWhatAScanOfAllAlertsSelects(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      AlertService alerts = new AlertService(db.jdbi(), audit);
      CustomerStore store = new CustomerStore(db.jdbi(), audit);
      List<Customer> customers = new ArrayList<>();
      for (String id : CUSTOMERS) {
        customers.add(new Customer(id, "Customer " + id, EntityType.PERSON, null, null, null));
      }
      store.upsert(customers, "ops", "test");
      Random rnd = new Random(20261130);
      for (int i = 0; i < 150; i++) {
        String customer = CUSTOMERS[rnd.nextInt(CUSTOMERS.length)];
        CustomerStore.CustomerVersion v = store.current(customer).orElseThrow();
        AlertCandidate c = new AlertCandidate(customer, v.versionId(), v.contentHash(), "e:" + i,
            NAMES[rnd.nextInt(NAMES.length)], "e".repeat(64), SOURCES[rnd.nextInt(SOURCES.length)], 1, "v1",
            Math.round(rnd.nextDouble() * 100) / 100.0, "x", "{}", AlertReason.NEW_LIST_ENTRY);
        long id = db.jdbi().inTransaction(h -> alerts.raise(h, c, "monitor")).alert().id();
        if (rnd.nextInt(3) == 0) {
          alerts.review(id, "alice");
        }
      }
      List<Alert> all = alerts.find(new AlertService.Filter(null, null, null, 0, null, null, null, false, 10_000));
      assertThat(all).hasSize(150);
      String[] texts = {"kim", "SANG", "c_3", "%_", "cx", "nothing"};
      for (int round = 0; round < 80; round++) {
        AlertStatus status = rnd.nextInt(3) == 0 ? (rnd.nextBoolean() ? AlertStatus.OPEN : AlertStatus.UNDER_REVIEW) : null;
        String customer = rnd.nextInt(4) == 0 ? CUSTOMERS[rnd.nextInt(CUSTOMERS.length)] : null;
        String source = rnd.nextInt(3) == 0 ? SOURCES[rnd.nextInt(SOURCES.length)] : null;
        double minScore = rnd.nextInt(3) == 0 ? rnd.nextInt(10) / 10.0 : 0;
        String text = rnd.nextInt(3) == 0 ? texts[rnd.nextInt(texts.length)] : null;
        boolean newestFirst = rnd.nextBoolean();
        Long cursor = rnd.nextBoolean() ? (long) all.get(rnd.nextInt(all.size())).id() : null;
        AlertService.Filter f = new AlertService.Filter(status, customer, source, minScore, text,
            newestFirst ? null : cursor, newestFirst ? cursor : null, newestFirst, 1 + rnd.nextInt(40));
        assertThat(alerts.find(f)).extracting(Alert::id).as("%s", f).isEqualTo(scan(all, f));
      }

      Map<AlertStatus, Long> counts = alerts.countByStatus();
      for (AlertStatus s : AlertStatus.values()) {
        assertThat(counts.get(s)).as(s.name()).isEqualTo(all.stream().filter(a -> a.status() == s).count());
      }
      assertThat(alerts.sources()).containsExactly("interdict-ownership", "un-sc", "us-ofac-sdn");
      assertThat(alerts.activeSince(Instant.now().plusSeconds(3600))).isEmpty();
      assertThat(alerts.activeSince(Instant.EPOCH)).hasSize(150);
    }
  }

  /** The oracle: every alert tested one by one. */
  private static List<Long> scan(List<Alert> all, AlertService.Filter f) {
    List<Long> out = new ArrayList<>();
    for (int k = 0; k < all.size() && out.size() < f.limit(); k++) {
      Alert a = all.get(f.newestFirst() ? all.size() - 1 - k : k);
      String t = f.text() == null ? null : f.text().toLowerCase(Locale.ROOT);
      if ((f.status() == null || a.status() == f.status()) && (f.customerId() == null || a.customerId().equals(f.customerId()))
          && (f.source() == null || a.listSource().equals(f.source())) && a.score() >= f.minScore()
          && (t == null || a.customerId().toLowerCase(Locale.ROOT).contains(t) || a.entityName().toLowerCase(Locale.ROOT).contains(t))
          && (f.after() == null || a.id() > f.after()) && (f.before() == null || a.id() < f.before())) {
        out.add(a.id());
      }
    }
    return out;
  }

  @Test
  void aBadLimitOrScoreIsRefusedWithTheValue() {
    assertThatThrownBy(() -> AlertService.Filter.of(null, null, 0)).isInstanceOf(InterdictException.InvalidInput.class)
        .hasMessage("limit 0 is outside 1..10000");
    assertThatThrownBy(() -> new AlertService.Filter(null, null, null, 1.5, null, null, null, false, 10))
        .isInstanceOf(InterdictException.InvalidInput.class).hasMessage("minimum score 1.5 is outside 0..1");
  }
}
