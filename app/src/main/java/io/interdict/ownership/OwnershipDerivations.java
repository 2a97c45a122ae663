package io.interdict.ownership;

import io.interdict.audit.AuditLog;
import io.interdict.lists.store.EntityCodec;
import io.interdict.model.ListedEntity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The stored derivations of the 50 % rule: each one the set of entities the register in force made
 * blocked against the lists of its time, kept whole so that the next one can be compared with it. A new
 * derivation is stored only when the set changes; otherwise the last one is confirmed for the new inputs.
 */
public final class OwnershipDerivations {
  /**
   * One stored derivation.
   *
   * @param inputs the register and list versions it was last checked against
   */
  public record Snapshot(long id, long registerId, String inputs, int entities, Instant createdAt) {
    /** How monitoring and alerts name it. */
    public String label() {
      return "derivation " + id + " (register " + registerId + ")";
    }
  }

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public OwnershipDerivations(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<Snapshot> latest() {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, register_id, inputs, entities, created_at "
            + "FROM ownership_derivation ORDER BY id DESC LIMIT 1")
        .map((rs, ctx) -> new Snapshot(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
            rs.getTimestamp(5).toInstant()))
        .findOne());
  }

  public List<ListedEntity> entities(long derivationId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT body FROM ownership_derivation_entity WHERE derivation_id = :id ORDER BY entity_key")
        .bind("id", derivationId)
        .map((rs, ctx) -> EntityCodec.fromJson(rs.getString(1)))
        .list());
  }

  /** One entity as a derivation held it (the alert pages show what was blocked and why). */
  public Optional<ListedEntity> entity(long derivationId, String key) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT body FROM ownership_derivation_entity WHERE derivation_id = :id AND entity_key = :key")
        .bind("id", derivationId)
        .bind("key", key)
        .map((rs, ctx) -> EntityCodec.fromJson(rs.getString(1)))
        .findOne());
  }

  /** Content hashes by entity key. */
  public Map<String, String> hashes(long derivationId) {
    return jdbi.withHandle(h -> {
      Map<String, String> out = new LinkedHashMap<>();
      h.createQuery("SELECT entity_key, content_hash FROM ownership_derivation_entity WHERE derivation_id = :id")
          .bind("id", derivationId)
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
          .forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    });
  }

  /** The derivation still holds for {@code inputs}: nothing became blocked or unblocked. */
  public void confirm(long derivationId, String inputs) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE ownership_derivation SET inputs = :inputs, checked_at = :now WHERE id = :id")
        .bind("inputs", inputs)
        .bind("now", Timestamp.from(clock.instant()))
        .bind("id", derivationId)
        .execute());
  }

  /** Stores a new derivation and records it in the audit trail, in one transaction. */
  public Snapshot store(long registerId, String inputs, List<ListedEntity> entities, Map<String, Object> details,
      String actor) {
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      long id = h.createUpdate("INSERT INTO ownership_derivation (register_id, inputs, entities, created_at, checked_at) "
              + "VALUES (:register, :inputs, :entities, :now, :now)")
          .bind("register", registerId)
          .bind("inputs", inputs)
          .bind("entities", entities.size())
          .bind("now", Timestamp.from(now))
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      var batch = h.prepareBatch("INSERT INTO ownership_derivation_entity (derivation_id, entity_key, content_hash, body) "
          + "VALUES (:id, :key, :hash, :body)");
      for (ListedEntity e : entities) {
        String json = EntityCodec.toJson(e);
        batch.bind("id", id).bind("key", e.key()).bind("hash", EntityCodec.hash(json)).bind("body", json).add();
      }
      if (!entities.isEmpty()) {
        batch.execute();
      }
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("register", registerId);
      d.put("inputs", inputs);
      d.put("entities", entities.size());
      d.putAll(details);
      audit.append(h, actor, "ownership.derived", "ownership-derivation:" + id, d);
      return new Snapshot(id, registerId, inputs, entities.size(), now);
    });
  }
}
