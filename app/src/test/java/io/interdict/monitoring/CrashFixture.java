package io.interdict.monitoring;

import io.interdict.audit.AuditLog;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A deterministic monitoring workload shared by the crash test and the child JVM it kills: list
 * version v1, 600 customers screened against it, then list version v2 (two new entries, one changed,
 * one removed) and 200 new or changed customers, all pending.
 */
final class CrashFixture {
  static final int CHUNK = 50;
  private static final String[] FIRST = {"Maria", "John", "Wei", "Fatima", "Carlos", "Anna", "Olu", "Priya", "Sven", "Yuki"};
  private static final String[] LAST = {"Garcia", "Okafor", "Lindqvist", "Tanaka", "Novak", "Haddad", "Silva", "Brown",
      "Kowalski", "Nguyen", "Moreau", "Rossi"};

  private CrashFixture() {}

  static FixedLists lists(boolean withV2) {
    ListedEntity old = FixedLists.person("100", "RODRIGUEZ OREJUELA, Miguel Angel");
    ListedEntity leaving = FixedLists.person("101", "ESCOBAR GAVIRIA, Pablo Emilio");
    ListedEntity org = FixedLists.organization("102", "KOREA SONGI GENERAL TRADING CORPORATION");
    FixedLists lists = new FixedLists();
    lists.publish("us-ofac-sdn", "v1", List.of(old, leaving, org));
    if (withV2) {
      lists.publish("us-ofac-sdn", "v2", List.of(
          old, org.toBuilder().name("KOREA SONGI TRADING CORP", io.interdict.model.NameType.STRONG_AKA).build(),
          FixedLists.person("43336", "KIM, Sang Man"),
          FixedLists.organization("43337", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY")));
    }
    return lists;
  }

  private static Customer customer(int i, boolean changed) {
    String id = String.format("cust-%05d", i);
    String name;
    if (i % 10 == 3) {
      name = "Kim Sang Man";
    } else if (i % 25 == 7) {
      name = "Chinyong Information Technology Cooperation Co";
    } else if (i % 40 == 11) {
      name = "Korea Songi Trading Corp";
    } else if (i % 45 == 12) {
      name = "Miguel Angel Rodriguez Orejuela";
    } else {
      name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + (changed ? "-Lee" : "") + " " + i;
    }
    EntityType type = name.contains("Co") && !name.startsWith("Carlos") ? EntityType.ORGANIZATION : EntityType.PERSON;
    return new Customer(id, name, type, changed ? "1970" : null, null, null);
  }

  /** Customers 0..599 imported and screened against v1; then 500..699 imported (100 changed, 100 new). */
  static void prepare(Database db) {
    AuditLog audit = new AuditLog(db.jdbi());
    CustomerStore store = new CustomerStore(db.jdbi(), audit);
    List<Customer> first = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      first.add(customer(i, false));
    }
    store.upsert(first, "ops", "fixture");
    monitor(db, lists(false), Function.identity()).run();
    List<Customer> second = new ArrayList<>();
    for (int i = 500; i < 700; i++) {
      second.add(customer(i, true));
    }
    store.upsert(second, "ops", "fixture");
  }

  static Monitor monitor(Database db, FixedLists lists, Function<Screener, Screener> wrap) {
    return new Monitor(db.jdbi(), lists, entities -> wrap.apply(new JaroWinklerScanScreener(entities)),
        new AuditLog(db.jdbi()), Monitor.Options.defaults().withThreshold(0.9).withChunkSize(CHUNK));
  }

  /** Wraps a screener to take {@code millis} per query, so that a kill lands in the middle of a chunk. */
  static Screener slow(Screener s, long millis) {
    return new Screener() {
      @Override
      public List<Match> screen(Query q, double threshold, int limit) {
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return s.screen(q, threshold, limit);
      }

      @Override
      public double defaultThreshold() {
        return s.defaultThreshold();
      }
    };
  }
}
