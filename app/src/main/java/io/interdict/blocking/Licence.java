package io.interdict.blocking;

import io.interdict.InterdictException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An OFAC licence authorising a movement of blocked property. A general licence is published for
 * everyone (scope: a program, sometimes an amount); a specific licence is issued on application
 * (scope: usually one entity). Absent scope fields mean "any".
 *
 * @param maxAmount cap on the total released under this licence (in the items' currencies), null for none
 * @param expiresOn last day the licence may be used, null when it does not expire
 */
public record Licence(
    String number,
    Type type,
    String issuer,
    String program,
    String entityKey,
    BigDecimal maxAmount,
    LocalDate expiresOn,
    String description) {

  public enum Type {
    GENERAL,
    SPECIFIC
  }

  public Licence {
    if (number == null || number.isBlank()) {
      throw new InterdictException.InvalidInput("a licence needs a number");
    }
    number = number.strip();
    if (type == null) {
      throw new InterdictException.InvalidInput("licence " + number + " needs a type (general or specific)");
    }
    issuer = issuer == null || issuer.isBlank() ? "OFAC" : issuer.strip();
    program = program == null || program.isBlank() ? null : program.strip().toUpperCase(Locale.ROOT);
    entityKey = entityKey == null || entityKey.isBlank() ? null : entityKey.strip();
    if (maxAmount != null && maxAmount.signum() <= 0) {
      throw new InterdictException.InvalidInput("licence " + number + ": max amount must be positive, not " + maxAmount);
    }
    if (program == null && entityKey == null) {
      throw new InterdictException.InvalidInput("licence " + number + " must be scoped to a program or an entity");
    }
  }

  /**
   * Why this licence cannot move {@code item} on {@code on}, or null when it can. {@code alreadyUsed}
   * is what other releases under this licence have taken of its cap.
   */
  public String refusal(BlockedItem item, BigDecimal alreadyUsed, LocalDate on) {
    if (expiresOn != null && on.isAfter(expiresOn)) {
      return "licence " + number + " expired on " + expiresOn;
    }
    if (entityKey != null && !entityKey.equals(item.entityKey())) {
      return "licence " + number + " covers entity " + entityKey + ", item " + item.id() + " is blocked for " + item.entityKey();
    }
    if (program != null && item.programs().stream().noneMatch(p -> p.equalsIgnoreCase(program))) {
      return "licence " + number + " covers program " + program + ", item " + item.id() + " is blocked under "
          + item.program();
    }
    if (maxAmount != null && alreadyUsed.add(item.amount()).compareTo(maxAmount) > 0) {
      return "licence " + number + " caps releases at " + maxAmount.toPlainString() + "; " + alreadyUsed.stripTrailingZeros().toPlainString()
          + " already released or pending, item " + item.id() + " is " + item.amount().toPlainString() + " " + item.currency();
    }
    return null;
  }
}
