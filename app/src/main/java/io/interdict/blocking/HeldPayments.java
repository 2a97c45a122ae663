package io.interdict.blocking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import io.interdict.payments.ParsedPayment;
import io.interdict.payments.PaymentDecision;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The queue of held payments. Screening holds a payment when a hit needs an analyst (a score between
 * review and block, a listed BIC named in free text) or when it fails closed; the hold ends only by a
 * four-eyes decision.
 *
 * <ol>
 *   <li>A first user proposes RELEASE (a false positive), BLOCK (a true match on a designation that
 *       blocks property, naming that hit's entity) or REJECT (a true match without blocking effect, a
 *       jurisdiction, an unreadable message).
 *   <li>A second, different user confirms with the same decision: a BLOCK goes into the
 *       blocked-property ledger and a REJECT into the rejects register, in the same transaction, so
 *       that the report deadlines run from that day; a RELEASE clears the name hits it was held on
 *       for a year ({@link PaymentClearances}). A different decision sends the hold back open with
 *       both findings kept in its events.
 * </ol>
 *
 * The law, not the analyst, says what a true match means: property in which a blocked person has an
 * interest is blocked, not returned (31 CFR 501.603), so a REJECT naming an entity whose designation
 * blocks is refused, and so is a BLOCK naming one without blocking effect ({@link Hit#ifConfirmed}).
 * Every step is in the audit trail.
 */
public final class HeldPayments {
  private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  /** Most holds one listing returns. */
  public static final int MAX_LIST = 10_000;

  /** Where a hold stands. */
  public enum Status {
    OPEN,
    PROPOSED_RELEASE,
    PROPOSED_BLOCK,
    PROPOSED_REJECT,
    RELEASED,
    BLOCKED,
    REJECTED;

    public boolean closed() {
      return this == RELEASED || this == BLOCKED || this == REJECTED;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Status proposed(Decision d) {
      return switch (d) {
        case RELEASE -> PROPOSED_RELEASE;
        case BLOCK -> PROPOSED_BLOCK;
        case REJECT -> PROPOSED_REJECT;
        case HOLD -> throw new IllegalArgumentException("a hold is not a decision on a hold");
      };
    }

    static Status closed(Decision d) {
      return switch (d) {
        case RELEASE -> RELEASED;
        case BLOCK -> BLOCKED;
        case REJECT -> REJECTED;
        case HOLD -> throw new IllegalArgumentException("a hold is not a decision on a hold");
      };
    }

    /** {@code open}, {@code proposed-block}, {@code RELEASED} ... */
    public static Status parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InterdictException.InvalidInput("unknown hold status '" + s + "' (expected one of open, proposed-release, "
            + "proposed-block, proposed-reject, released, blocked, rejected)");
      }
    }
  }

  /** {@code release}, {@code block} or {@code reject}, any case: the decisions a hold can end in. */
  public static Decision parseDecision(String s) {
    String v = s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    if (v.equals("RELEASE") || v.equals("BLOCK") || v.equals("REJECT")) {
      return Decision.valueOf(v);
    }
    throw new InterdictException.InvalidInput("unknown decision on a held payment '" + s
        + "' (expected release, block or reject)");
  }

  /**
   * One held payment.
   *
   * @param screening the decision that held it: hits and reasons
   * @param outcome once closed, what became of it: {@code released} (with the number of name hits it
   *     cleared, {@link PaymentClearances}), {@code blocked:ID}, {@code rejected:ID}
   */
  public record Held(long id, String messageId, String origin, String format, BigDecimal amount, String currency,
      PaymentDecision screening, LocalDate heldOn, Instant heldAt, String heldBy, Status status,
      Decision proposedDecision, String proposedEntity, String proposedBy, Instant proposedAt, String closedBy,
      Instant closedAt, String outcome) {}

  /** One step of a hold's history: {@code held}, {@code proposed}, {@code confirmed}, {@code disputed}. */
  public record Event(Instant at, String actor, String action, Decision decision, String entityKey, String note) {}

  public record Detail(Held hold, List<Event> events) {}

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final BlockingLedger ledger;
  private final RejectsRegister rejects;
  private final Clock clock;

  public HeldPayments(Jdbi jdbi, AuditLog audit, BlockingLedger ledger, RejectsRegister rejects, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.ledger = ledger;
    this.rejects = rejects;
    this.clock = clock;
  }

  /**
   * Queues a HOLD decision; a message already waiting in the queue is not queued twice, even when two
   * screenings of it race (the unique key on a waiting message decides, {@code V12_0}).
   */
  public Held hold(PaymentDecision d, String user) {
    Users.require(user);
    if (d.decision() != Decision.HOLD) {
      throw new InterdictException.InvalidInput("message " + d.messageId() + " was decided " + d.decision() + ", not HOLD");
    }
    Instant now = clock.instant();
    try {
      return jdbi.inTransaction(h -> {
        if (d.messageId() != null) {
          Optional<Long> waiting = waiting(h, d.messageId());
          if (waiting.isPresent()) {
            return find(h, waiting.get(), false);
          }
        }
        long id = h.createUpdate("INSERT INTO payment_hold (message_id, origin, message_format, amount, currency, "
                + "screening, held_on, held_at, held_by, status, waiting) VALUES (:m, :origin, :f, :amount, :ccy, "
                + ":screening, :on, :at, :user, 'OPEN', :waiting)")
            .bind("m", d.messageId())
            .bind("origin", d.origin() == null ? "" : d.origin())
            .bind("f", d.format())
            .bind("amount", d.payment() == null ? null : d.payment().amount())
            .bind("ccy", d.payment() == null ? null : d.payment().currency())
            .bind("screening", BlockingLedger.json(d))
            .bind("on", Date.valueOf(LocalDate.now(clock)))
            .bind("at", Timestamp.from(now))
            .bind("user", user)
            .bind("waiting", d.messageId() == null ? null : 1)
            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        event(h, id, now, user, "held", null, null, d.reasons().isEmpty() ? null : d.reasons().get(0));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("message_id", d.messageId());
        details.put("origin", d.origin());
        details.put("hits", d.hits().size());
        details.put("reasons", d.reasons());
        audit.append(h, user, "payment.held", "hold:" + id, details);
        return find(h, id, false);
      });
    } catch (JdbiException e) {
      if (d.messageId() == null || !uniqueViolation(e)) {
        throw e;
      }
      // Another screening of the same message queued it between our look and our insert.
      return jdbi.withHandle(h -> waiting(h, d.messageId()).map(id -> find(h, id, false))).orElseThrow(() -> e);
    }
  }

  private static Optional<Long> waiting(Handle h, String messageId) {
    return h.createQuery("SELECT id FROM payment_hold WHERE message_id = :m AND waiting = 1")
        .bind("m", messageId).mapTo(Long.class).findFirst();
  }

  /** SQLSTATE 23505, as H2 and PostgreSQL both report a unique key violated. */
  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Holds in the order they were held; {@code status} null for all, {@code open} for every hold not closed yet. */
  public List<Held> list(Status status, boolean unresolvedOnly, int limit) {
    return list(status, unresolvedOnly, null, false, limit);
  }

  /**
   * The same, oldest first after hold {@code afterId} (null: from the first), or newest first: the
   * waiting queue is worked oldest first, the history read from the latest.
   */
  public List<Held> list(Status status, boolean unresolvedOnly, Long afterId, boolean newestFirst, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new InterdictException.InvalidInput("limit " + limit + " is outside 1.." + MAX_LIST);
    }
    String where = unresolvedOnly ? " WHERE status NOT IN ('RELEASED', 'BLOCKED', 'REJECTED')"
        : status == null ? " WHERE 1 = 1" : " WHERE status = :status";
    String after = afterId == null ? "" : " AND id > :after";
    return jdbi.withHandle(h -> {
      var q = h.createQuery("SELECT * FROM payment_hold" + where + after + " ORDER BY id" + (newestFirst ? " DESC" : "")
          + " LIMIT :limit").bind("limit", limit);
      if (!unresolvedOnly && status != null) {
        q.bind("status", status.name());
      }
      if (afterId != null) {
        q.bind("after", afterId);
      }
      return q.map((rs, ctx) -> map(rs)).list();
    });
  }

  /** Holds in one status (for the metrics gauge). */
  public long count(Status status) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM payment_hold WHERE status = :s")
        .bind("s", status.name()).mapTo(Long.class).one());
  }

  /** Seconds the oldest hold still waiting has waited; 0 when none waits. */
  public long oldestWaitingSeconds() {
    Optional<Timestamp> oldest = jdbi.withHandle(h -> h.createQuery("SELECT MIN(held_at) FROM payment_hold WHERE status "
            + "NOT IN ('RELEASED', 'BLOCKED', 'REJECTED')")
        .map((rs, ctx) -> rs.getTimestamp(1)).findOne());
    return oldest.filter(t -> t != null).map(t -> Math.max(0, clock.instant().getEpochSecond() - t.toInstant().getEpochSecond()))
        .orElse(0L);
  }

  public Detail get(long id) {
    return jdbi.withHandle(h -> new Detail(find(h, id, false), events(h, id)));
  }

  /**
   * Records a user's decision on a hold: a proposal when none is pending, otherwise the second
   * opinion. {@code entityKey} names the hit confirmed as a true match: required for BLOCK, optional
   * for REJECT (none for a jurisdiction or an unreadable message), refused for RELEASE; a second
   * opinion of the proposed decision without one confirms the proposal's.
   *
   * @param annualRate interest rate of the blocked account, should the decision block
   */
  public Held decide(long id, Decision decision, String entityKey, String user, String note, BigDecimal annualRate) {
    Users.require(user);
    String who = user.strip();
    if (decision == null || decision == Decision.HOLD) {
      throw new InterdictException.InvalidInput("a decision on a held payment is release, block or reject, not "
          + (decision == null ? "nothing" : "hold"));
    }
    String given = entityKey == null || entityKey.isBlank() ? null : entityKey.strip();
    String why = note == null || note.isBlank() ? null : note.strip();
    return jdbi.inTransaction(h -> {
      Held held = find(h, id, true);
      if (held.status().closed()) {
        throw new InterdictException.Conflict("hold " + id + " is already " + held.status().label() + " (proposed by "
            + held.proposedBy() + ", confirmed by " + held.closedBy() + ")");
      }
      // A second opinion of the same decision that names no entity confirms the proposal's: leaving it
      // out must not read as a dispute.
      String entity = given == null && held.proposedDecision() == decision ? held.proposedEntity() : given;
      check(held, decision, entity);
      Instant now = clock.instant();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("decision", decision.name());
      details.put("entity_key", entity);
      details.put("note", why);
      if (held.status() == Status.OPEN) {
        h.createUpdate("UPDATE payment_hold SET status = :s, proposed_decision = :d, proposed_entity = :e, proposed_by = :u, "
                + "proposed_at = :at WHERE id = :id")
            .bind("s", Status.proposed(decision).name()).bind("d", decision.name()).bind("e", entity).bind("u", who)
            .bind("at", Timestamp.from(now)).bind("id", id).execute();
        event(h, id, now, who, "proposed", decision, entity, why);
        audit.append(h, who, "payment.hold.proposed", "hold:" + id, details);
        return find(h, id, false);
      }
      if (Users.same(held.proposedBy(), who)) {
        throw new InterdictException.Conflict("four-eyes: hold " + id + " was proposed as " + held.proposedDecision()
            + " by " + held.proposedBy() + "; a different user must confirm it");
      }
      details.put("proposed_by", held.proposedBy());
      if (held.proposedDecision() != decision || !java.util.Objects.equals(held.proposedEntity(), entity)) {
        h.createUpdate("UPDATE payment_hold SET status = 'OPEN', proposed_decision = NULL, proposed_entity = NULL, "
                + "proposed_by = NULL, proposed_at = NULL WHERE id = :id").bind("id", id).execute();
        String disagreement = who + " decided " + describe(decision, entity) + " where " + held.proposedBy() + " proposed "
            + describe(held.proposedDecision(), held.proposedEntity()) + (why == null ? "" : ": " + why);
        event(h, id, now, who, "disputed", decision, entity, disagreement);
        details.put("proposed_decision", held.proposedDecision().name());
        audit.append(h, who, "payment.hold.disputed", "hold:" + id, details);
        return find(h, id, false);
      }
      String outcome = switch (decision) {
        case RELEASE -> {
          int cleared = PaymentClearances.record(h, audit, held, who, now, LocalDate.now(clock));
          yield cleared == 0 ? "released" : "released; " + cleared + " name hit(s) cleared";
        }
        case BLOCK -> "blocked:" + ledger.block(h, confirmed(held, decision, entity, who), who, annualRate).id();
        case REJECT -> "rejected:" + rejects.record(h, confirmed(held, decision, entity, who), who).id();
        case HOLD -> throw new IllegalStateException("unreachable");
      };
      h.createUpdate("UPDATE payment_hold SET status = :s, closed_by = :u, closed_at = :at, outcome = :o, waiting = NULL "
              + "WHERE id = :id")
          .bind("s", Status.closed(decision).name()).bind("u", who).bind("at", Timestamp.from(now)).bind("o", outcome)
          .bind("id", id).execute();
      event(h, id, now, who, "confirmed", decision, entity, why);
      details.put("outcome", outcome);
      audit.append(h, who, "payment.hold.closed", "hold:" + id, details);
      return find(h, id, false);
    });
  }

  /** Whether {@code decision} on {@code entity} is one the screening and the law allow. */
  private static void check(Held held, Decision decision, String entity) {
    if (decision == Decision.RELEASE) {
      if (entity != null) {
        throw new InterdictException.InvalidInput("a release confirms no hit: leave out the entity (" + entity + ")");
      }
      return;
    }
    if (entity == null) {
      if (decision == Decision.BLOCK) {
        throw new InterdictException.InvalidInput("a block names the listed entity whose property it is (one of "
            + entities(held) + ")");
      }
      return;
    }
    Hit hit = null;
    for (Hit x : held.screening().hits()) {
      if (entity.equals(x.entityKey()) && (hit == null || x.score() > hit.score())) {
        hit = x;
      }
    }
    if (hit == null) {
      throw new InterdictException.InvalidInput("entity " + entity + " is not among the hits of hold " + held.id()
          + " (" + entities(held) + ")");
    }
    if (decision == Decision.BLOCK && hit.ifConfirmed() != Decision.BLOCK) {
      throw new InterdictException.InvalidInput("entity " + entity + " is listed without blocking effect (" + hit.program()
          + "): a true match on it is rejected, not blocked");
    }
    if (decision == Decision.REJECT && hit.ifConfirmed() == Decision.BLOCK) {
      throw new InterdictException.InvalidInput("entity " + entity + " is designated with blocking effect (" + hit.program()
          + "): property in which it has an interest is blocked, not rejected (31 CFR 501.603)");
    }
  }

  /** The screening decision as the analysts confirmed it, for the ledger or the rejects register. */
  private static PaymentDecision confirmed(Held held, Decision decision, String entity, String confirmer) {
    PaymentDecision s = held.screening();
    List<Hit> hits = new ArrayList<>();
    for (Hit x : s.hits()) {
      hits.add(entity != null && entity.equals(x.entityKey()) ? x.withOutcome(decision) : x);
    }
    List<String> reasons = new ArrayList<>();
    reasons.add(decision + ": hold " + held.id() + " " + describe(decision, entity) + ", proposed by " + held.proposedBy()
        + " and confirmed by " + confirmer);
    reasons.addAll(s.reasons());
    String messageId = held.messageId() != null ? held.messageId() : "unread:" + held.origin();
    String format = held.format() != null ? held.format() : "unreadable";
    ParsedPayment amounts = new ParsedPayment(messageId, null, List.of(), held.amount(), held.currency(), List.of(), null);
    return new PaymentDecision(messageId, s.origin(), format, decision, hits, reasons, amounts);
  }

  private static String describe(Decision d, String entity) {
    return d.name().toLowerCase(Locale.ROOT) + (entity == null ? "" : " on " + entity);
  }

  private static String entities(Held held) {
    List<String> keys = new ArrayList<>();
    for (Hit x : held.screening().hits()) {
      if (x.entityKey() != null && !keys.contains(x.entityKey())) {
        keys.add(x.entityKey());
      }
    }
    return keys.isEmpty() ? "no listed entity was hit" : String.join(", ", keys);
  }

  private static void event(Handle h, long id, Instant at, String actor, String action, Decision d, String entity, String note) {
    h.createUpdate("INSERT INTO payment_hold_event (hold_id, event_at, actor, action, decision, entity_key, note) "
            + "VALUES (:id, :at, :actor, :action, :d, :e, :note)")
        .bind("id", id).bind("at", Timestamp.from(at)).bind("actor", actor).bind("action", action)
        .bind("d", d == null ? null : d.name()).bind("e", entity).bind("note", note).execute();
  }

  private static List<Event> events(Handle h, long id) {
    return h.createQuery("SELECT * FROM payment_hold_event WHERE hold_id = :id ORDER BY id").bind("id", id)
        .map((rs, ctx) -> new Event(rs.getTimestamp("event_at").toInstant(), rs.getString("actor"), rs.getString("action"),
            decision(rs.getString("decision")), rs.getString("entity_key"), rs.getString("note")))
        .list();
  }

  /** {@code forUpdate}: locks the row, so that two second opinions cannot both close it. */
  private static Held find(Handle h, long id, boolean forUpdate) {
    return h.createQuery("SELECT * FROM payment_hold WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne()
        .orElseThrow(() -> new InterdictException.NotFound("no held payment " + id));
  }

  private static Held map(ResultSet rs) throws SQLException {
    PaymentDecision screening;
    try {
      screening = JSON.readValue(rs.getString("screening"), PaymentDecision.class);
    } catch (JsonProcessingException e) {
      throw new InterdictException.StoreFailure("hold " + rs.getLong("id") + ": stored screening cannot be read back", e);
    }
    return new Held(rs.getLong("id"), rs.getString("message_id"), rs.getString("origin"), rs.getString("message_format"),
        rs.getBigDecimal("amount"), rs.getString("currency"), screening, rs.getDate("held_on").toLocalDate(),
        rs.getTimestamp("held_at").toInstant(), rs.getString("held_by"), Status.valueOf(rs.getString("status")),
        decision(rs.getString("proposed_decision")), rs.getString("proposed_entity"), rs.getString("proposed_by"),
        instant(rs.getTimestamp("proposed_at")), rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")),
        rs.getString("outcome"));
  }

  private static Decision decision(String s) {
    return s == null ? null : Decision.valueOf(s);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
