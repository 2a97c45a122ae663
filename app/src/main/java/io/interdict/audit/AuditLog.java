package io.interdict.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interdict.InterdictException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Append-only, hash-chained audit trail. Every import, screening, alert, decision and configuration
 * change is appended here. Appending inside the caller's transaction ({@link #append(Handle, String,
 * String, String, Map)}) makes the record and the change it describes commit or roll back together.
 */
public final class AuditLog {
  public static final String GENESIS = "0".repeat(64);
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public AuditLog(Jdbi jdbi) {
    this(jdbi, Clock.systemUTC());
  }

  /** Appends in its own transaction. */
  public AuditRecord append(String actor, String action, String subject, Map<String, ?> details) {
    return jdbi.inTransaction(h -> append(h, actor, action, subject, details));
  }

  /** Appends inside the caller's transaction (the caller's handle must be in a transaction). */
  public AuditRecord append(Handle h, String actor, String action, String subject, Map<String, ?> details) {
    Map<String, Object> head =
        h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE").mapToMap().one();
    long seq = ((Number) head.get("seq")).longValue() + 1;
    String prev = ((String) head.get("hash")).trim();
    // Truncated to microseconds: both databases store that precision, so the hash re-computes.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String detailsJson = toJson(details);
    String hash = hash(seq, at, actor, action, subject, detailsJson, prev);
    h.createUpdate(
            "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) "
                + "VALUES (:seq, :at, :actor, :action, :subject, :details, :prev, :hash)")
        .bind("seq", seq)
        .bind("at", Timestamp.from(at))
        .bind("actor", actor)
        .bind("action", action)
        .bind("subject", subject)
        .bind("details", detailsJson)
        .bind("prev", prev)
        .bind("hash", hash)
        .execute();
    h.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
        .bind("seq", seq)
        .bind("hash", hash)
        .execute();
    return new AuditRecord(seq, at, actor, action, subject, detailsJson, prev, hash);
  }

  /** The newest records, newest first. */
  public List<AuditRecord> recent(int limit) {
    return find(Filter.recent(limit));
  }

  /**
   * Which records to list, newest first. Each part is optional: {@code subject} exactly
   * ({@code alert:12}); {@code action} exactly, or every action of a family when it ends with a dot
   * ({@code alert.} takes {@code alert.raised}, {@code alert.closed} ...); {@code actor} exactly;
   * {@code beforeSeq} pages back from the record before it.
   */
  public record Filter(String subject, String action, String actor, Long beforeSeq, int limit) {
    public static final int MAX_LIMIT = 100_000;

    public Filter {
      subject = blankToNull(subject);
      action = blankToNull(action);
      actor = blankToNull(actor);
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new InterdictException.InvalidInput("limit " + limit + " is outside 1.." + MAX_LIMIT);
      }
      if (beforeSeq != null && beforeSeq < 1) {
        throw new InterdictException.InvalidInput("before " + beforeSeq + " is not a record number (they start at 1)");
      }
    }

    public static Filter recent(int limit) {
      return new Filter(null, null, null, null, limit);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  /** The records {@code f} selects, newest first. */
  public List<AuditRecord> find(Filter f) {
    StringBuilder sql = new StringBuilder(
        "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log WHERE 1 = 1");
    if (f.subject() != null) {
      sql.append(" AND subject = :subject");
    }
    boolean family = f.action() != null && f.action().endsWith(".");
    if (f.action() != null) {
      sql.append(family ? " AND action LIKE :action ESCAPE '!'" : " AND action = :action");
    }
    if (f.actor() != null) {
      sql.append(" AND actor = :actor");
    }
    if (f.beforeSeq() != null) {
      sql.append(" AND seq < :before");
    }
    sql.append(" ORDER BY seq DESC LIMIT :limit");
    return jdbi.withHandle(h -> {
      Query q = h.createQuery(sql.toString()).bind("limit", f.limit());
      if (f.subject() != null) {
        q.bind("subject", f.subject());
      }
      if (f.action() != null) {
        q.bind("action", family ? f.action().replaceAll("[!%_]", "!$0") + "%" : f.action());
      }
      if (f.actor() != null) {
        q.bind("actor", f.actor());
      }
      if (f.beforeSeq() != null) {
        q.bind("before", f.beforeSeq());
      }
      return q.map((rs, ctx) -> new AuditRecord(
              rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
              rs.getString("action"), rs.getString("subject"), rs.getString("details"),
              rs.getString("prev_hash").trim(), rs.getString("hash").trim()))
          .list();
    });
  }

  /**
   * Re-computes the whole chain. Detects an edited record (hash mismatch), a deleted record (gap in
   * the sequence or broken link) and a truncated tail (head disagrees with the last record).
   */
  public Verification verify() {
    return jdbi.withHandle(h -> {
      long[] expectedSeq = {1};
      String[] prev = {GENESIS};
      String[] problem = {null};
      long[] count = {0};
      h.createQuery("SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log ORDER BY seq")
          .setFetchSize(1000)
          .map((rs, ctx) -> {
            if (problem[0] != null) {
              return 0;
            }
            long seq = rs.getLong("seq");
            String storedPrev = rs.getString("prev_hash").trim();
            String stored = rs.getString("hash").trim();
            if (seq != expectedSeq[0]) {
              problem[0] = "record " + expectedSeq[0] + " is missing (next present is " + seq + ")";
            } else if (!storedPrev.equals(prev[0])) {
              problem[0] = "record " + seq + " does not link to the record before it";
            } else {
              String computed = hash(seq, rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                  rs.getString("action"), rs.getString("subject"), rs.getString("details"), storedPrev);
              if (!computed.equals(stored)) {
                problem[0] = "record " + seq + " was altered (hash mismatch)";
              }
            }
            prev[0] = stored;
            expectedSeq[0] = seq + 1;
            count[0]++;
            return 0;
          })
          .forEach(x -> {});
      if (problem[0] == null) {
        Map<String, Object> head = h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1").mapToMap().one();
        long headSeq = ((Number) head.get("seq")).longValue();
        if (headSeq != expectedSeq[0] - 1 || !((String) head.get("hash")).trim().equals(prev[0])) {
          problem[0] = "the chain ends at record " + (expectedSeq[0] - 1) + " but the head says " + headSeq
              + ": records were deleted from the end";
        }
      }
      return new Verification(problem[0] == null, count[0], problem[0]);
    });
  }

  static String hash(long seq, Instant at, String actor, String action, String subject, String details, String prev) {
    String canonical = seq + "\u001f" + at.truncatedTo(ChronoUnit.MICROS) + "\u001f" + actor + "\u001f" + action
        + "\u001f" + subject + "\u001f" + details + "\u001f" + prev;
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Map<String, ?> details) {
    try {
      return JSON.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details are not serialisable: " + e.getMessage(), e);
    }
  }

  /** One audit record. {@code details} is canonical JSON (keys sorted). */
  public record AuditRecord(
      long seq, Instant at, String actor, String action, String subject, @JsonRawValue String details, String prevHash,
      String hash) {}

  /** Result of {@link #verify()}: {@code problem} names the first broken record, null when intact. */
  public record Verification(boolean intact, long records, String problem) {}
}
