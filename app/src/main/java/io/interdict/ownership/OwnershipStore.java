package io.interdict.ownership;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The ownership register in force, kept in the database so that payments and the server apply the
 * 50 % rule without being handed the file each time, against whatever lists are current. An import is
 * validated whole before it is stored (a contradictory register never replaces a good one), becomes a
 * new version, and is recorded in the audit trail.
 */
public final class OwnershipStore {
  /** One imported register, without its body. */
  public record Version(long id, String origin, String sha256, int parties, int holdings, Instant importedAt,
      String importedBy) {}

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public OwnershipStore(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  /** Validates and stores a register; throws (storing nothing) when it contradicts itself. */
  public Version importCsv(String csv, String origin, String actor) {
    OwnershipRegister reg = read(csv, origin);
    String sha = sha256(csv);
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      long id = h.createUpdate("INSERT INTO ownership_register (origin, sha256, parties, holdings, body, imported_at, "
              + "imported_by) VALUES (:origin, :sha, :parties, :holdings, :body, :at, :by)")
          .bind("origin", origin)
          .bind("sha", sha)
          .bind("parties", reg.size())
          .bind("holdings", reg.stakes().size())
          .bind("body", csv)
          .bind("at", Timestamp.from(now))
          .bind("by", actor)
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("origin", origin);
      details.put("sha256", sha);
      details.put("parties", reg.size());
      details.put("holdings", reg.stakes().size());
      audit.append(h, actor, "ownership.imported", "ownership-register:" + id, details);
      return new Version(id, origin, sha, reg.size(), reg.stakes().size(), now, actor);
    });
  }

  /** The version in force, if any register was imported. */
  public Optional<Version> current() {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, origin, sha256, parties, holdings, imported_at, imported_by "
            + "FROM ownership_register ORDER BY id DESC LIMIT 1")
        .map((rs, ctx) -> new Version(rs.getLong("id"), rs.getString("origin"), rs.getString("sha256"),
            rs.getInt("parties"), rs.getInt("holdings"), rs.getTimestamp("imported_at").toInstant(),
            rs.getString("imported_by")))
        .findOne());
  }

  /** The register in force, read and validated again; empty when none was imported. */
  public Optional<OwnershipRegister> currentRegister() {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, body FROM ownership_register ORDER BY id DESC LIMIT 1")
        .map((rs, ctx) -> read(rs.getString("body"), "ownership register version " + rs.getLong("id")))
        .findOne());
  }

  /** One stored version, read and validated again. */
  public OwnershipRegister register(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT body FROM ownership_register WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> read(rs.getString("body"), "ownership register version " + id))
        .findOne())
        .orElseThrow(() -> new InterdictException.NotFound("no ownership register version " + id));
  }

  private static OwnershipRegister read(String csv, String origin) {
    try {
      return OwnershipRegister.read(new StringReader(csv), origin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
