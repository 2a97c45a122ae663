package io.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.audit.AuditLog;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a monitoring run with kill -9 (a real child JVM, {@code destroyForcibly()}) after N committed
 * chunks, resumes it, and compares the alerts with an uninterrupted run: none lost, none duplicated.
 */
class MonitorCrashTest {
  @TempDir Path tmp;

  /** Kill points: during the list-change re-screening (10 chunks) and during the new-customer screening (4 chunks). */
  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String kind : TestDatabases.all()) {
      out.add(Arguments.of(kind, 3));
      out.add(Arguments.of(kind, 12));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}, killed after {1} chunks")
  @MethodSource("cases")
  void runKilledMidwayResumesWithoutLosingOrDuplicatingAlerts(String kind, int killAfterChunks) throws Exception {
    List<String> expected;
    try (Database reference = open(kind, "reference")) {
      CrashFixture.prepare(reference);
      CrashFixture.monitor(reference, CrashFixture.lists(true), Function.identity()).run();
      expected = alertKeys(reference);
    }
    assertThat(expected).hasSizeGreaterThan(40);

    String location;
    try (Database db = open(kind, "crashed")) {
      CrashFixture.prepare(db);
      location = kind.equals("h2") ? tmp.resolve("crashed").toString() : db.url();
    }
    int committed = runChildAndKill(kind, location, killAfterChunks);
    assertThat(committed).isEqualTo(killAfterChunks);

    try (Database db = open(kind, "crashed", location)) {
      List<String> partial = alertKeys(db);
      assertThat(partial.size()).isLessThan(expected.size());
      assertThat(expected).containsAll(partial);
      AuditLog audit = new AuditLog(db.jdbi());
      assertThat(audit.verify().intact()).isTrue();

      Monitor.Result resumed = CrashFixture.monitor(db, CrashFixture.lists(true), Function.identity()).run();
      assertThat(resumed.alerts()).hasSize(expected.size() - partial.size());
      assertThat(alertKeys(db)).containsExactlyElementsOf(expected);
      assertThat(audit.verify().intact()).isTrue();
      long raisedRecords = db.jdbi().withHandle(h -> h.createQuery(
          "SELECT COUNT(*) FROM audit_log WHERE action = 'alert.raised'").mapTo(Long.class).one());
      long firstRunAlerts = db.jdbi().withHandle(h -> h.createQuery(
          "SELECT COUNT(*) FROM alert WHERE list_version_label = 'v1'").mapTo(Long.class).one());
      assertThat(raisedRecords).isEqualTo(expected.size());
      assertThat(firstRunAlerts).isLessThan(expected.size());

      Monitor.Result again = CrashFixture.monitor(db, CrashFixture.lists(true), Function.identity()).run();
      assertThat(again.alerts()).isEmpty();
      assertThat(again.customersRescreened() + again.customersScreened()).isZero();
    }
  }

  private int runChildAndKill(String kind, String location, int killAfter) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dinterdict.test.queryDelayMs=3",
        "-cp", System.getProperty("java.class.path"), MonitorCrashChild.class.getName(),
        kind.equals("h2") ? "h2" : "jdbc", location);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    int committed = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed++;
          if (committed == killAfter) {
            p.destroyForcibly();
            break;
          }
        }
        assertThat(line).isNotEqualTo("finished");
      }
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    return committed;
  }

  private Database open(String kind, String name) {
    return kind.equals("h2") ? Database.h2(tmp.resolve(name)) : TestDatabases.open(kind, tmp);
  }

  private Database open(String kind, String name, String location) {
    return kind.equals("h2") ? Database.h2(tmp.resolve(name))
        : Database.jdbc(location, System.getenv().getOrDefault("INTERDICT_TEST_PG_USER", "interdict"),
            System.getenv().getOrDefault("INTERDICT_TEST_PG_PASSWORD", "interdict"));
  }

  /** Alerts by natural key, sorted: customer, customer version number, entity, list version, reason. */
  private static List<String> alertKeys(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "SELECT a.customer_id, v.version, a.entity_key, a.list_version_label, a.reason, a.status FROM alert a "
                + "JOIN customer_version v ON v.id = a.customer_version_id "
                + "ORDER BY a.customer_id, v.version, a.entity_key, a.list_version_label")
        .map((rs, ctx) -> rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
            + rs.getString(5) + "|" + rs.getString(6))
        .list());
  }
}
