package io.interdict.blocking;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Which reports were filed with OFAC, and so which are still due. Blocking and rejecting start a
 * clock of ten business days (31 CFR 501.603(b)(1), 501.604) and every 30 June one to 30 September
 * (501.603(b)(2)); the ledger knows the due dates, this records the filings: the date, the reference
 * OFAC's reporting system gave, and who recorded it. A filing is recorded once and never changed.
 */
public final class ReportFilings {
  /** The three reports: the initial one per blocked item, the one per rejected transaction, the annual one. */
  public static final List<String> KINDS = List.of("blocked-property", "rejects", "annual");

  /**
   * One recorded filing.
   *
   * @param itemId the blocked item or rejected transaction; null for the annual report
   * @param period the 30 June an annual report speaks for; null otherwise
   */
  public record Filing(long id, String kind, Long itemId, LocalDate period, LocalDate filedOn, LocalDate dueOn,
      String reference, String filedBy, Instant recordedAt) {
    public boolean late() {
      return filedOn.isAfter(dueOn);
    }
  }

  /** A report not filed yet: for one item, or ({@code itemId} null) the annual one of {@code period}. */
  public record Due(String kind, Long itemId, LocalDate period, String subject, LocalDate dueOn, boolean overdue) {}

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final BlockingLedger ledger;
  private final RejectsRegister rejects;
  private final Clock clock;

  public ReportFilings(Jdbi jdbi, AuditLog audit, BlockingLedger ledger, RejectsRegister rejects, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.ledger = ledger;
    this.rejects = rejects;
    this.clock = clock;
  }

  /** {@code blocked-property}, {@code rejects} or {@code annual}; anything else is refused by name. */
  public static String kind(String s) {
    String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(k)) {
      throw new InterdictException.InvalidInput("unknown report '" + s + "' (expected blocked-property, rejects or annual)");
    }
    return k;
  }

  /**
   * Records that the initial reports of {@code items} (blocked-property, rejects) or the annual report
   * of {@code period} were filed on {@code filedOn} under {@code reference}. All or nothing: an item
   * unknown or already reported, a date in the future or before the event refuses the whole request.
   */
  public List<Filing> record(String kind, List<Long> items, LocalDate period, LocalDate filedOn, String reference,
      String user) {
    String k = kind(kind);
    Users.require(user);
    if (reference == null || reference.isBlank()) {
      throw new InterdictException.InvalidInput("a filing needs the reference OFAC's reporting system gave it");
    }
    LocalDate today = LocalDate.now(clock);
    if (filedOn == null || filedOn.isAfter(today)) {
      throw new InterdictException.InvalidInput("filing date " + filedOn + " is not a day up to today (" + today + ")");
    }
    Map<Long, LocalDate[]> subjects = new HashMap<>();  // item -> {event day, due day}
    List<Long> wanted = new ArrayList<>();
    LocalDate annualDue = null;
    if (k.equals("annual")) {
      if (items != null && !items.isEmpty()) {
        throw new InterdictException.InvalidInput("the annual report covers every item held on 30 June: give its period, not items");
      }
      if (period == null || !Reports.annualDate(period).equals(period)) {
        throw new InterdictException.InvalidInput("the annual report's period is a 30 June, not " + period);
      }
      if (filedOn.isBefore(period)) {
        throw new InterdictException.InvalidInput("the annual report of " + period + " cannot be filed before it, on " + filedOn);
      }
      annualDue = LocalDate.of(period.getYear(), Month.SEPTEMBER, 30);
    } else {
      if (items == null || items.isEmpty()) {
        throw new InterdictException.InvalidInput("give the " + (k.equals("rejects") ? "rejected transactions" : "blocked items")
            + " the report covered");
      }
      if (period != null) {
        throw new InterdictException.InvalidInput("only the annual report has a period");
      }
      if (k.equals("blocked-property")) {
        for (BlockedItem i : ledger.list()) {
          subjects.put(i.id(), new LocalDate[] {i.blockedOn(), i.reportDue()});
        }
      } else {
        for (RejectsRegister.Rejected r : rejects.list()) {
          subjects.put(r.id(), new LocalDate[] {r.rejectedOn(), r.reportDue()});
        }
      }
      for (Long id : new TreeSet<>(items)) {
        LocalDate[] s = subjects.get(id);
        if (s == null) {
          throw new InterdictException.NotFound("no " + (k.equals("rejects") ? "rejected transaction " : "blocked item ") + id);
        }
        if (filedOn.isBefore(s[0])) {
          throw new InterdictException.InvalidInput("item " + id + " was " + (k.equals("rejects") ? "rejected" : "blocked")
              + " on " + s[0] + ": its report cannot be filed before, on " + filedOn);
        }
        wanted.add(id);
      }
    }
    Instant now = clock.instant();
    LocalDate annualDueOn = annualDue;
    return jdbi.inTransaction(h -> {
      List<Filing> out = new ArrayList<>();
      if (k.equals("annual")) {
        requireNotFiled(h, k, null, period);
        out.add(insert(h, k, null, period, filedOn, annualDueOn, reference.strip(), user.strip(), now));
      } else {
        for (Long id : wanted) {
          requireNotFiled(h, k, id, null);
          out.add(insert(h, k, id, null, filedOn, subjects.get(id)[1], reference.strip(), user.strip(), now));
        }
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("kind", k);
      details.put("items", wanted);
      details.put("period", period == null ? null : period.toString());
      details.put("filed_on", filedOn.toString());
      details.put("reference", reference.strip());
      details.put("late", out.stream().filter(Filing::late).map(f -> f.itemId() == null ? f.period().toString()
          : f.itemId().toString()).toList());
      audit.append(h, user.strip(), "report.filed", "report:" + k, details);
      return out;
    });
  }

  public List<Filing> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM report_filing ORDER BY id").map((rs, ctx) -> map(rs)).list());
  }

  /** The filings of one kind by item (blocked-property, rejects) or by period (annual, keyed by the period's epoch day). */
  public Map<Long, Filing> byItem(String kind) {
    return byKind().getOrDefault(kind, Map.of());
  }

  /** Every filing, by kind and then as {@link #byItem}, from one read. */
  private Map<String, Map<Long, Filing>> byKind() {
    Map<String, Map<Long, Filing>> out = new HashMap<>();
    for (Filing f : list()) {
      out.computeIfAbsent(f.kind(), k -> new HashMap<>()).put(f.itemId() != null ? f.itemId() : f.period().toEpochDay(), f);
    }
    return out;
  }

  /**
   * Every report not filed by {@code asOf}, soonest due first: the initial report of each item blocked
   * or rejected by then, and the annual report of each 30 June up to {@code asOf} on which property
   * was held blocked.
   */
  public List<Due> due(LocalDate asOf) {
    List<Due> out = new ArrayList<>();
    Map<String, Map<Long, Filing>> filed = byKind();
    Map<Long, Filing> blockedFiled = filed.getOrDefault("blocked-property", Map.of());
    Map<Long, Filing> rejectsFiled = filed.getOrDefault("rejects", Map.of());
    Map<Long, Filing> annualFiled = filed.getOrDefault("annual", Map.of());
    List<BlockedItem> items = ledger.list();
    for (BlockedItem i : items) {
      if (!i.blockedOn().isAfter(asOf) && !blockedFiled.containsKey(i.id())) {
        out.add(new Due("blocked-property", i.id(), null, i.ownerName() + " (" + i.entityKey() + "), " + i.amount()
            .toPlainString() + " " + i.currency(), i.reportDue(), i.reportDue().isBefore(asOf)));
      }
    }
    for (RejectsRegister.Rejected r : rejects.list()) {
      if (!r.rejectedOn().isAfter(asOf) && !rejectsFiled.containsKey(r.id())) {
        out.add(new Due("rejects", r.id(), null, (r.partyName() == null ? r.messageId() : r.partyName())
            + (r.entityKey() == null ? "" : " (" + r.entityKey() + ")"), r.reportDue(), r.reportDue().isBefore(asOf)));
      }
    }
    TreeSet<LocalDate> periods = new TreeSet<>();
    LocalDate last = Reports.annualDate(asOf);
    for (BlockedItem i : items) {
      LocalDate first = Reports.annualDate(i.blockedOn());
      if (first.isBefore(i.blockedOn())) {
        first = first.plusYears(1);
      }
      for (LocalDate p = first; !p.isAfter(last); p = p.plusYears(1)) {
        if (i.releasedOn() == null || i.releasedOn().isAfter(p)) {
          periods.add(p);
        }
      }
    }
    for (LocalDate p : periods) {
      if (!annualFiled.containsKey(p.toEpochDay())) {
        LocalDate dueOn = LocalDate.of(p.getYear(), Month.SEPTEMBER, 30);
        out.add(new Due("annual", null, p, "property held blocked on " + p, dueOn, dueOn.isBefore(asOf)));
      }
    }
    out.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::kind));
    return out;
  }

  /** Reports past their due date and not filed, by kind (the metrics gauge). */
  public long overdue(String kind) {
    LocalDate today = LocalDate.now(clock);
    return due(today).stream().filter(d -> d.overdue() && d.kind().equals(kind)).count();
  }

  /** The report of {@code kind} as of {@code asOf}, with what was filed for it. */
  public Report report(String kind, LocalDate asOf) {
    return switch (kind(kind)) {
      case "blocked-property" -> Reports.blockedProperty(ledger.list(), byItem("blocked-property"), asOf);
      case "rejects" -> Reports.rejects(rejects.list(), byItem("rejects"), asOf);
      default -> Reports.annual(ledger.list(), Optional.ofNullable(byItem("annual").get(Reports.annualDate(asOf)
          .toEpochDay())), asOf);
    };
  }

  private static void requireNotFiled(Handle h, String kind, Long item, LocalDate period) {
    Optional<Filing> existing = h.createQuery("SELECT * FROM report_filing WHERE kind = :k AND "
            + (item != null ? "item_id = :x" : "period = :x"))
        .bind("k", kind)
        .bind("x", item != null ? (Object) item.longValue() : Date.valueOf(period))
        .map((rs, ctx) -> map(rs)).findOne();
    if (existing.isPresent()) {
      Filing f = existing.get();
      throw new InterdictException.Conflict("the " + kind + " report of " + (item != null ? "item " + item : period)
          + " was already filed on " + f.filedOn() + " (" + f.reference() + ", recorded by " + f.filedBy() + ")");
    }
  }

  private static Filing insert(Handle h, String kind, Long item, LocalDate period, LocalDate filedOn, LocalDate dueOn,
      String reference, String user, Instant now) {
    var insert = h.createUpdate("INSERT INTO report_filing (kind, item_id, period, filed_on, due_on, reference, filed_by, "
            + "recorded_at) VALUES (:k, :item, :period, :on, :due, :ref, :by, :at)")
        .bind("k", kind).bind("on", Date.valueOf(filedOn)).bind("due", Date.valueOf(dueOn)).bind("ref", reference)
        .bind("by", user).bind("at", Timestamp.from(now));
    if (item == null) {
      insert.bindNull("item", Types.BIGINT).bind("period", Date.valueOf(period));
    } else {
      insert.bind("item", item.longValue()).bindNull("period", Types.DATE);
    }
    long id = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return new Filing(id, kind, item, period, filedOn, dueOn, reference, user, now);
  }

  private static Filing map(ResultSet rs) throws SQLException {
    long item = rs.getLong("item_id");
    Long itemId = rs.wasNull() ? null : item;
    Date period = rs.getDate("period");
    return new Filing(rs.getLong("id"), rs.getString("kind"), itemId, period == null ? null : period.toLocalDate(),
        rs.getDate("filed_on").toLocalDate(), rs.getDate("due_on").toLocalDate(), rs.getString("reference"),
        rs.getString("filed_by"), rs.getTimestamp("recorded_at").toInstant());
  }
}
