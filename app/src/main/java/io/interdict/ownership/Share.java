package io.interdict.ownership;

import io.interdict.InterdictException;
import java.math.BigDecimal;

/**
 * Ownership shares as whole millionths of an entity (100 % = 1,000,000), so that sums such as
 * 33.3333 % + 16.6667 % are exact and the rule's comparison at 50 % never meets a rounding error.
 */
public final class Share {
  public static final int WHOLE = 1_000_000;
  public static final int HALF = WHOLE / 2;

  private Share() {}

  /**
   * Parses a percentage such as {@code 50}, {@code 12.5}, {@code 33.3333} or {@code 25 %}: greater than
   * 0, at most 100, at most four decimals.
   */
  public static int parsePercent(String text) {
    String s = text == null ? "" : text.strip();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    BigDecimal d;
    try {
      d = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new InterdictException.InvalidInput("percent '" + text + "' is not a number");
    }
    if (d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new InterdictException.InvalidInput("percent '" + text + "' must be greater than 0 and at most 100");
    }
    BigDecimal millionths = d.movePointRight(4);
    if (millionths.stripTrailingZeros().scale() > 0) {
      throw new InterdictException.InvalidInput("percent '" + text + "' has more than four decimals");
    }
    return millionths.intValueExact();
  }

  /** {@code 500000} as {@code 50 %}, {@code 333333} as {@code 33.3333 %}. */
  public static String percent(int share) {
    return BigDecimal.valueOf(share, 4).stripTrailingZeros().toPlainString() + " %";
  }

  /** The JSON form: a plain number of percent. */
  public static BigDecimal percentValue(int share) {
    BigDecimal d = BigDecimal.valueOf(share, 4).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
