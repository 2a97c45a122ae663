package io.interdict.match;

import io.interdict.model.Address;
import io.interdict.model.ListedEntity;
import io.interdict.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Secondary attributes: how date of birth, country and gender of a query move the score of a name
 * match. Each comparison yields one {@link Explanation.Evidence} with its effect; unknown on either
 * side means no evidence. Effects are small next to the name score: they order and filter hits, a
 * strong name match with a wrong birth year still shows, lower.
 */
final class Attributes {
  static final double DOB_SAME_DAY = 0.05;
  static final double DOB_OVERLAP = 0.03;
  static final double DOB_SWAPPED = 0.02;
  static final double DOB_DIFFERENT = -0.15;
  static final double COUNTRY_AGREES = 0.02;
  static final double COUNTRY_DIFFERS = -0.05;
  static final double GENDER_DIFFERS = -0.10;

  private Attributes() {}

  /** The most the attributes of {@code q} can add; used by the index to prune safely. */
  static double maxBoost(ParsedQuery q) {
    return (q.birth != null ? DOB_SAME_DAY : 0) + (q.country != null ? COUNTRY_AGREES : 0);
  }

  static void compare(ParsedQuery q, ListedEntity e, List<Explanation.Evidence> out) {
    if (q.birth != null && !e.birthDates().isEmpty()) {
      out.add(birthDate(q.birth, e.birthDates()));
    }
    if (q.country != null) {
      Explanation.Evidence c = country(q.rawCountry, q.country, e);
      if (c != null) {
        out.add(c);
      }
    }
    if (q.gender != null && e.gender() != null) {
      String g = gender(e.gender());
      if (g != null) {
        boolean same = g.equals(q.gender);
        out.add(new Explanation.Evidence(
            "gender", q.gender, e.gender(), same ? "agrees" : "differs", same ? 0 : GENDER_DIFFERS));
      }
    }
  }

  /** Best verdict over the listed dates. */
  static Explanation.Evidence birthDate(PartialDate q, List<PartialDate> listed) {
    Explanation.Evidence best = null;
    for (PartialDate l : listed) {
      Explanation.Evidence ev = birthDate(q, l);
      if (best == null || ev.effect() > best.effect()) {
        best = ev;
      }
    }
    return best;
  }

  static Explanation.Evidence birthDate(PartialDate q, PartialDate l) {
    String qs = q.toString();
    String ls = l.toString();
    if (q.precision() == PartialDate.Precision.DAY && l.precision() == PartialDate.Precision.DAY) {
      LocalDate a = q.from();
      LocalDate b = l.from();
      if (a.equals(b)) {
        return new Explanation.Evidence("birth_date", qs, ls, "same date", DOB_SAME_DAY);
      }
      if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
          && a.getDayOfMonth() == b.getMonthValue()) {
        return new Explanation.Evidence("birth_date", qs, ls, "day and month swapped", DOB_SWAPPED);
      }
    } else if (q.overlaps(l)) {
      return new Explanation.Evidence("birth_date", qs, ls, "within the listed period", DOB_OVERLAP);
    }
    int gap = Math.max(0, Math.max(q.from().getYear() - l.to().getYear(), l.from().getYear() - q.to().getYear()));
    if (gap <= 1) {
      return new Explanation.Evidence("birth_date", qs, ls, "within a year", 0);
    }
    return new Explanation.Evidence("birth_date", qs, ls, "different", DOB_DIFFERENT);
  }

  static Explanation.Evidence country(String raw, String code, ListedEntity e) {
    List<String> listed = new ArrayList<>();
    listed.addAll(e.nationalities());
    listed.addAll(e.citizenships());
    for (Address a : e.addresses()) {
      if (a.country() != null) {
        listed.add(a.country());
      }
    }
    boolean any = false;
    for (String c : listed) {
      String lc = Countries.code(c);
      if (lc == null) {
        continue;
      }
      any = true;
      if (lc.equals(code)) {
        return new Explanation.Evidence("country", raw, c, "agrees", COUNTRY_AGREES);
      }
    }
    return any ? new Explanation.Evidence("country", raw, String.join("; ", listed), "differs", COUNTRY_DIFFERS) : null;
  }

  /** Parses ISO {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; null when not a date. */
  static PartialDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    try {
      if (t.matches("\\d{4}")) {
        return PartialDate.year(Integer.parseInt(t), t);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return PartialDate.month(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)), t);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return PartialDate.day(LocalDate.parse(t), t);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  static String gender(String g) {
    if (g == null) {
      return null;
    }
    switch (g.strip().toLowerCase(Locale.ROOT)) {
      case "m":
      case "male":
        return "male";
      case "f":
      case "female":
        return "female";
      default:
        return null;
    }
  }
}
