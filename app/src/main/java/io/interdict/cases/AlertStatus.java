package io.interdict.cases;

import io.interdict.InterdictException;
import java.util.Locale;

/**
 * Where an alert stands. A decision is first proposed by one user, then confirmed by a second,
 * different user (four-eyes) before the alert closes. A proposed true match is an escalation: the
 * customer is treated as a potential designated party (blocking, report) while it awaits confirmation.
 */
public enum AlertStatus {
  OPEN,
  UNDER_REVIEW,
  PROPOSED_FALSE_POSITIVE,
  /** Escalated: a reviewer found a true match; a second reviewer must confirm. */
  PROPOSED_TRUE_MATCH,
  CLOSED_FALSE_POSITIVE,
  CLOSED_TRUE_MATCH;

  public boolean closed() {
    return this == CLOSED_FALSE_POSITIVE || this == CLOSED_TRUE_MATCH;
  }

  public static AlertStatus proposed(Decision d) {
    return d == Decision.TRUE_MATCH ? PROPOSED_TRUE_MATCH : PROPOSED_FALSE_POSITIVE;
  }

  public static AlertStatus closed(Decision d) {
    return d == Decision.TRUE_MATCH ? CLOSED_TRUE_MATCH : CLOSED_FALSE_POSITIVE;
  }

  /** Parses {@code open}, {@code under-review}, {@code closed_true_match} ... (case and dash insensitive). */
  public static AlertStatus parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InterdictException.InvalidInput("unknown alert status '" + s + "' (expected one of open, "
          + "under-review, proposed-false-positive, proposed-true-match, closed-false-positive, closed-true-match)");
    }
  }
}
