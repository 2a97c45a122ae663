package io.interdict.monitoring;

import io.interdict.audit.AuditLog;
import io.interdict.lists.ListFormats;
import io.interdict.lists.store.ListStore;
import io.interdict.match.Screeners;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import io.interdict.store.Database;
import io.interdict.testing.SharedData;
import io.interdict.testing.TestDatabases;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-screening figure: 100,000 customers, already screened, after the SDN update of 23 May 2023
 * (five new entries); and a complete customer import that closes 5 % of them. Prints the times;
 * asserts nothing about them. Not part of {@code mvn verify} (the
 * name does not end in Test); run with
 * {@code mvn -pl app test -Dtest=MonitoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class MonitoringBenchmark {
  @TempDir Path tmp;

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void rescreen100kCustomersAfterAFewListChanges(String kind) throws IOException {
    Path before = SharedData.require("data/ofac/sdn-2023-05-19");
    Path after = SharedData.require("data/ofac/sdn-2023-05-23");
    int count = Integer.getInteger("interdict.bench.customers", 100_000);
    List<Customer> customers = customers(count);
    ListSnapshot v1 = ListFormats.read(before, false);
    ListSnapshot v2 = ListFormats.read(after, false);
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      ListStore lists = new ListStore(db, audit);
      Monitor monitor = new Monitor(db.jdbi(), new StoreListChanges(lists), Screeners::forEntities, audit,
          Monitor.Options.defaults());
      lists.importSnapshot(v1, "bench");
      monitor.run();
      long t0 = System.nanoTime();
      new CustomerStore(db.jdbi(), audit).upsert(customers, "bench", "generated");
      double importSeconds = (System.nanoTime() - t0) / 1e9;
      // The customers stand for a base already screened in full against v1 (that is not what is measured).
      db.jdbi().useHandle(h -> h.execute("UPDATE customer_version SET screened_at = CURRENT_TIMESTAMP"));
      lists.importSnapshot(v2, "bench");
      long cpu0 = cpuNanos();
      Monitor.Result r = monitor.run();
      double cpu = (cpuNanos() - cpu0) / 1e9;
      System.out.printf(Locale.ROOT, "bench[%s]: import of %d customers %.1f s; re-screening of %d customers against %d "
              + "new or changed entries (%s): %.2f s wall, %.2f s CPU (%.0f customers/s), %d alerts; load average %.1f "
              + "on %d cores%n",
          kind, count, importSeconds, r.customersRescreened(), r.changedEntities(), String.join(", ", r.listVersions()),
          r.elapsed().toNanos() / 1e9, cpu, r.customersRescreened() / (r.elapsed().toNanos() / 1e9), r.alerts().size(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * A complete import (the whole customer base, as a core banking system exports it daily) that
   * leaves out 5 % of the customers: they are closed, each with its audit record.
   */
  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void completeImportClosingFivePercentOf100kCustomers(String kind) throws IOException {
    int count = Integer.getInteger("interdict.bench.customers", 100_000);
    List<Customer> customers = customers(count);
    try (Database db = TestDatabases.open(kind, tmp)) {
      CustomerStore store = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi()));
      store.upsert(customers, "bench", "day-1");
      long t0 = System.nanoTime();
      CustomerStore.ImportResult r = store.importComplete(customers.subList(count / 20, count), "bench", "day-2", 5);
      System.out.printf(Locale.ROOT, "bench[%s]: complete import of %d customers, %d unchanged, %d closed: %.1f s%n",
          kind, r.total(), r.unchanged(), r.closed(), (System.nanoTime() - t0) / 1e9);
    }
  }

  /** CPU time of this JVM (screening threads, JDBC driver and, for H2, the database engine itself). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Synthetic non-sanctioned persons from ../shared/eval/yente (50,000 US + 50,000 global). */
  private static List<Customer> customers(int count) throws IOException {
    List<Customer> out = new ArrayList<>(count);
    for (String file : List.of("eval/yente/negatives_us.csv", "eval/yente/negatives_global.csv")) {
      try (Reader r = Files.newBufferedReader(SharedData.require(file), StandardCharsets.UTF_8)) {
        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
          if (out.size() >= count) {
            return out;
          }
          out.add(new Customer(String.format(Locale.ROOT, "C%06d", out.size()), rec.get("full_name"), EntityType.PERSON,
              rec.get("date_of_birth"), rec.get("nationality"), null));
        }
      }
    }
    return out;
  }
}
