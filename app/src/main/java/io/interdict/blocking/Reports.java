package io.interdict.blocking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds OFAC's reports from the ledger and the rejects register:
 * <ul>
 *   <li>initial Report of Blocked Property, due within 10 business days of blocking (31 CFR 501.603(b)(1));
 *   <li>Report of Rejected Transactions, due within 10 business days of the rejection (501.604);
 *   <li>Annual Report of Blocked Property, of property blocked as of 30 June, due by 30 September
 *       (501.603(b)(2)).
 * </ul>
 * Pure functions of their inputs.
 */
public final class Reports {
  private Reports() {}

  static final List<String> BLOCKED_COLUMNS = List.of("item", "blocked_on", "report_due", "owner", "entity_key", "program",
      "message_id", "format", "field", "amount", "currency", "blocked_account", "interest_rate", "interest_accrued",
      "status", "released_on", "reported_on", "reference");

  /** Every item blocked on or before {@code asOf}, each with the due date of its initial report. */
  public static Report blockedProperty(List<BlockedItem> items, LocalDate asOf) {
    return blockedProperty(items, Map.of(), asOf);
  }

  /**
   * The same, with the filing of each item's initial report ({@code filed} by item id) when there is one
   * by {@code asOf}: overdue are the reports past their due date and not filed.
   */
  public static Report blockedProperty(List<BlockedItem> items, Map<Long, ReportFilings.Filing> filed, LocalDate asOf) {
    List<List<String>> rows = new ArrayList<>();
    Tally t = new Tally();
    for (BlockedItem i : items) {
      if (i.blockedOn().isAfter(asOf)) {
        continue;
      }
      ReportFilings.Filing f = filedBy(filed.get(i.id()), asOf);
      List<String> row = new ArrayList<>(List.of(Long.toString(i.id()), i.blockedOn().toString(), i.reportDue().toString(),
          i.ownerName(), i.entityKey(), i.program(), i.messageId(), i.messageFormat(), i.field(), i.amount().toPlainString(),
          i.currency(), i.blockedAccount(), i.interestRate().toPlainString(), i.interest(asOf).toPlainString(),
          i.status().name(), i.releasedOn() == null ? "" : i.releasedOn().toString()));
      row.addAll(t.count(f, i.reportDue(), asOf));
      rows.add(row);
    }
    return new Report("blocked-property", "Report of Blocked Property", "31 CFR 501.603(b)(1)", asOf, null, BLOCKED_COLUMNS,
        rows, List.of(rows.size() + " item(s); initial report due within 10 US federal business days of blocking",
            t.note(asOf)));
  }

  /** Every transaction rejected on or before {@code asOf}, each with the due date of its report. */
  public static Report rejects(List<RejectsRegister.Rejected> rejected, LocalDate asOf) {
    return rejects(rejected, Map.of(), asOf);
  }

  /** The same, with the filing of each transaction's report ({@code filed} by id) when there is one by {@code asOf}. */
  public static Report rejects(List<RejectsRegister.Rejected> rejected, Map<Long, ReportFilings.Filing> filed,
      LocalDate asOf) {
    List<List<String>> rows = new ArrayList<>();
    Tally t = new Tally();
    for (RejectsRegister.Rejected r : rejected) {
      if (r.rejectedOn().isAfter(asOf)) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(Long.toString(r.id()), r.rejectedOn().toString(), r.reportDue().toString(),
          nz(r.partyName()), nz(r.entityKey()), nz(r.program()), r.messageId(), r.messageFormat(), nz(r.field()),
          r.amount() == null ? "" : r.amount().toPlainString(), nz(r.currency()), r.reason()));
      row.addAll(t.count(filedBy(filed.get(r.id()), asOf), r.reportDue(), asOf));
      rows.add(row);
    }
    return new Report("rejects", "Report of Rejected Transactions", "31 CFR 501.604", asOf, null,
        List.of("item", "rejected_on", "report_due", "party", "entity_key", "program", "message_id", "format", "field",
            "amount", "currency", "reason", "reported_on", "reference"),
        rows, List.of(rows.size() + " rejected transaction(s); each report due within 10 US federal business days",
            t.note(asOf)));
  }

  /** A filing counts for a report as of {@code asOf} only if it was made by then. */
  private static ReportFilings.Filing filedBy(ReportFilings.Filing f, LocalDate asOf) {
    return f == null || f.filedOn().isAfter(asOf) ? null : f;
  }

  /** Filed, awaiting and overdue reports of one table. */
  private static final class Tally {
    int filed;
    int late;
    int awaiting;
    int overdue;

    List<String> count(ReportFilings.Filing f, LocalDate due, LocalDate asOf) {
      if (f != null) {
        filed++;
        late += f.late() ? 1 : 0;
        return List.of(f.filedOn().toString(), f.reference());
      }
      if (due.isBefore(asOf)) {
        overdue++;
      } else {
        awaiting++;
      }
      return List.of("", "");
    }

    String note(LocalDate asOf) {
      return filed + " reported (" + late + " after the due date); " + awaiting + " awaiting report, due on or after "
          + asOf + "; " + overdue + " overdue";
    }
  }

  /** The 30 June on or before {@code date}: the date an annual report speaks for. */
  public static LocalDate annualDate(LocalDate date) {
    LocalDate june30 = LocalDate.of(date.getYear(), Month.JUNE, 30);
    return date.isBefore(june30) ? june30.minusYears(1) : june30;
  }

  /**
   * Property held blocked on the 30 June on or before {@code asOf} (blocked by then, not released
   * before), with interest accrued to that day; due 30 September of that year.
   */
  public static Report annual(List<BlockedItem> items, LocalDate asOf) {
    return annual(items, Optional.empty(), asOf);
  }

  /** The same, saying when (and under which reference) it was filed, if it was by {@code asOf}. */
  public static Report annual(List<BlockedItem> items, Optional<ReportFilings.Filing> filing, LocalDate asOf) {
    LocalDate june30 = annualDate(asOf);
    List<List<String>> rows = new ArrayList<>();
    Map<String, BigDecimal[]> totals = new TreeMap<>();
    for (BlockedItem i : items) {
      boolean held = !i.blockedOn().isAfter(june30) && (i.releasedOn() == null || i.releasedOn().isAfter(june30));
      if (!held) {
        continue;
      }
      BigDecimal interest = BlockedItem.simpleDailyInterest(i.amount(), i.interestRate(), i.blockedOn(), june30);
      BigDecimal balance = i.amount().add(interest);
      rows.add(List.of(Long.toString(i.id()), i.blockedOn().toString(), i.ownerName(), i.entityKey(), i.program(),
          i.messageId(), i.blockedAccount(), i.amount().toPlainString(), interest.toPlainString(), balance.toPlainString(),
          i.currency()));
      BigDecimal[] t = totals.computeIfAbsent(i.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      t[0] = t[0].add(i.amount());
      t[1] = t[1].add(balance);
    }
    List<String> notes = new ArrayList<>();
    notes.add(rows.size() + " item(s) held blocked as of " + june30);
    totals.forEach((c, t) -> notes.add("total " + c + ": principal " + t[0].toPlainString() + ", with interest "
        + t[1].toPlainString()));
    ReportFilings.Filing f = filedBy(filing.orElse(null), asOf);
    notes.add(f == null ? "not filed yet" : "filed on " + f.filedOn() + " (" + f.reference() + ")"
        + (f.late() ? ", after the due date" : ""));
    return new Report("annual", "Annual Report of Blocked Property", "31 CFR 501.603(b)(2)", june30,
        LocalDate.of(june30.getYear(), Month.SEPTEMBER, 30),
        List.of("item", "blocked_on", "owner", "entity_key", "program", "message_id", "blocked_account", "amount",
            "interest_accrued", "balance", "currency"),
        rows, notes);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
