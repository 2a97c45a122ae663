package io.interdict.cli;

import io.interdict.InterdictException;
import java.util.Locale;

/** Validation of {@code --format} values, and what the table formats share. */
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

  /** A table cell: {@code s} cut to {@code n} characters with an ellipsis; null is empty. */
  static String cut(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
