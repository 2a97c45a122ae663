package io.interdict.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of alerts and their events. Every method runs on the caller's handle (and transaction). */
final class AlertRepository {
  private static final String COLUMNS =
      "id, customer_id, customer_version_id, customer_hash, entity_key, entity_name, entity_hash, list_source, "
          + "list_version_id, list_version_label, score, matched_name, explanation, reason, status, "
          + "proposed_decision, proposed_by, proposed_at, closed_by, closed_at, annotation, created_at, updated_at";

  private AlertRepository() {}

  static long insert(Handle h, AlertCandidate c, AlertReason reason, Instant now) {
    return h.createUpdate("INSERT INTO alert (customer_id, customer_version_id, customer_hash, entity_key, entity_name, "
            + "entity_hash, list_source, list_version_id, list_version_label, score, matched_name, explanation, reason, "
            + "status, created_at, updated_at) VALUES (:customer_id, :customer_version_id, :customer_hash, :entity_key, "
            + ":entity_name, :entity_hash, :list_source, :list_version_id, :list_version, :score, :matched_name, "
            + ":explanation, :reason, :status, :now, :now)")
        .bind("customer_id", c.customerId())
        .bind("customer_version_id", c.customerVersionId())
        .bind("customer_hash", c.customerHash())
        .bind("entity_key", c.entityKey())
        .bind("entity_name", truncate(c.entityName(), 1000))
        .bind("entity_hash", c.entityHash())
        .bind("list_source", c.listSource())
        .bind("list_version_id", c.listVersionId())
        .bind("list_version", truncate(c.listVersion(), 200))
        .bind("score", BigDecimal.valueOf(c.score()).setScale(4, RoundingMode.HALF_UP))
        .bind("matched_name", truncate(c.matchedName(), 1000))
        .bind("explanation", c.explanationJson())
        .bind("reason", reason.label())
        .bind("status", AlertStatus.OPEN.name())
        .bind("now", Timestamp.from(now))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  static Optional<Alert> find(Handle h, long id, boolean forUpdate) {
    return h.createQuery("SELECT " + COLUMNS + " FROM alert WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
        .bind("id", id)
        .map((rs, ctx) -> alert(rs))
        .findOne();
  }

  /** The newest alert for a (customer, entity) pair, whatever its customer and list versions. */
  static Optional<Alert> latestForPair(Handle h, String customerId, String entityKey) {
    return h.createQuery("SELECT " + COLUMNS + " FROM alert WHERE customer_id = :customer AND entity_key = :entity "
            + "ORDER BY id DESC LIMIT 1")
        .bind("customer", customerId)
        .bind("entity", entityKey)
        .map((rs, ctx) -> alert(rs))
        .findOne();
  }

  static List<Alert> list(Handle h, AlertStatus status, String customerId, int limit) {
    return h.createQuery("SELECT " + COLUMNS + " FROM alert WHERE 1 = 1"
            + (status == null ? "" : " AND status = :status") + (customerId == null ? "" : " AND customer_id = :customer")
            + " ORDER BY id LIMIT :limit")
        .bind("status", status == null ? null : status.name())
        .bind("customer", customerId)
        .bind("limit", limit)
        .map((rs, ctx) -> alert(rs))
        .list();
  }

  static List<Alert> openForEntity(Handle h, String entityKey) {
    return openWhere(h, "entity_key", entityKey);
  }

  static List<Alert> openForCustomer(Handle h, String customerId) {
    return openWhere(h, "customer_id", customerId);
  }

  /** Alerts not closed whose {@code column} (a name from this class, never from input) is {@code value}. */
  private static List<Alert> openWhere(Handle h, String column, String value) {
    return h.createQuery("SELECT " + COLUMNS + " FROM alert WHERE " + column + " = :value "
            + "AND status NOT IN ('CLOSED_FALSE_POSITIVE', 'CLOSED_TRUE_MATCH') ORDER BY id")
        .bind("value", value)
        .map((rs, ctx) -> alert(rs))
        .list();
  }

  static void propose(Handle h, long id, Decision d, String user, Instant now) {
    h.createUpdate("UPDATE alert SET status = :status, proposed_decision = :decision, proposed_by = :user, "
            + "proposed_at = :now, updated_at = :now WHERE id = :id")
        .bind("status", AlertStatus.proposed(d).name())
        .bind("decision", d.name())
        .bind("user", user)
        .bind("now", Timestamp.from(now))
        .bind("id", id)
        .execute();
  }

  static void close(Handle h, long id, Decision d, String user, Instant now) {
    h.createUpdate("UPDATE alert SET status = :status, closed_by = :user, closed_at = :now, updated_at = :now WHERE id = :id")
        .bind("status", AlertStatus.closed(d).name())
        .bind("user", user)
        .bind("now", Timestamp.from(now))
        .bind("id", id)
        .execute();
  }

  /** Back to review with the proposal withdrawn (the events keep who proposed and who disagreed). */
  static void reopenForReview(Handle h, long id, Instant now) {
    h.createUpdate("UPDATE alert SET status = :status, proposed_decision = NULL, proposed_by = NULL, proposed_at = NULL, "
            + "updated_at = :now WHERE id = :id")
        .bind("status", AlertStatus.UNDER_REVIEW.name())
        .bind("now", Timestamp.from(now))
        .bind("id", id)
        .execute();
  }

  static void setStatus(Handle h, long id, AlertStatus status, Instant now) {
    h.createUpdate("UPDATE alert SET status = :status, updated_at = :now WHERE id = :id")
        .bind("status", status.name())
        .bind("now", Timestamp.from(now))
        .bind("id", id)
        .execute();
  }

  static void annotate(Handle h, long id, String annotation, Instant now) {
    h.createUpdate("UPDATE alert SET annotation = :annotation, updated_at = :now WHERE id = :id")
        .bind("annotation", annotation)
        .bind("now", Timestamp.from(now))
        .bind("id", id)
        .execute();
  }

  static void event(Handle h, long alertId, Instant at, String actor, String action, Decision decision,
      AlertStatus from, AlertStatus to, String note) {
    h.createUpdate("INSERT INTO alert_event (alert_id, at, actor, action, decision, from_status, to_status, note) "
            + "VALUES (:alert, :at, :actor, :action, :decision, :from, :to, :note)")
        .bind("alert", alertId)
        .bind("at", Timestamp.from(at))
        .bind("actor", actor)
        .bind("action", action)
        .bind("decision", decision == null ? null : decision.name())
        .bind("from", from.name())
        .bind("to", to.name())
        .bind("note", note)
        .execute();
  }

  static List<AlertEvent> events(Handle h, long alertId) {
    return h.createQuery("SELECT id, alert_id, at, actor, action, decision, from_status, to_status, note "
            + "FROM alert_event WHERE alert_id = :id ORDER BY id")
        .bind("id", alertId)
        .map((rs, ctx) -> new AlertEvent(rs.getLong("id"), rs.getLong("alert_id"), rs.getTimestamp("at").toInstant(),
            rs.getString("actor"), rs.getString("action"), decision(rs.getString("decision")),
            AlertStatus.valueOf(rs.getString("from_status")), AlertStatus.valueOf(rs.getString("to_status")),
            rs.getString("note")))
        .list();
  }

  private static Alert alert(ResultSet rs) throws SQLException {
    return new Alert(rs.getLong("id"), rs.getString("customer_id"), rs.getLong("customer_version_id"),
        rs.getString("customer_hash").trim(), rs.getString("entity_key"), rs.getString("entity_name"),
        rs.getString("entity_hash").trim(), rs.getString("list_source"), rs.getLong("list_version_id"),
        rs.getString("list_version_label"), rs.getBigDecimal("score").doubleValue(), rs.getString("matched_name"),
        rs.getString("explanation"), AlertReason.ofLabel(rs.getString("reason")),
        AlertStatus.valueOf(rs.getString("status")), decision(rs.getString("proposed_decision")),
        rs.getString("proposed_by"), instant(rs.getTimestamp("proposed_at")), rs.getString("closed_by"),
        instant(rs.getTimestamp("closed_at")), rs.getString("annotation"), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static Decision decision(String s) {
    return s == null ? null : Decision.valueOf(s);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
