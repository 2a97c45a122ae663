package io.interdict.blocking;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.blocking.HeldPayments.Held;
import io.interdict.payments.Clearances;
import io.interdict.payments.Clearances.Clearance;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The stored good-guy list ({@link Clearances}): written when two users release a held payment, read
 * as an immutable snapshot by the payment decider, revoked by any analyst (a revocation only makes
 * screening stricter, so it needs one pair of eyes). Everything is in the audit trail.
 */
public final class PaymentClearances {
  /** How long a clearance stays in force. */
  public static final Period VALIDITY = Period.ofYears(1);

  /** One stored clearance, in force or not. */
  public record Stored(long id, String nameValue, String entityKey, String listedName, long holdId, String clearedBy,
      String confirmedBy, Instant clearedAt, LocalDate expiresOn, Instant revokedAt, String revokedBy, String revokeNote) {
    public boolean inForce(LocalDate today) {
      return revokedAt == null && !expiresOn.isBefore(today);
    }
  }

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public PaymentClearances(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Clears every name hit a released hold was held on (not identifiers or jurisdictions, which no
   * analyst clears for good), within the release's transaction.
   */
  static int record(Handle h, AuditLog audit, Held held, String confirmer, Instant now, LocalDate today) {
    int n = 0;
    LocalDate until = today.plus(VALIDITY);
    for (Hit x : held.screening().hits()) {
      boolean name = x.kind() == Hit.Kind.NAME || x.kind() == Hit.Kind.FREE_TEXT;
      if (!name || x.outcome() != Decision.HOLD || x.entityKey() == null || x.listedName() == null) {
        continue;
      }
      long id = h.createUpdate("INSERT INTO payment_clearance (name_value, entity_key, listed_name, hold_id, cleared_by, "
              + "confirmed_by, cleared_at, expires_on) VALUES (:v, :e, :l, :hold, :by, :confirmer, :at, :until)")
          .bind("v", Clearances.normalise(x.value())).bind("e", x.entityKey()).bind("l", x.listedName())
          .bind("hold", held.id()).bind("by", held.proposedBy()).bind("confirmer", confirmer)
          .bind("at", Timestamp.from(now)).bind("until", Date.valueOf(until))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("name", x.value());
      details.put("entity_key", x.entityKey());
      details.put("listed_name", x.listedName());
      details.put("hold", held.id());
      details.put("until", until.toString());
      audit.append(h, confirmer, "payment.clearance.added", "clearance:" + id, details);
      n++;
    }
    return n;
  }

  /** The clearances in force today, as the decider reads them; later changes do not touch it. */
  public Clearances snapshot() {
    LocalDate today = LocalDate.now(clock);
    Map<String, Clearance> byPair = new HashMap<>();
    for (Stored c : list(true)) {
      byPair.putIfAbsent(key(c.nameValue(), c.entityKey(), c.listedName()),
          new Clearance(c.id(), c.holdId(), c.clearedBy(), c.confirmedBy(), c.expiresOn()));
    }
    Map<String, Clearance> frozen = Map.copyOf(byPair);
    return (value, entityKey, listedName) -> {
      Clearance c = frozen.get(key(Clearances.normalise(value), entityKey, listedName));
      return c == null || c.until().isBefore(today) ? null : c;
    };
  }

  /**
   * Changes whenever the clearances in force may have: one added or revoked, or a day passed (one
   * expired). A server compares it to rebuild its snapshot only then.
   */
  public String version() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*), MAX(id), COUNT(revoked_at) FROM payment_clearance")
        .map((rs, ctx) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)).one()) + "/" + LocalDate.now(clock);
  }

  /** Newest first; {@code inForceOnly} leaves out expired and revoked ones. */
  public List<Stored> list(boolean inForceOnly) {
    LocalDate today = LocalDate.now(clock);
    String where = inForceOnly ? " WHERE revoked_at IS NULL AND expires_on >= :today" : "";
    return jdbi.withHandle(h -> {
      var q = h.createQuery("SELECT * FROM payment_clearance" + where + " ORDER BY id DESC");
      if (inForceOnly) {
        q.bind("today", Date.valueOf(today));
      }
      return q.map((rs, ctx) -> map(rs)).list();
    });
  }

  /** Ends a clearance now: the next payment with that name holds again. */
  public Stored revoke(long id, String user, String note) {
    Users.require(user);
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      Stored c = find(h, id);
      if (c.revokedAt() != null) {
        throw new InterdictException.Conflict("clearance " + id + " was already revoked by " + c.revokedBy());
      }
      h.createUpdate("UPDATE payment_clearance SET revoked_at = :at, revoked_by = :by, revoke_note = :note WHERE id = :id")
          .bind("at", Timestamp.from(now)).bind("by", user.strip()).bind("note", note).bind("id", id).execute();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("name", c.nameValue());
      details.put("entity_key", c.entityKey());
      details.put("note", note);
      audit.append(h, user.strip(), "payment.clearance.revoked", "clearance:" + id, details);
      return find(h, id);
    });
  }

  private static Stored find(Handle h, long id) {
    return h.createQuery("SELECT * FROM payment_clearance WHERE id = :id FOR UPDATE").bind("id", id)
        .map((rs, ctx) -> map(rs)).findOne()
        .orElseThrow(() -> new InterdictException.NotFound("no payment clearance " + id));
  }

  private static Stored map(ResultSet rs) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new Stored(rs.getLong("id"), rs.getString("name_value"), rs.getString("entity_key"), rs.getString("listed_name"),
        rs.getLong("hold_id"), rs.getString("cleared_by"), rs.getString("confirmed_by"),
        rs.getTimestamp("cleared_at").toInstant(), rs.getDate("expires_on").toLocalDate(),
        revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by"), rs.getString("revoke_note"));
  }

  private static String key(String value, String entityKey, String listedName) {
    return value + '\u0000' + entityKey + '\u0000' + listedName;
  }
}
