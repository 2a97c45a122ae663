package io.interdict.lists.ofac;

import io.interdict.lists.Assembly;
import io.interdict.model.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as OFAC writes them: {@code 14 Jun 1975}, {@code Jun 1975}, {@code 1975}, {@code circa 1975},
 * {@code 1975 to 1977}, {@code 01 Jan 1960 to 31 Dec 1962}. One parser for SDN.XML, the CSV remarks
 * and the trade lists, so that every format gives a party the same intervals.
 */
public final class OfacDates {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern MONTH = Pattern.compile("([A-Za-z]{3}) (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private OfacDates() {}

  /** The date as an interval; IllegalArgumentException naming the text when it is none of the forms. */
  public static PartialDate parse(String raw) {
    String s = raw.strip().replaceAll("\\s+", " ");
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("circa ")) {
      return Assembly.approximately(single(s.substring("circa ".length()), raw), s);
    }
    int to = lower.indexOf(" to ");
    if (to > 0) {
      PartialDate from = single(s.substring(0, to), raw);
      PartialDate until = single(s.substring(to + 4), raw);
      if (until.to().isBefore(from.from())) {
        throw new IllegalArgumentException("date range '" + raw + "' ends before it starts");
      }
      return PartialDate.range(from.from(), until.to(), s);
    }
    return single(s, raw);
  }

  private static PartialDate single(String s, String raw) {
    s = s.strip();
    if (YEAR.matcher(s).matches()) {
      return PartialDate.year(Integer.parseInt(s), s);
    }
    Matcher m = MONTH.matcher(s);
    if (m.matches()) {
      try {
        LocalDate first = LocalDate.parse("1 " + capitalize(m.group(1)) + " " + m.group(2), DAY);
        return PartialDate.month(first.getYear(), first.getMonthValue(), s);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("date '" + raw + "' has an unknown month");
      }
    }
    try {
      String[] p = s.split(" ");
      if (p.length == 3) {
        return PartialDate.day(LocalDate.parse(p[0] + " " + capitalize(p[1]) + " " + p[2], DAY), s);
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("date '" + raw + "' is not 'dd Mon yyyy', 'Mon yyyy', 'yyyy', 'circa ...' or '... to ...'");
  }

  private static String capitalize(String month) {
    return month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1).toLowerCase(Locale.ROOT);
  }
}
