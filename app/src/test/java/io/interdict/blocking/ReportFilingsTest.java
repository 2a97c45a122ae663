package io.interdict.blocking;

import static io.interdict.blocking.BlockingLedgerTest.CLOCK;
import static io.interdict.blocking.BlockingLedgerTest.RATE;
import static io.interdict.blocking.BlockingLedgerTest.decide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which OFAC reports were filed and which are due; item 1 is blocked and item 1 rejected on 19 Nov 2025. */
class ReportFilingsTest {
  /** Mid-October 2026: the first 30 June the blocked item was held on has passed, and so has its annual report's due date. */
  static final Clock LATER = Clock.fixed(Instant.parse("2026-10-15T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  record Store(Database db, AuditLog audit, BlockingLedger ledger, RejectsRegister rejects) {
    ReportFilings filings(Clock clock) {
      return new ReportFilings(db.jdbi(), audit, ledger, rejects, clock);
    }
  }

  Store open(String kind) {
    Database db = TestDatabases.open(kind, tmp);
    AuditLog audit = new AuditLog(db.jdbi(), CLOCK);
    BlockingLedger ledger = new BlockingLedger(db.jdbi(), audit, CLOCK);
    RejectsRegister rejects = new RejectsRegister(db.jdbi(), audit, CLOCK);
    ledger.block(decide("pacs008-kim-sang-man.xml"), "alice", RATE);
    rejects.record(decide("pacs008-iran-agent.xml"), "alice");
    return new Store(db, audit, ledger, rejects);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aFiledReportIsNoLongerDueAndTheReportSaysWhenItWasFiled(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      ReportFilings f = s.filings(CLOCK);
      assertThat(f.due(LocalDate.of(2025, 11, 19))).extracting(ReportFilings.Due::kind, ReportFilings.Due::itemId,
              ReportFilings.Due::dueOn, ReportFilings.Due::overdue)
          .containsExactly(tuple("blocked-property", 1L, LocalDate.of(2025, 12, 4), false),
              tuple("rejects", 1L, LocalDate.of(2025, 12, 4), false));
      assertThat(f.due(LocalDate.of(2025, 12, 5))).allMatch(ReportFilings.Due::overdue);

      List<ReportFilings.Filing> filed = f.record("blocked-property", List.of(1L), null, LocalDate.of(2025, 11, 19),
          " OFAC-RPT-1001 ", "carol");
      assertThat(filed).singleElement().satisfies(x -> {
        assertThat(x.reference()).isEqualTo("OFAC-RPT-1001");
        assertThat(x.dueOn()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(x.late()).isFalse();
      });
      assertThat(f.due(LocalDate.of(2025, 12, 5))).extracting(ReportFilings.Due::kind).containsExactly("rejects");

      Report r = f.report("blocked-property", LocalDate.of(2025, 12, 5));
      List<String> row = r.rows().get(0);
      assertThat(row.get(r.columns().indexOf("reported_on"))).isEqualTo("2025-11-19");
      assertThat(row.get(r.columns().indexOf("reference"))).isEqualTo("OFAC-RPT-1001");
      assertThat(r.notes()).contains("1 reported (0 after the due date); 0 awaiting report, due on or after 2025-12-05; 0 overdue");
      assertThat(f.report("rejects", LocalDate.of(2025, 12, 5)).notes())
          .contains("0 reported (0 after the due date); 0 awaiting report, due on or after 2025-12-05; 1 overdue");
      assertThat(f.report("blocked-property", LocalDate.of(2025, 11, 18)).rows()).as("not blocked yet").isEmpty();

      assertThatThrownBy(() -> f.record("blocked-property", List.of(1L), null, LocalDate.of(2025, 11, 19), "OFAC-2", "dave"))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("already filed on 2025-11-19 (OFAC-RPT-1001");
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aLateFilingIsRecordedAsLateAndTheAnnualReportFallsDueEachThirtiethOfJune(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      ReportFilings f = s.filings(LATER);
      assertThat(f.due(LocalDate.of(2026, 10, 15))).extracting(ReportFilings.Due::kind, ReportFilings.Due::period,
              ReportFilings.Due::dueOn, ReportFilings.Due::overdue)
          .containsExactly(tuple("blocked-property", null, LocalDate.of(2025, 12, 4), true),
              tuple("rejects", null, LocalDate.of(2025, 12, 4), true),
              tuple("annual", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), true));
      assertThat(f.overdue("annual")).isEqualTo(1);

      ReportFilings.Filing late = f.record("rejects", List.of(1L), null, LocalDate.of(2025, 12, 10), "OFAC-RJ-7", "carol")
          .get(0);
      assertThat(late.late()).isTrue();
      f.record("annual", List.of(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 1), "OFAC-AN-2026", "carol");
      assertThat(f.due(LocalDate.of(2026, 10, 15))).extracting(ReportFilings.Due::kind).containsExactly("blocked-property");
      assertThat(f.report("annual", LocalDate.of(2026, 10, 15)).notes()).contains("filed on 2026-09-01 (OFAC-AN-2026)");
      assertThat(f.report("rejects", LocalDate.of(2026, 10, 15)).notes().get(1)).startsWith("1 reported (1 after the due date)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aFilingThatCannotBeTrueIsRefusedWholeAndNamesWhy(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      ReportFilings f = s.filings(LATER);
      LocalDate ok = LocalDate.of(2025, 11, 20);
      List<Object[]> refused = List.of(
          new Object[] {"blocked-property", List.of(1L, 9L), null, ok, "R", InterdictException.NotFound.class, "no blocked item 9"},
          new Object[] {"blocked-property", List.of(1L), null, LocalDate.of(2025, 11, 18), "R", InterdictException.InvalidInput.class,
              "was blocked on 2025-11-19: its report cannot be filed before"},
          new Object[] {"rejects", List.of(1L), null, LocalDate.of(2026, 10, 16), "R", InterdictException.InvalidInput.class,
              "is not a day up to today (2026-10-15)"},
          new Object[] {"rejects", List.of(1L), null, ok, " ", InterdictException.InvalidInput.class, "needs the reference"},
          new Object[] {"rejects", List.of(), null, ok, "R", InterdictException.InvalidInput.class, "give the rejected transactions"},
          new Object[] {"annual", List.of(), LocalDate.of(2026, 6, 1), ok, "R", InterdictException.InvalidInput.class,
              "is a 30 June, not 2026-06-01"},
          new Object[] {"annual", List.of(1L), LocalDate.of(2026, 6, 30), ok, "R", InterdictException.InvalidInput.class,
              "give its period, not items"},
          new Object[] {"quarterly", List.of(1L), null, ok, "R", InterdictException.InvalidInput.class,
              "unknown report 'quarterly' (expected blocked-property, rejects or annual)"});
      for (Object[] r : refused) {
        @SuppressWarnings("unchecked")
        List<Long> items = (List<Long>) r[1];
        assertThatThrownBy(() -> f.record((String) r[0], items, (LocalDate) r[2], (LocalDate) r[3], (String) r[4], "carol"))
            .as("%s %s", r[0], r[6]).isInstanceOf((Class<?>) r[5]).hasMessageContaining((String) r[6]);
      }
      assertThat(f.list()).as("nothing refused is recorded, not even the good item of a bad request").isEmpty();
    }
  }
}
