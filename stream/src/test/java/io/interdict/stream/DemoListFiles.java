package io.interdict.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the bundled demo list (an OFAC CSV family written from public facts) into a directory. */
final class DemoListFiles {
  private DemoListFiles() {}

  static Path copyTo(Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("demo-sdn"));
    for (String f : new String[] {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"}) {
      try (InputStream in = DemoListFiles.class.getResourceAsStream("/demo/" + f)) {
        Files.write(out.resolve(f), in.readAllBytes());
      }
    }
    return out;
  }
}
