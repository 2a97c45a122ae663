package io.interdict.testing;

import io.interdict.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The databases repository tests run against: always a fresh embedded H2 file, and PostgreSQL too when
 * {@code INTERDICT_TEST_PG_URL} is set (CI sets it after starting a real server on loopback; set
 * {@code INTERDICT_TEST_PG_USER} / {@code INTERDICT_TEST_PG_PASSWORD} as needed). Each PostgreSQL use
 * gets its own schema so tests never see each other's rows.
 *
 * <p>Use as {@code @ParameterizedTest @MethodSource("io.interdict.testing.TestDatabases#all")} with a
 * {@code String kind} parameter, then {@code TestDatabases.open(kind, tempDir)}.
 */
public final class TestDatabases {
  private TestDatabases() {}

  public static List<String> all() {
    List<String> kinds = new ArrayList<>();
    kinds.add("h2");
    if (pgUrl() != null) {
      kinds.add("postgresql");
    }
    return kinds;
  }

  public static boolean postgresAvailable() {
    return pgUrl() != null;
  }

  /** Opens a new, empty, migrated database of the given kind. */
  public static Database open(String kind, Path tempDir) {
    if ("h2".equals(kind)) {
      return Database.h2(tempDir.resolve("db-" + UUID.randomUUID()));
    }
    if ("postgresql".equals(kind)) {
      String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      String base = pgUrl();
      Jdbi.create(base, pgUser(), pgPassword()).useHandle(h -> h.execute("CREATE SCHEMA " + schema));
      String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      return Database.jdbc(url, pgUser(), pgPassword());
    }
    throw new IllegalArgumentException("unknown database kind " + kind);
  }

  private static String pgUrl() {
    String u = System.getenv("INTERDICT_TEST_PG_URL");
    return u == null || u.isBlank() ? null : u;
  }

  private static String pgUser() {
    return System.getenv().getOrDefault("INTERDICT_TEST_PG_USER", "interdict");
  }

  private static String pgPassword() {
    return System.getenv().getOrDefault("INTERDICT_TEST_PG_PASSWORD", "interdict");
  }
}
