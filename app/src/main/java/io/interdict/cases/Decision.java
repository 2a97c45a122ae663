package io.interdict.cases;

import io.interdict.InterdictException;
import java.util.Locale;

/** An analyst's finding on an alert. */
public enum Decision {
  /** The customer is not the listed party. */
  FALSE_POSITIVE,
  /** The customer is the listed party: escalate for blocking and reporting. */
  TRUE_MATCH;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code false-positive} / {@code true-match} (case, dash and underscore insensitive). */
  public static Decision parse(String s) {
    String k = s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Decision d : values()) {
      if (d.name().equals(k)) {
        return d;
      }
    }
    throw new InterdictException.InvalidInput("unknown decision '" + s + "' (expected false-positive or true-match)");
  }
}
