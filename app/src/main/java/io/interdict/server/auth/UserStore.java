package io.interdict.server.auth;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Users and their API keys. One active key per user name; adding, revoking and authenticating go
 * through here, the first two into the audit trail in the same transaction.
 */
public final class UserStore {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
  private static final String COLUMNS = "id, username, role, created_at, created_by, revoked_at";

  /**
   * How long a successful key lookup is trusted without asking the store again. Revocations made
   * through this process clear the cache at once; one made by another process (the CLI against a
   * shared PostgreSQL) takes effect within this time.
   */
  static final Duration CACHE_TTL = Duration.ofSeconds(10);

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  /** Key hash → user, successful lookups only (so its size is bounded by the number of users). */
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(User user, long expiresNanos) {}

  public UserStore(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  public UserStore(Jdbi jdbi, AuditLog audit) {
    this(jdbi, audit, Clock.systemUTC());
  }

  /** A user just created, with the key in clear: the only moment it exists outside the caller. */
  public record Created(User user, String apiKey) {}

  public Created add(String name, Role role, String actor) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InterdictException.InvalidInput(
          "invalid user name '" + name + "' (letters, digits, . _ @ -; at most 100 characters)");
    }
    if (role == Role.OPEN) {
      throw new InterdictException.InvalidInput("'open' is not a role a user can hold");
    }
    String key = ApiKeys.generate();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    User user = jdbi.inTransaction(h -> {
      if (active(h, name).isPresent()) {
        throw new InterdictException.Conflict("user '" + name + "' already exists (revoke it first to issue a new key)");
      }
      long id = h.createUpdate(
              "INSERT INTO server_user (username, role, key_hash, created_at, created_by) "
                  + "VALUES (:name, :role, :hash, :at, :by)")
          .bind("name", name)
          .bind("role", role.name())
          .bind("hash", ApiKeys.hash(key))
          .bind("at", Timestamp.from(now))
          .bind("by", actor)
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      audit.append(h, actor, "user.add", "user:" + name, Map.of("role", role.label()));
      return new User(id, name, role, now, actor, null);
    });
    return new Created(user, key);
  }

  public User revoke(String name, String actor) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return jdbi.inTransaction(h -> {
      User u = active(h, name).orElseThrow(() -> new InterdictException.NotFound("no active user '" + name + "'"));
      h.createUpdate("UPDATE server_user SET revoked_at = :at WHERE id = :id")
          .bind("at", Timestamp.from(now))
          .bind("id", u.id())
          .execute();
      audit.append(h, actor, "user.revoke", "user:" + name, Map.of("role", u.role().label()));
      cache.clear();
      return new User(u.id(), u.name(), u.role(), u.createdAt(), u.createdBy(), now);
    });
  }

  /** Every user ever created, revoked ones included, oldest first. */
  public List<User> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM server_user ORDER BY id")
        .map((rs, ctx) -> map(rs))
        .list());
  }

  /** The active user holding this key, if any. */
  public Optional<User> authenticate(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      return Optional.empty();
    }
    String hash = ApiKeys.hash(apiKey.strip());
    long now = System.nanoTime();
    Cached c = cache.get(hash);
    if (c != null && now - c.expiresNanos < 0) {
      return Optional.of(c.user);
    }
    Optional<User> found = jdbi.withHandle(h -> h.createQuery(
            "SELECT " + COLUMNS + " FROM server_user WHERE key_hash = :hash AND revoked_at IS NULL")
        .bind("hash", hash)
        .map((rs, ctx) -> map(rs))
        .findOne());
    if (found.isPresent()) {
      cache.put(hash, new Cached(found.get(), now + CACHE_TTL.toNanos()));
    } else {
      cache.remove(hash);
    }
    return found;
  }

  /** True while the user with this id exists and is not revoked (console sessions re-check it). */
  public boolean isActive(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM server_user WHERE id = :id AND revoked_at IS NULL")
        .bind("id", id).mapTo(Long.class).one()) > 0;
  }

  public boolean isEmpty() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM server_user WHERE revoked_at IS NULL")
        .mapTo(Long.class).one()) == 0;
  }

  private static Optional<User> active(Handle h, String name) {
    return h.createQuery("SELECT " + COLUMNS + " FROM server_user WHERE username = :name AND revoked_at IS NULL")
        .bind("name", name)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  private static User map(ResultSet rs) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new User(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
        revoked == null ? null : revoked.toInstant());
  }
}
