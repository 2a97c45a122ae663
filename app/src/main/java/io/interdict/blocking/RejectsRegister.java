package io.interdict.blocking;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import io.interdict.payments.PaymentDecision;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Rejected transactions, kept for the Report of Rejected Transactions (31 CFR 501.604). */
public final class RejectsRegister {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public RejectsRegister(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  /** One rejected transaction. {@code entityKey} is null when a jurisdiction rule rejected it. */
  public record Rejected(long id, String messageId, String messageFormat, String partyName, String entityKey,
      String program, String field, BigDecimal amount, String currency, LocalDate rejectedOn, String reason,
      LocalDate reportDue, String rejectedBy) {}

  /** Records a REJECT decision; idempotent per message. */
  public Rejected record(PaymentDecision d, String user) {
    return jdbi.inTransaction(h -> record(h, d, user));
  }

  /** The same within the caller's transaction (a held payment confirmed as rejected). */
  Rejected record(Handle h, PaymentDecision d, String user) {
    Users.require(user);
    if (d.decision() != Decision.REJECT) {
      throw new InterdictException.InvalidInput("message " + d.messageId() + " was decided " + d.decision() + ", not REJECT");
    }
    Hit top = d.hits().stream().filter(x -> x.outcome() == Decision.REJECT).max(Comparator.comparingDouble(Hit::score))
        .orElse(null);
    LocalDate today = LocalDate.now(clock);
    LocalDate due = UsFederalHolidays.addBusinessDays(today, BlockingLedger.REPORT_BUSINESS_DAYS);
    String reason = d.reasons().isEmpty() ? "" : d.reasons().get(0);
    java.util.Optional<Long> existing = h.createQuery("SELECT id FROM rejected_transactions WHERE message_id = :m").bind("m", d.messageId())
        .mapTo(Long.class).findOne();
    if (existing.isPresent()) {
      return get(h, existing.get());
    }
    long id = h.createUpdate("INSERT INTO rejected_transactions (message_id, message_format, party_name, entity_key, "
            + "program, field, amount, currency, rejected_on, rejected_at, reason, report_due, rejected_by) VALUES "
            + "(:m, :f, :party, :key, :program, :field, :amount, :ccy, :on, :at, :reason, :due, :user)")
        .bind("m", d.messageId())
        .bind("f", d.format())
        .bind("party", top == null ? null : top.entityKey() == null ? top.value() : top.listedName())
        .bind("key", top == null ? null : top.entityKey())
        .bind("program", top == null ? null : top.program())
        .bind("field", top == null ? null : top.field())
        .bind("amount", d.payment() == null ? null : d.payment().amount())
        .bind("ccy", d.payment() == null ? null : d.payment().currency())
        .bind("on", Date.valueOf(today))
        .bind("at", Timestamp.from(clock.instant()))
        .bind("reason", reason)
        .bind("due", Date.valueOf(due))
        .bind("user", user)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("message_id", d.messageId());
    details.put("reason", reason);
    details.put("report_due", due.toString());
    audit.append(h, user, "payment.rejected", "rejected:" + id, details);
    return get(h, id);
  }

  public List<Rejected> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM rejected_transactions ORDER BY id")
        .map((rs, ctx) -> map(rs)).list());
  }

  private static Rejected get(Handle h, long id) {
    return h.createQuery("SELECT * FROM rejected_transactions WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).one();
  }

  private static Rejected map(ResultSet rs) throws SQLException {
    BigDecimal amount = rs.getBigDecimal("amount");
    return new Rejected(rs.getLong("id"), rs.getString("message_id"), rs.getString("message_format"),
        rs.getString("party_name"), rs.getString("entity_key"), rs.getString("program"), rs.getString("field"),
        amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_EVEN), rs.getString("currency"),
        rs.getDate("rejected_on").toLocalDate(), rs.getString("reason"), rs.getDate("report_due").toLocalDate(),
        rs.getString("rejected_by"));
  }
}
