package io.interdict.store;

import io.interdict.InterdictException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Interdict home directory: {@code --home DIR}, else {@code $INTERDICT_HOME}, else
 * {@code ~/.interdict}. Holds the embedded database, downloaded list files and settings. The
 * database is PostgreSQL instead when {@code INTERDICT_DB_URL} (with {@code INTERDICT_DB_USER},
 * {@code INTERDICT_DB_PASSWORD}) is set.
 */
public record Home(Path dir) {
  public static Home resolve(Path option) {
    Path dir;
    if (option != null) {
      dir = option;
    } else if (System.getenv("INTERDICT_HOME") != null && !System.getenv("INTERDICT_HOME").isBlank()) {
      dir = Path.of(System.getenv("INTERDICT_HOME"));
    } else {
      dir = Path.of(System.getProperty("user.home"), ".interdict");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InterdictException.InvalidInput("cannot create Interdict home " + dir + ": " + e.getMessage());
    }
    return new Home(dir.toAbsolutePath());
  }

  /** Opens the configured database: PostgreSQL when INTERDICT_DB_URL is set, else H2 in this home. */
  public Database openDatabase() {
    String url = System.getenv("INTERDICT_DB_URL");
    if (url != null && !url.isBlank()) {
      return Database.jdbc(url, System.getenv("INTERDICT_DB_USER"), System.getenv("INTERDICT_DB_PASSWORD"));
    }
    return Database.h2(dir);
  }

  public Path lists() {
    return dir.resolve("lists");
  }
}
