package io.interdict.lists.store;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code list_source} table: which sources are enabled, where they are downloaded from, and how
 * the last check went. Configuration changes are audited in the same transaction.
 */
public final class ListSources {
  private static final String COLUMNS =
      "source_id, enabled, url, current_version_id, last_check, last_success, last_error, last_error_at";
  private static final int MAX_ERROR = 4000;

  private final Jdbi jdbi;
  private final AuditLog audit;

  ListSources(Jdbi jdbi, AuditLog audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  public List<SourceState> all() {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM list_source ORDER BY source_id")
        .map((rs, ctx) -> read(rs))
        .list());
  }

  public Optional<SourceState> get(String source) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM list_source WHERE source_id = :s")
        .bind("s", source)
        .map((rs, ctx) -> read(rs))
        .findOne());
  }

  public SourceState require(String source) {
    return get(source).orElseThrow(() -> new InterdictException.NotFound(
        "unknown list source '" + source + "' (known: " + String.join(", ", ids()) + ")"));
  }

  public List<String> ids() {
    return jdbi.withHandle(h -> h.createQuery("SELECT source_id FROM list_source ORDER BY source_id")
        .mapTo(String.class).list());
  }

  public void setEnabled(String source, boolean enabled, String actor) {
    jdbi.useTransaction(h -> {
      ensure(h, source, enabled);
      h.createUpdate("UPDATE list_source SET enabled = :e WHERE source_id = :s")
          .bind("e", enabled).bind("s", source).execute();
      audit.append(h, actor, enabled ? "lists.source.enable" : "lists.source.disable", source, Map.of());
    });
  }

  /** Sets the download URL; null restores the official URL. */
  public void setUrl(String source, String url, String actor) {
    jdbi.useTransaction(h -> {
      ensure(h, source, true);
      h.createUpdate("UPDATE list_source SET url = :u WHERE source_id = :s")
          .bind("u", url).bind("s", source).execute();
      Map<String, Object> details = new HashMap<>();
      details.put("url", url == null ? "official" : url);
      audit.append(h, actor, "lists.source.url", source, details);
    });
  }

  /** Records a successful check (new version, not modified or already current): clears the error. */
  public void recordSuccess(String source, Instant at) {
    jdbi.useHandle(h -> h.createUpdate(
            "UPDATE list_source SET last_check = :at, last_success = :at, last_error = NULL, last_error_at = NULL "
                + "WHERE source_id = :s")
        .bind("at", Timestamp.from(at)).bind("s", source).execute());
  }

  /** Records a failed update and audits it; the current version is left as it is. */
  public void recordFailure(String source, Instant at, String error, String actor, Map<String, ?> details) {
    String message = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "\u2026" : error;
    jdbi.useTransaction(h -> {
      ensure(h, source, true);
      h.createUpdate("UPDATE list_source SET last_check = :at, last_error = :e, last_error_at = :at WHERE source_id = :s")
          .bind("at", Timestamp.from(at)).bind("e", message).bind("s", source).execute();
      Map<String, Object> d = new HashMap<>(details);
      d.put("error", message);
      audit.append(h, actor, "lists.update.failed", source, d);
    });
  }

  /** HTTP validators and digests of the files last accepted for {@code source}, by file name. */
  public Map<String, FileState> files(String source) {
    return jdbi.withHandle(h -> {
      Map<String, FileState> out = new HashMap<>();
      h.createQuery("SELECT file_name, etag, last_modified, size_bytes, sha256, fetched_at FROM list_source_file "
              + "WHERE source_id = :s")
          .bind("s", source)
          .map((rs, ctx) -> new FileState(rs.getString("file_name"), rs.getString("etag"),
              rs.getString("last_modified"), rs.getLong("size_bytes"), rs.getString("sha256"),
              rs.getTimestamp("fetched_at").toInstant()))
          .forEach(f -> out.put(f.name(), f));
      return out;
    });
  }

  /** Replaces the file states of {@code source} (after its files were accepted). */
  public void saveFiles(String source, List<FileState> files) {
    jdbi.useTransaction(h -> {
      ensure(h, source, true);
      h.createUpdate("DELETE FROM list_source_file WHERE source_id = :s").bind("s", source).execute();
      for (FileState f : files) {
        h.createUpdate("INSERT INTO list_source_file (source_id, file_name, etag, last_modified, size_bytes, sha256, "
                + "fetched_at) VALUES (:s, :n, :etag, :lm, :size, :sha, :at)")
            .bind("s", source).bind("n", f.name()).bind("etag", f.etag()).bind("lm", f.lastModified())
            .bind("size", f.size()).bind("sha", f.sha256()).bind("at", Timestamp.from(f.fetchedAt()))
            .execute();
      }
    });
  }

  /** Creates the source row when absent (imports of a new source id create it, enabled). */
  static void ensure(Handle h, String source, boolean enabled) {
    h.createUpdate("INSERT INTO list_source (source_id, enabled) SELECT :s, :e "
            + "WHERE NOT EXISTS (SELECT 1 FROM list_source WHERE source_id = :s)")
        .bind("s", source).bind("e", enabled).execute();
  }

  private static SourceState read(ResultSet rs) throws SQLException {
    long current = rs.getLong("current_version_id");
    Long cur = rs.wasNull() ? null : current;
    return new SourceState(rs.getString("source_id"), rs.getBoolean("enabled"), rs.getString("url"), cur,
        instant(rs.getTimestamp("last_check")), instant(rs.getTimestamp("last_success")),
        rs.getString("last_error"), instant(rs.getTimestamp("last_error_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /**
   * One downloaded file of a source as last accepted.
   *
   * @param etag {@code ETag} response header, null when the server sent none
   * @param lastModified {@code Last-Modified} response header, verbatim
   */
  public record FileState(String name, String etag, String lastModified, long size, String sha256, Instant fetchedAt) {}
}
