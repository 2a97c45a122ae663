package io.interdict.lists.store;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.lists.ListFormats;
import io.interdict.lists.diff.DiffSummary;
import io.interdict.lists.diff.ListDiff;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.store.Database;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every imported list snapshot, with its entities per version. Entities keep their identity across
 * versions ({@link ListedEntity#key()}); their bodies are content-addressed, so an unchanged entity
 * costs one row per version and "what changed" is a comparison of hashes. Screening uses the current
 * version of each enabled source; older versions stay queryable.
 *
 * <p>An import is one transaction: the version, its entities, the switch of the source's current
 * version and the audit record commit together or not at all.
 */
public final class ListStore {
  private static final Logger LOG = LoggerFactory.getLogger(ListStore.class);
  private static final String VERSION_COLUMNS =
      "v.id, v.source_id, v.published, v.checksum, v.format, v.origin, v.imported_at, v.entity_count";
  private static final int BATCH = 500;

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final ListSources sources;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public ListStore(Database db, AuditLog audit) {
    this(db, audit, Clock.systemUTC());
  }

  public ListStore(Database db, AuditLog audit, Clock clock) {
    this.jdbi = db.jdbi();
    this.audit = audit;
    this.clock = clock;
    this.sources = new ListSources(jdbi, audit);
  }

  /**
   * Progress of an import in work units (three per entity: encode, store body, store row), called
   * from the importing thread; throwing aborts the import (and rolls it back).
   */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void advanced(int done, int total);
  }

  public ListSources sources() {
    return sources;
  }

  /**
   * Runs {@code listener} after every committed change of what screening uses (an import that made a
   * new version current, a source enabled or disabled). Listeners run on the changing thread.
   */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** Imports a snapshot (format guessed from its origin); see {@link #importSnapshot(ListSnapshot, String, String, Progress)}. */
  public ListVersion importSnapshot(ListSnapshot s, String actor) {
    return importSnapshot(s, formatOf(s.origin()), actor, Progress.NONE).version();
  }

  /**
   * Imports a snapshot and makes it the current version of its source, atomically. A snapshot whose
   * checksum equals the current version's is a no-op ({@link ImportResult#alreadyCurrent()}).
   */
  public ImportResult importSnapshot(ListSnapshot s, String format, String actor, Progress progress) {
    List<ListedEntity> entities = s.entities();
    String[] keys = new String[entities.size()];
    String[] bodies = new String[entities.size()];
    String[] hashes = new String[entities.size()];
    Set<String> seen = new HashSet<>(entities.size() * 2);
    for (int i = 0; i < keys.length; i++) {
      ListedEntity e = entities.get(i);
      if (!e.source().equals(s.source())) {
        throw new InterdictException.InvalidInput("snapshot of " + s.source() + " (" + s.origin()
            + ") contains entity " + e.key() + " of another source");
      }
      keys[i] = e.key();
      if (!seen.add(keys[i])) {
        throw new InterdictException.InvalidInput(s.origin() + ": entity id " + e.sourceId() + " is listed twice");
      }
      bodies[i] = EntityCodec.toJson(e);
      hashes[i] = EntityCodec.hash(bodies[i]);
      if ((i + 1) % BATCH == 0) {
        progress.advanced(i + 1, 3 * keys.length);
      }
    }
    ImportResult result = jdbi.inTransaction(h -> {
      ListSources.ensure(h, s.source(), true);
      Long currentId = h.createQuery("SELECT current_version_id FROM list_source WHERE source_id = :s FOR UPDATE")
          .bind("s", s.source()).mapTo(Long.class).one();
      ListVersion previous = currentId == null ? null : readVersion(h, currentId).orElseThrow();
      if (previous != null && previous.checksum().equals(s.checksum())) {
        return new ImportResult(previous, previous, true, DiffSummary.NONE);
      }
      Map<String, String> before = previous == null ? Map.of() : hashes(h, previous.id());
      insertMissingBodies(h, before, hashes, bodies, progress);
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      long id = h.createUpdate("INSERT INTO list_version (source_id, published, checksum, format, origin, imported_at, "
              + "imported_by, entity_count, warning_count) "
              + "VALUES (:s, :published, :checksum, :format, :origin, :at, :actor, :n, :w)")
          .bind("s", s.source())
          .bind("published", s.published())
          .bind("checksum", s.checksum())
          .bind("format", format)
          .bind("origin", s.origin() == null ? "" : s.origin())
          .bind("at", Timestamp.from(now))
          .bind("actor", actor)
          .bind("n", keys.length)
          .bind("w", s.warnings().size())
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      PreparedBatch batch = h.prepareBatch(
          "INSERT INTO list_version_entity (version_id, entity_key, ordinal, content_hash) VALUES (:v, :k, :o, :h)");
      Map<String, String> after = new HashMap<>(keys.length * 2);
      for (int i = 0; i < keys.length; i++) {
        batch.bind("v", id).bind("k", keys[i]).bind("o", i).bind("h", hashes[i]).add();
        after.put(keys[i], hashes[i]);
        if ((i + 1) % BATCH == 0) {
          batch.execute();
          progress.advanced(2 * keys.length + i + 1, 3 * keys.length);
        }
      }
      if (batch.size() > 0) {
        batch.execute();
      }
      progress.advanced(3 * keys.length, 3 * keys.length);
      h.createUpdate("UPDATE list_source SET current_version_id = :v WHERE source_id = :s")
          .bind("v", id).bind("s", s.source()).execute();
      DiffSummary diff = ListDiff.summarize(before, after);
      ListVersion version = new ListVersion(id, s.source(), s.published(), s.checksum(), format, s.origin(), now,
          keys.length);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("version", id);
      details.put("previous_version", previous == null ? null : previous.id());
      details.put("published", s.published() == null ? null : s.published().toString());
      details.put("checksum", s.checksum());
      details.put("format", format);
      details.put("origin", s.origin());
      details.put("entities", keys.length);
      details.put("added", diff.added());
      details.put("removed", diff.removed());
      details.put("changed", diff.changed());
      details.put("warnings", s.warnings().size());
      audit.append(h, actor, "lists.import", s.source(), details);
      return new ImportResult(version, previous, false, diff);
    });
    if (!result.alreadyCurrent()) {
      LOG.debug("imported {} {} ({} entities, {})", s.source(), result.version().label(), keys.length, result.diff());
      fireChanged();
    }
    return result;
  }

  /** The current version of {@code source}, whether or not the source is enabled. */
  public Optional<ListVersion> current(String source) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
            + " FROM list_version v JOIN list_source s ON s.current_version_id = v.id WHERE s.source_id = :s")
        .bind("s", source)
        .map((rs, ctx) -> readVersion(rs))
        .findOne());
  }

  /** Every version of {@code source}, oldest first. */
  public List<ListVersion> versions(String source) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
            + " FROM list_version v WHERE v.source_id = :s ORDER BY v.id")
        .bind("s", source)
        .map((rs, ctx) -> readVersion(rs))
        .list());
  }

  public Optional<ListVersion> version(long id) {
    return jdbi.withHandle(h -> readVersion(h, id));
  }

  /** The latest version of {@code source} published on {@code published}. */
  public Optional<ListVersion> version(String source, LocalDate published) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
            + " FROM list_version v WHERE v.source_id = :s AND v.published = :p ORDER BY v.id DESC LIMIT 1")
        .bind("s", source)
        .bind("p", published)
        .map((rs, ctx) -> readVersion(rs))
        .findOne());
  }

  /** The current version of every enabled source, by source id. */
  public List<ListVersion> currentVersions() {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
            + " FROM list_version v JOIN list_source s ON s.current_version_id = v.id WHERE s.enabled "
            + "ORDER BY s.source_id")
        .map((rs, ctx) -> readVersion(rs))
        .list());
  }

  /** The entities of a version, in the order the publisher lists them. */
  public List<ListedEntity> entities(long versionId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT b.body FROM list_version_entity e "
            + "JOIN list_entity_body b ON b.content_hash = e.content_hash WHERE e.version_id = :v ORDER BY e.ordinal")
        .bind("v", versionId)
        .setFetchSize(1000)
        .map((rs, ctx) -> EntityCodec.fromJson(rs.getString(1)))
        .list());
  }

  /** Entity key → content hash of a version: enough to tell added, removed and changed entities. */
  public Map<String, String> contentHashes(long versionId) {
    return jdbi.withHandle(h -> hashes(h, versionId));
  }

  /** The entities of the current version of every enabled source. */
  public List<ListedEntity> currentEntities() {
    List<ListedEntity> out = new ArrayList<>();
    for (ListVersion v : currentVersions()) {
      out.addAll(entities(v.id()));
    }
    return out;
  }

  /** The entity with {@code key} ({@code source:id}) in its source's current version. */
  public Optional<ListedEntity> entity(String key) {
    return jdbi.withHandle(h -> h.createQuery("SELECT b.body FROM list_source s "
            + "JOIN list_version_entity e ON e.version_id = s.current_version_id AND e.entity_key = :k "
            + "JOIN list_entity_body b ON b.content_hash = e.content_hash WHERE s.source_id = :s")
        .bind("k", key)
        .bind("s", sourceOf(key))
        .map((rs, ctx) -> EntityCodec.fromJson(rs.getString(1)))
        .findOne());
  }

  /**
   * The entity with {@code key} through every version of its source, oldest first: when it was listed,
   * changed and removed. Versions in which it was absent and stayed absent are left out.
   */
  public List<EntityVersion> history(String key) {
    return jdbi.withHandle(h -> {
      List<EntityVersion> out = new ArrayList<>();
      String[] prev = {null};
      h.createQuery("SELECT " + VERSION_COLUMNS + ", e.content_hash, b.body FROM list_version v "
              + "LEFT JOIN list_version_entity e ON e.version_id = v.id AND e.entity_key = :k "
              + "LEFT JOIN list_entity_body b ON b.content_hash = e.content_hash "
              + "WHERE v.source_id = :s ORDER BY v.id")
          .bind("k", key)
          .bind("s", sourceOf(key))
          .map((rs, ctx) -> {
            ListVersion v = readVersion(rs);
            String hash = rs.getString("content_hash");
            EntityVersion ev = null;
            if (hash == null) {
              if (prev[0] != null) {
                ev = new EntityVersion(v, EntityVersion.Change.REMOVED, null, null);
              }
            } else {
              EntityVersion.Change c = prev[0] == null ? EntityVersion.Change.LISTED
                  : prev[0].equals(hash) ? EntityVersion.Change.UNCHANGED : EntityVersion.Change.CHANGED;
              ev = new EntityVersion(v, c, hash, EntityCodec.fromJson(rs.getString("body")));
            }
            prev[0] = hash;
            return Optional.ofNullable(ev);
          })
          .forEach(o -> o.ifPresent(out::add));
      return out;
    });
  }

  /** Enables or disables screening (and updating) of a source; audited as the system. */
  public void setEnabled(String source, boolean enabled) {
    setEnabled(source, enabled, "system");
  }

  public void setEnabled(String source, boolean enabled, String actor) {
    sources.setEnabled(source, enabled, actor);
    fireChanged();
  }

  private void fireChanged() {
    for (Runnable r : listeners) {
      try {
        r.run();
      } catch (RuntimeException e) {
        LOG.error("list change listener failed: {}", e.toString(), e);
      }
    }
  }

  /**
   * Stores the bodies not stored yet. Those of the previous version are known to be there; the rest are
   * inserted unless present (an entity returning to an older state finds its old body).
   */
  private static void insertMissingBodies(
      Handle h, Map<String, String> before, String[] hashes, String[] bodies, Progress progress) {
    Set<String> known = new HashSet<>(before.values());
    PreparedBatch batch = h.prepareBatch("INSERT INTO list_entity_body (content_hash, body) SELECT :h, :b "
        + "WHERE NOT EXISTS (SELECT 1 FROM list_entity_body WHERE content_hash = :h)");
    for (int i = 0; i < hashes.length; i++) {
      if (known.add(hashes[i])) {
        batch.bind("h", hashes[i]).bind("b", bodies[i]).add();
        if (batch.size() >= BATCH) {
          batch.execute();
        }
      }
      if ((i + 1) % BATCH == 0) {
        progress.advanced(hashes.length + i + 1, 3 * hashes.length);
      }
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private static Map<String, String> hashes(Handle h, long versionId) {
    Map<String, String> out = new HashMap<>();
    h.createQuery("SELECT entity_key, content_hash FROM list_version_entity WHERE version_id = :v")
        .bind("v", versionId)
        .setFetchSize(1000)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Optional<ListVersion> readVersion(Handle h, long id) {
    return h.createQuery("SELECT " + VERSION_COLUMNS + " FROM list_version v WHERE v.id = :id")
        .bind("id", id)
        .map((rs, ctx) -> readVersion(rs))
        .findOne();
  }

  private static ListVersion readVersion(ResultSet rs) throws SQLException {
    return new ListVersion(rs.getLong("id"), rs.getString("source_id"), rs.getObject("published", LocalDate.class),
        rs.getString("checksum"), rs.getString("format"), rs.getString("origin"),
        rs.getTimestamp("imported_at").toInstant(), rs.getInt("entity_count"));
  }

  static String sourceOf(String key) {
    int colon = key.indexOf(':');
    if (colon <= 0) {
      throw new InterdictException.InvalidInput("entity key '" + key + "' is not of the form source:id");
    }
    return key.substring(0, colon);
  }

  /** The reader format for a snapshot read from {@code origin}, "unknown" when it cannot be told. */
  private static String formatOf(String origin) {
    if (origin == null) {
      return "unknown";
    }
    try {
      Path p = Path.of(origin);
      return Files.exists(p) ? ListFormats.detect(p).format() : "unknown";
    } catch (InvalidPathException | InterdictException e) {
      return "unknown";
    }
  }
}
