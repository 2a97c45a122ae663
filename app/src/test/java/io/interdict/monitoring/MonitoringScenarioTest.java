package io.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.audit.AuditLog;
import io.interdict.cases.AlertService;
import io.interdict.cases.AlertStatus;
import io.interdict.cases.Decision;
import io.interdict.lists.ListFormats;
import io.interdict.lists.store.ListStore;
import io.interdict.match.MatchEngine;
import io.interdict.model.EntityType;
import io.interdict.store.Database;
import io.interdict.testing.SharedData;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 23 May 2023 DPRK designations, end to end on the real lists: 10,000 customers (synthetic
 * non-sanctioned persons plus look-alikes) screened against SDN of 19 May, every alert confirmed a
 * false positive by two users, then SDN of 23 May imported: only the look-alikes of the five new
 * designations alert, the confirmed false positives stay quiet. Uses the real engine ({@link MatchEngine})
 * at its default threshold. Skipped when ../shared is absent.
 * {@code -Dinterdict.scenario.customers=N} changes the customer count.
 */
class MonitoringScenarioTest {
  @TempDir Path tmp;

  /** Look-alikes of the five designations of 23 May 2023, with the entry each should hit. */
  private static final Map<String, String> NEW_LOOKALIKES = Map.of(
      "Kim Sang-man", "us-ofac-sdn:43377",
      "Chinyong Information Technology Cooperation Co", "us-ofac-sdn:43379",
      "Pyongyang Automation University", "us-ofac-sdn:43336",
      "Technical Reconnaissance Bureau", "us-ofac-sdn:43337",
      "110th Research Centre", "us-ofac-sdn:43338");

  /** Look-alikes of entries already listed on 19 May: they alert first and are cleared as false positives. */
  private static final List<String> OLD_LOOKALIKES = List.of("Farmacia Vida Suprema SA de CV", "Abdelmalek Droukdal");

  @Test
  void onlyTheNewDesignationsLookAlikesAlertAndClearedFalsePositivesStayQuiet() throws IOException {
    Path before = SharedData.require("data/ofac/sdn-2023-05-19");
    Path after = SharedData.require("data/ofac/sdn-2023-05-23");
    Path negatives = SharedData.require("eval/yente/negatives_us.csv");
    int count = Integer.getInteger("interdict.scenario.customers", 10_000);

    List<Customer> customers = new ArrayList<>();
    Map<String, String> expected = new TreeMap<>();
    int n = 0;
    for (Map.Entry<String, String> e : new TreeMap<>(NEW_LOOKALIKES).entrySet()) {
      String id = String.format(Locale.ROOT, "L%02d", ++n);
      EntityType type = e.getKey().startsWith("Kim") ? EntityType.PERSON : EntityType.ORGANIZATION;
      customers.add(new Customer(id, e.getKey(), type, null, null, null));
      expected.put(id, e.getValue());
    }
    for (String name : OLD_LOOKALIKES) {
      customers.add(new Customer(String.format(Locale.ROOT, "O%02d", ++n), name,
          name.startsWith("Farmacia") ? EntityType.ORGANIZATION : EntityType.PERSON, null, null, null));
    }
    try (Reader r = Files.newBufferedReader(negatives, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        if (customers.size() >= count) {
          break;
        }
        customers.add(new Customer(String.format(Locale.ROOT, "N%05d", rec.getRecordNumber()), rec.get("full_name"),
            EntityType.PERSON, rec.get("date_of_birth"), rec.get("nationality"), null));
      }
    }

    try (Database db = Database.h2(tmp.resolve("scenario"))) {
      AuditLog audit = new AuditLog(db.jdbi());
      ListStore lists = new ListStore(db, audit);
      CustomerStore store = new CustomerStore(db.jdbi(), audit);
      AlertService alerts = new AlertService(db.jdbi(), audit);
      Monitor monitor = new Monitor(db.jdbi(), new StoreListChanges(lists), MatchEngine::build, audit,
          Monitor.Options.defaults());

      assertThat(store.upsert(customers, "ops", "scenario").added()).isEqualTo(customers.size());
      lists.importSnapshot(ListFormats.read(before, false), "ops");
      Monitor.Result first = monitor.run();
      System.out.printf(Locale.ROOT, "scenario: first run screened %d customers against %d entries: %d alerts in %.2f s%n",
          first.customersScreened(), first.listEntities(), first.alerts().size(), first.elapsed().toNanos() / 1e9);
      assertThat(first.customersScreened()).isEqualTo(customers.size());
      assertThat(first.alerts()).extracting(Monitor.NewAlert::customerId).contains("O06", "O07");

      for (Monitor.NewAlert a : first.alerts()) {
        alerts.decide(a.alertId(), Decision.FALSE_POSITIVE, "analyst-1", "scenario: not the listed party");
        alerts.decide(a.alertId(), Decision.FALSE_POSITIVE, "analyst-2", null);
      }
      assertThat(alerts.list(AlertStatus.CLOSED_FALSE_POSITIVE, AlertService.MAX_LIST)).hasSize(first.alerts().size());

      lists.importSnapshot(ListFormats.read(after, false), "ops");
      Monitor.Result second = monitor.run();
      System.out.printf(Locale.ROOT, "scenario: list update re-screened %d customers against %d new or changed entries: "
              + "%d alerts, %d suppressed by earlier decisions, in %.3f s%n",
          second.customersRescreened(), second.changedEntities(), second.alerts().size(), second.suppressed(),
          second.elapsed().toNanos() / 1e9);
      assertThat(second.customersRescreened()).isEqualTo(customers.size());
      assertThat(second.changedEntities()).isEqualTo(5);
      assertThat(second.customersScreened()).isZero();
      Map<String, String> raised = new TreeMap<>();
      for (Monitor.NewAlert a : second.alerts()) {
        assertThat(a.reason()).isEqualTo("new list entry");
        assertThat(raised.put(a.customerId(), a.entityId())).as("one alert per look-alike").isNull();
      }
      assertThat(raised).isEqualTo(expected);
      long firstVersion = lists.versions("us-ofac-sdn").get(0).id();
      assertThat(alerts.list(AlertStatus.CLOSED_FALSE_POSITIVE, AlertService.MAX_LIST))
          .allMatch(a -> a.listVersionId() == firstVersion);
      assertThat(audit.verify().intact()).isTrue();
    }
  }
}
