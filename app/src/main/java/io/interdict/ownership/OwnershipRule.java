package io.interdict.ownership;

import io.interdict.InterdictException;
import java.util.Locale;

/**
 * When holdings of blocked persons make an entity blocked too.
 *
 * <ul>
 *   <li>{@link #OFAC}: an entity owned 50 % or more, directly or indirectly, individually or in the
 *       aggregate, by one or more blocked persons is blocked (OFAC's revised guidance of 13 August 2014).
 *       Indirect means through entities that are themselves blocked, listed or by this rule; a holding
 *       through an entity that is not blocked does not count, however large.
 *   <li>{@link #UK}: owned more than 50 % by one designated person, directly or through entities that
 *       person owns in the same sense; holdings of different designated persons are not added up.
 * </ul>
 *
 * Control without ownership (board seats, voting agreements) is outside what a register of holdings can
 * show; it remains for the analyst.
 *
 * @param threshold share in millionths ({@link Share}) at which the rule starts
 * @param inclusive whether exactly {@code threshold} is enough (OFAC: 50 % or more) or more is needed
 * @param aggregate whether holdings of different blocked persons add up
 */
public record OwnershipRule(String name, int threshold, boolean inclusive, boolean aggregate) {
  public static final OwnershipRule OFAC = new OwnershipRule("ofac", Share.HALF, true, true);
  public static final OwnershipRule UK = new OwnershipRule("uk", Share.HALF, false, false);

  public OwnershipRule {
    if (threshold <= 0 || threshold > Share.WHOLE) {
      throw new InterdictException.InvalidInput("ownership threshold " + threshold + " millionths is outside (0, 100 %]");
    }
  }

  public boolean meets(int share) {
    return inclusive ? share >= threshold : share > threshold;
  }

  /** {@code ofac} or {@code uk}, any case. */
  public static OwnershipRule parse(String name) {
    return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
      case "ofac" -> OFAC;
      case "uk" -> UK;
      default -> throw new InterdictException.InvalidInput("unknown ownership rule '" + name + "' (expected ofac or uk)");
    };
  }

  /** "50 % or more, aggregated" and the like, for reports. */
  public String describe() {
    return (inclusive ? Share.percent(threshold) + " or more" : "more than " + Share.percent(threshold))
        + (aggregate ? ", holdings of blocked persons added up" : ", by one designated person");
  }
}
