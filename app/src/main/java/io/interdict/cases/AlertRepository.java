package io.interdict.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

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

  static List<Alert> find(Handle h, AlertService.Filter f) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alert WHERE 1 = 1");
    if (f.status() != null) {
      sql.append(" AND status = :status");
    }
    if (f.customerId() != null) {
      sql.append(" AND customer_id = :customer");
    }
    if (f.source() != null) {
      sql.append(" AND list_source = :source");
    }
    if (f.minScore() > 0) {
      sql.append(" AND score >= :min_score");
    }
    if (f.text() != null) {
      sql.append(" AND (LOWER(customer_id) LIKE :text ESCAPE '!' OR LOWER(entity_name) LIKE :text ESCAPE '!')");
    }
    if (f.after() != null) {
      sql.append(" AND id > :after");
    }
    if (f.before() != null) {
      sql.append(" AND id < :before");
    }
    sql.append(f.newestFirst() ? " ORDER BY id DESC" : " ORDER BY id").append(" LIMIT :limit");
    Query q = h.createQuery(sql.toString()).bind("limit", f.limit());
    if (f.status() != null) {
      q.bind("status", f.status().name());
    }
    if (f.customerId() != null) {
      q.bind("customer", f.customerId());
    }
    if (f.source() != null) {
      q.bind("source", f.source());
    }
    if (f.minScore() > 0) {
      q.bind("min_score", f.minScore());
    }
    if (f.text() != null) {
      q.bind("text", "%" + f.text().toLowerCase(Locale.ROOT).replaceAll("[!%_]", "!$0") + "%");
    }
    if (f.after() != null) {
      q.bind("after", f.after());
    }
    if (f.before() != null) {
      q.bind("before", f.before());
    }
    return q.map((rs, ctx) -> alert(rs)).list();
  }

  static Map<AlertStatus, Long> countByStatus(Handle h) {
    Map<AlertStatus, Long> out = new EnumMap<>(AlertStatus.class);
    for (AlertStatus s : AlertStatus.values()) {
      out.put(s, 0L);
    }
    h.createQuery("SELECT status, COUNT(*) FROM alert GROUP BY status")
        .map((rs, ctx) -> Map.entry(AlertStatus.valueOf(rs.getString(1).trim()), rs.getLong(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  static Optional<Instant> oldestWaitingSince(Handle h) {
    return h.createQuery("SELECT MIN(created_at) FROM alert WHERE status NOT IN ('CLOSED_FALSE_POSITIVE', 'CLOSED_TRUE_MATCH')")
        .map((rs, ctx) -> rs.getTimestamp(1))
        .findOne()
        .filter(t -> t != null)
        .map(Timestamp::toInstant);
  }

  static List<String> sources(Handle h) {
    return h.createQuery("SELECT DISTINCT list_source FROM alert ORDER BY list_source").mapTo(String.class).list();
  }

  /** Alerts raised or closed at or after {@code from}. */
  static List<Alert> activeSince(Handle h, Instant from) {
    return h.createQuery("SELECT " + COLUMNS + " FROM alert WHERE created_at >= :from OR closed_at >= :from ORDER BY id")
        .bind("from", Timestamp.from(from))
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
