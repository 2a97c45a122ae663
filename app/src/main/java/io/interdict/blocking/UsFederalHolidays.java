package io.interdict.blocking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * US federal holidays (5 U.S.C. 6103) as observed by federal offices: a holiday on a Saturday is
 * observed the Friday before, one on a Sunday the Monday after. OFAC's reporting deadlines count
 * business days over these. New Year's Day on a Saturday is observed on 31 December of the year
 * before, so a year's observed holidays can include the next year's New Year's Day.
 */
public final class UsFederalHolidays {
  private UsFederalHolidays() {}

  /** Observed holidays falling in {@code year}, by date, with their names. */
  public static Map<LocalDate, String> observed(int year) {
    Map<LocalDate, String> out = new TreeMap<>();
    for (int y = year; y <= year + 1; y++) {
      put(out, year, observedDate(LocalDate.of(y, Month.JANUARY, 1)), "New Year's Day");
    }
    put(out, year, nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Birthday of Martin Luther King, Jr.");
    put(out, year, nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
    put(out, year, LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Memorial Day");
    if (year >= 2021) {
      put(out, year, observedDate(LocalDate.of(year, Month.JUNE, 19)), "Juneteenth National Independence Day");
    }
    put(out, year, observedDate(LocalDate.of(year, Month.JULY, 4)), "Independence Day");
    put(out, year, nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
    put(out, year, nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), "Columbus Day");
    put(out, year, observedDate(LocalDate.of(year, Month.NOVEMBER, 11)), "Veterans Day");
    put(out, year, nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
    put(out, year, observedDate(LocalDate.of(year, Month.DECEMBER, 25)), "Christmas Day");
    return out;
  }

  /** The name of the holiday observed on {@code date}, or null on an ordinary day. */
  public static String holiday(LocalDate date) {
    return observed(date.getYear()).get(date);
  }

  /** A weekday that is not an observed federal holiday. */
  public static boolean isBusinessDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && holiday(date) == null;
  }

  /** The date {@code n} business days after {@code start} (the start day itself does not count). */
  public static LocalDate addBusinessDays(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("business days must be >= 0: " + n);
    }
    LocalDate d = start;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  static LocalDate observedDate(LocalDate actual) {
    switch (actual.getDayOfWeek()) {
      case SATURDAY:
        return actual.minusDays(1);
      case SUNDAY:
        return actual.plusDays(1);
      default:
        return actual;
    }
  }

  private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  private static void put(Map<LocalDate, String> out, int year, LocalDate date, String name) {
    if (date.getYear() == year) {
      out.put(date, name);
    }
  }
}
