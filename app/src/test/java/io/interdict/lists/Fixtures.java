package io.interdict.lists;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test fixtures under {@code src/test/resources/lists/}. */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String relative) {
    URL url = Fixtures.class.getResource("/lists/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture lists/" + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
