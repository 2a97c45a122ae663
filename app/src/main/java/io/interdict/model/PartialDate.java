package io.interdict.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as lists publish it: a full day, a month, a year, or a range ({@code 01 Jan 1953 to 31 Dec
 * 1953}, {@code circa 1960}). Stored as an inclusive interval plus the precision and the raw text, so
 * that comparisons are plain interval tests.
 */
public record PartialDate(LocalDate from, LocalDate to, Precision precision, String raw) {
  public enum Precision {
    DAY,
    MONTH,
    YEAR,
    RANGE
  }

  public PartialDate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(precision, "precision");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts: " + raw);
    }
  }

  public static PartialDate day(LocalDate d, String raw) {
    return new PartialDate(d, d, Precision.DAY, raw);
  }

  public static PartialDate year(int y, String raw) {
    return new PartialDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, raw);
  }

  public static PartialDate month(int y, int m, String raw) {
    LocalDate first = LocalDate.of(y, m, 1);
    return new PartialDate(first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH, raw);
  }

  public static PartialDate range(LocalDate from, LocalDate to, String raw) {
    return new PartialDate(from, to, Precision.RANGE, raw);
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  public boolean overlaps(PartialDate o) {
    return !o.to.isBefore(from) && !o.from.isAfter(to);
  }

  @Override
  public String toString() {
    return raw != null ? raw : (from.equals(to) ? from.toString() : from + ".." + to);
  }
}
