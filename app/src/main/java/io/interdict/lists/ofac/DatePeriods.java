package io.interdict.lists.ofac;

import io.interdict.lists.Assembly;
import io.interdict.lists.xml.XmlElement;
import io.interdict.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * OFAC Advanced XML {@code DatePeriod} ({@code Start}/{@code End}, each a {@code From}..{@code To}
 * of Year/Month/Day) as a {@link PartialDate}. The raw text is written the way SDN.XML writes the
 * same date ({@code 14 Jun 1975}, {@code Jun 1975}, {@code 1975}, {@code circa 1962}, {@code 1960 to
 * 1962}), so both formats describe a party identically.
 */
final class DatePeriods {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

  private DatePeriods() {}

  /** IllegalArgumentException with the reason when the period has no year or an impossible day. */
  static PartialDate parse(XmlElement period) {
    XmlElement start = period.child("Start");
    XmlElement end = period.child("End");
    if (start == null && end == null) {
      throw new IllegalArgumentException("DatePeriod without Start or End");
    }
    XmlElement first = start != null ? start : end;
    XmlElement last = end != null ? end : start;
    LocalDate from = point(either(first, "From", "To"), false);
    LocalDate to = point(either(last, "To", "From"), true);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("DatePeriod ends (" + to + ") before it starts (" + from + ")");
    }
    String raw = describe(from, to);
    if ("true".equals(first.attr("Approximate")) || "true".equals(last.attr("Approximate"))) {
      return Assembly.approximately(PartialDate.range(from, to, raw), "circa " + raw);
    }
    if (from.equals(to)) {
      return PartialDate.day(from, raw);
    }
    if (isWholeYears(from, to) && from.getYear() == to.getYear()) {
      return PartialDate.year(from.getYear(), raw);
    }
    if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
      return PartialDate.month(from.getYear(), from.getMonthValue(), raw);
    }
    return PartialDate.range(from, to, raw);
  }

  private static XmlElement either(XmlElement side, String preferred, String fallback) {
    XmlElement e = side.child(preferred);
    if (e == null) {
      e = side.child(fallback);
    }
    if (e == null) {
      throw new IllegalArgumentException("DatePeriod " + side.name() + " without From or To");
    }
    return e;
  }

  /** A From/To point; missing month or day widen to the start (or end) of the year or month. */
  private static LocalDate point(XmlElement p, boolean upper) {
    String y = p.text("Year");
    if (y == null) {
      throw new IllegalArgumentException("date without Year");
    }
    try {
      int year = Integer.parseInt(y);
      String m = p.text("Month");
      String d = p.text("Day");
      int month = m == null ? (upper ? 12 : 1) : Integer.parseInt(m);
      LocalDate firstOfMonth = LocalDate.of(year, month, 1);
      if (d == null) {
        return upper ? firstOfMonth.withDayOfMonth(firstOfMonth.lengthOfMonth()) : firstOfMonth;
      }
      return firstOfMonth.withDayOfMonth(Integer.parseInt(d));
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalArgumentException("impossible date " + y + "-" + p.text("Month") + "-" + p.text("Day"));
    }
  }

  private static boolean isWholeYears(LocalDate from, LocalDate to) {
    return from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
  }

  private static String describe(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return DAY.format(from);
    }
    if (isWholeYears(from, to)) {
      return from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + " to " + to.getYear();
    }
    if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
      return MONTH.format(from);
    }
    return DAY.format(from) + " to " + DAY.format(to);
  }
}
