package io.interdict.cli;

import io.interdict.InterdictException;
import java.util.Locale;

/** Validation of {@code --format} values. */
final class Formats {
  private Formats() {}

  static String choose(String given, String... allowed) {
    String g = given == null ? allowed[0] : given.strip().toLowerCase(Locale.ROOT);
    for (String a : allowed) {
      if (a.equals(g)) {
        return a;
      }
    }
    throw new InterdictException.InvalidInput("unknown format '" + given + "' (expected " + String.join(", ", allowed) + ")");
  }
}
