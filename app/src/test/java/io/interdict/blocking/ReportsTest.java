package io.interdict.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.audit.AuditLog;
import io.interdict.payments.PaymentDecision;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportsTest {
  @TempDir Path tmp;

  /** Each BLOCK case of the brief, blocked on a day whose 10-business-day window crosses a holiday. */
  private static final Map<String, String[]> CASES = Map.of(
      "pacs008-kim-sang-man.xml", new String[] {"2025-11-19", "2025-12-04"},        // Thanksgiving
      "mt103-chinyong.txt", new String[] {"2025-12-17", "2026-01-02"},              // Christmas, New Year's Day
      "pacs009-cov-hidden-creditor.xml", new String[] {"2026-01-12", "2026-01-27"}, // MLK Day, a Monday
      "crypto-kim-upper.json", new String[] {"2026-02-09", "2026-02-24"},           // Washington's Birthday
      "mt202cov-hidden.txt", new String[] {"2025-06-02", "2025-06-16"});            // none

  private static Clock at(String date) {
    return Clock.fixed(Instant.parse(date + "T14:00:00Z"), ZoneOffset.UTC);
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void blockedPropertyReportListsEachItemWithItsDueDate(String kind) throws IOException {
    try (Database db = TestDatabases.open(kind, tmp)) {
      Map<String, BlockedItem> blocked = new TreeMap<>();
      for (Map.Entry<String, String[]> c : CASES.entrySet()) {
        Clock clock = at(c.getValue()[0]);
        BlockingLedger ledger = new BlockingLedger(db.jdbi(), new AuditLog(db.jdbi(), clock), clock);
        PaymentDecision d = BlockingLedgerTest.decide(c.getKey());
        blocked.put(c.getKey(), ledger.block(d, "alice", new BigDecimal("0.04")));
      }
      List<BlockedItem> all = new BlockingLedger(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemUTC()).list();
      Report r = Reports.blockedProperty(all, LocalDate.of(2026, 3, 1));
      assertThat(r.rows()).hasSize(CASES.size());
      for (Map.Entry<String, String[]> c : CASES.entrySet()) {
        BlockedItem item = blocked.get(c.getKey());
        List<String> row = r.rows().stream().filter(x -> x.get(0).equals(Long.toString(item.id()))).findFirst().orElseThrow();
        assertThat(row.get(1)).as(c.getKey()).isEqualTo(c.getValue()[0]);
        assertThat(row.get(2)).as(c.getKey()).isEqualTo(c.getValue()[1]);
        assertThat(row.get(4)).as(c.getKey()).startsWith("us-ofac-sdn:");
      }
      assertThat(Reports.blockedProperty(all, LocalDate.of(2025, 12, 1)).rows()).hasSize(2);

      JsonNode json = new ObjectMapper().readTree(render(r, ReportWriter.Format.JSON));
      assertThat(json.get("report").asText()).isEqualTo("blocked-property");
      assertThat(json.get("items")).hasSize(CASES.size());
      assertThat(json.get("items").get(0).has("report_due")).isTrue();
      String csv = render(r, ReportWriter.Format.CSV);
      assertThat(csv.lines().count()).isEqualTo(CASES.size() + 1);
      assertThat(csv).startsWith("item,blocked_on,report_due,owner");
      assertThat(render(r, ReportWriter.Format.HTML)).contains("<h1>Report of Blocked Property</h1>").contains("2026-01-02");
      assertThat(render(r, ReportWriter.Format.PDF)).startsWith("%PDF-");
    }
  }

  @Test
  void annualReportHoldsWhatWasBlockedOnThirtiethJuneWithInterest() {
    try (Database db = TestDatabases.open("h2", tmp)) {
      BlockingLedger before = new BlockingLedger(db.jdbi(), new AuditLog(db.jdbi(), at("2025-06-02")), at("2025-06-02"));
      BlockedItem held = before.block(BlockingLedgerTest.decide("pacs008-kim-sang-man.xml"), "alice", new BigDecimal("0.04"));
      BlockedItem released = before.block(BlockingLedgerTest.decide("mt103-chinyong.txt"), "alice", new BigDecimal("0.04"));
      before.proposeUnblock(released.id(), "alice", Set.of()::contains);
      before.approve(released.id(), "bob", Set.of()::contains);
      BlockingLedger after = new BlockingLedger(db.jdbi(), new AuditLog(db.jdbi(), at("2025-07-15")), at("2025-07-15"));
      after.block(BlockingLedgerTest.decide("pacs009-cov-hidden-creditor.xml"), "alice", new BigDecimal("0.04"));

      Report r = Reports.annual(after.list(), LocalDate.of(2025, 8, 1));
      assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
      assertThat(r.due()).isEqualTo(LocalDate.of(2025, 9, 30));
      assertThat(r.rows()).singleElement().satisfies(row -> {
        assertThat(row.get(0)).isEqualTo(Long.toString(held.id()));
        assertThat(row.get(7)).isEqualTo("25000.00");
        assertThat(row.get(8)).isEqualTo("76.71"); // 28 days at 4 %
        assertThat(row.get(9)).isEqualTo("25076.71");
      });
      assertThat(r.notes()).contains("total USD: principal 25000.00, with interest 25076.71");
      assertThat(Reports.annual(after.list(), LocalDate.of(2026, 6, 29)).asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
      assertThat(Reports.annual(after.list(), LocalDate.of(2026, 6, 30)).rows()).hasSize(2);
    }
  }

  private static String render(Report r, ReportWriter.Format f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(r, f, out);
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
