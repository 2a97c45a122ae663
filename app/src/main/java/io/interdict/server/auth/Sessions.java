package io.interdict.server.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory: a restart signs everybody out, which is the safe default. Each session
 * carries its own CSRF token; sessions expire after a period without use.
 */
public final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Duration idle;
  private final Clock clock;

  public Sessions(Duration idle, Clock clock) {
    this.idle = idle;
    this.clock = clock;
  }

  public Sessions() {
    this(Duration.ofHours(8), Clock.systemUTC());
  }

  /** A signed-in console user. {@code userId} ties the session to one key: revoking it ends the session. */
  public static final class Session {
    private final String id;
    private final User user;
    private final String csrfToken;
    private volatile Instant lastUsed;

    Session(String id, User user, String csrfToken, Instant lastUsed) {
      this.id = id;
      this.user = user;
      this.csrfToken = csrfToken;
      this.lastUsed = lastUsed;
    }

    public String id() {
      return id;
    }

    public User user() {
      return user;
    }

    public String csrfToken() {
      return csrfToken;
    }

    /** Constant-time comparison of a submitted form token with this session's. */
    public boolean csrfMatches(String submitted) {
      return tokensEqual(csrfToken, submitted);
    }
  }

  public Session create(User user) {
    Session s = new Session(token(), user, token(), clock.instant());
    byId.put(s.id, s);
    return s;
  }

  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (s.lastUsed.plus(idle).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    s.lastUsed = now;
    return Optional.of(s);
  }

  public void remove(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** 256 random bits, URL-safe. */
  public static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public static boolean tokensEqual(String expected, String submitted) {
    return submitted != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
  }
}
