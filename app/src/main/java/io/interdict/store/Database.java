package io.interdict.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.interdict.InterdictException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The store: an embedded H2 file under the Interdict home by default, PostgreSQL by JDBC URL in
 * production. H2 runs in PostgreSQL mode so that one set of SQL (visible in the repositories, applied
 * by Flyway from {@code db/migration}) serves both.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final String url;

  private Database(String url, String user, String password) {
    this.url = url;
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl(url);
    if (user != null) {
      cfg.setUsername(user);
    }
    if (password != null) {
      cfg.setPassword(password);
    }
    cfg.setMaximumPoolSize(8);
    cfg.setPoolName("interdict");
    try {
      this.dataSource = new HikariDataSource(cfg);
    } catch (RuntimeException e) {
      throw new InterdictException.StoreFailure("cannot open database " + redact(url) + ": " + rootMessage(e), e);
    }
    try {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw new InterdictException.StoreFailure("cannot migrate database " + redact(url) + ": " + rootMessage(e), e);
    }
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Opens (creating if needed) the embedded H2 database {@code interdict} in {@code dir}. */
  public static Database h2(Path dir) {
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("interdict")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
    return new Database(url, "sa", "");
  }

  /** Opens any JDBC URL (PostgreSQL in production; H2 URLs work too). */
  public static Database jdbc(String url, String user, String password) {
    return new Database(url, user, password);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public String url() {
    return redact(url);
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  private static String rootMessage(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r.getMessage() == null ? r.getClass().getSimpleName() : r.getMessage();
  }
}
