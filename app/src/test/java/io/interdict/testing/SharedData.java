package io.interdict.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (real published lists and evaluation sets kept beside the repository).
 * Tests that need it call {@link #require(String)}, which skips the test when the file is absent so a
 * fresh clone without it still passes.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, or null when there is none. {@code INTERDICT_SHARED} overrides the search. */
  public static Path root() {
    String env = System.getenv("INTERDICT_SHARED");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isDirectory(p) ? p : null;
    }
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("data")) || Files.isDirectory(candidate.resolve("eval"))) {
        return candidate;
      }
    }
    return null;
  }

  /** Resolves a path inside shared/, skipping the calling test when it is not there. */
  public static Path require(String relative) {
    Path root = root();
    assumeTrue(root != null, "../shared is absent: skipped");
    Path p = root.resolve(relative);
    assumeTrue(Files.exists(p), relative + " is absent from shared/: skipped");
    return p;
  }
}
