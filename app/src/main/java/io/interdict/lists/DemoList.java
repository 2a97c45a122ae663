package io.interdict.lists;

import io.interdict.lists.ofac.OfacCsvReader;
import io.interdict.model.ListSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The small OFAC-format list bundled in the jar (resources {@code demo/}), written by the project from
 * public OFAC facts so that a fresh checkout can screen something before any real list is loaded.
 * Read by the real OFAC CSV reader, so it exercises the same code as a production import.
 */
public final class DemoList {
  private static final String DIR = "demo/";
  private static volatile ListSnapshot cached;

  private DemoList() {}

  /** The demo list (source {@code us-ofac-sdn}); read once, then shared. */
  public static ListSnapshot snapshot() {
    ListSnapshot s = cached;
    if (s == null) {
      synchronized (DemoList.class) {
        s = cached;
        if (s == null) {
          s = read();
          cached = s;
        }
      }
    }
    return s;
  }

  private static ListSnapshot read() {
    OfacCsvReader.Family f =
        new OfacCsvReader.Family(
            part("sdn.csv"), part("alt.csv"), part("add.csv"), part("sdn_comments.csv"));
    return OfacCsvReader.sdn().read(f, "bundled demo list", false);
  }

  private static OfacCsvReader.Part part(String name) {
    try (InputStream in = DemoList.class.getClassLoader().getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled demo list is incomplete: " + DIR + name + " missing from the jar");
      }
      return new OfacCsvReader.Part(DIR + name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
