package io.interdict.blocking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One item of blocked property: the funds of one payment, frozen in an interest-bearing blocked
 * account in the name of the listed owner.
 *
 * @param program the owner's programs, comma-separated, as listed when blocked
 * @param field where in the message the owner was found
 * @param interestRate annual rate credited to the blocked account (0.04 = 4 %)
 * @param reportDue the initial Report of Blocked Property is due by this date (10 business days)
 */
public record BlockedItem(
    long id,
    String messageId,
    String messageFormat,
    String ownerName,
    String entityKey,
    String program,
    String field,
    BigDecimal amount,
    String currency,
    LocalDate blockedOn,
    Instant blockedAt,
    String blockedAccount,
    BigDecimal interestRate,
    LocalDate reportDue,
    Status status,
    LocalDate releasedOn,
    String blockedBy) {

  /** BLOCKED until moved: RELEASED under a licence, UNBLOCKED after the owner was delisted. */
  public enum Status {
    BLOCKED,
    RELEASED,
    UNBLOCKED
  }

  /** Interest accrued to {@code asOf} (or to the release, whichever is first). */
  public BigDecimal interest(LocalDate asOf) {
    LocalDate end = releasedOn != null && releasedOn.isBefore(asOf) ? releasedOn : asOf;
    return simpleDailyInterest(amount, interestRate, blockedOn, end);
  }

  /**
   * Simple interest accrued daily on an actual/365 basis, rounded half-even to the cent:
   * {@code amount * rate * days / 365}. Zero when {@code to} is not after {@code from}.
   */
  public static BigDecimal simpleDailyInterest(BigDecimal amount, BigDecimal annualRate, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    if (days <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return amount.multiply(annualRate).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_EVEN);
  }

  /** The programs the owner was blocked under. */
  public java.util.List<String> programs() {
    return java.util.Arrays.stream(program.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
