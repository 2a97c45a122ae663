package io.interdict.lists;

import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import java.util.List;
import java.util.Locale;

/**
 * Small pure helpers readers share while filling a {@link ListedEntity.Builder}: publishers repeat a
 * name as an alias, leave blank placeholders and split one value over several fields.
 */
public final class Assembly {
  private Assembly() {}

  /** Trimmed value, or null when null or blank. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** The non-blank parts joined by {@code sep}; null when every part is blank. */
  public static String join(String sep, String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      String c = clean(p);
      if (c != null) {
        if (sb.length() > 0) {
          sb.append(sep);
        }
        sb.append(c);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** The non-blank values joined by {@code sep}; null when there are none. */
  public static String join(String sep, List<String> parts) {
    return join(sep, parts.toArray(new String[0]));
  }

  /**
   * Adds a name unless it is blank or already present (ignoring case and surrounding or repeated
   * spaces): the first, strongest occurrence wins, so a primary name repeated as an alias stays primary.
   */
  public static void addName(ListedEntity.Builder b, String value, NameType type) {
    String v = collapse(value);
    if (v == null) {
      return;
    }
    String k = v.toLowerCase(Locale.ROOT);
    for (Name n : b.names) {
      if (n.value().toLowerCase(Locale.ROOT).equals(k)) {
        return;
      }
    }
    b.names.add(new Name(v, type));
  }

  /** Adds a trimmed value unless blank or already present. */
  public static void addDistinct(List<String> list, String value) {
    String v = clean(value);
    if (v != null && !list.contains(v)) {
      list.add(v);
    }
  }

  /** Trims and collapses runs of white space (line breaks inside names) to one space. */
  public static String collapse(String s) {
    String c = clean(s);
    return c == null ? null : c.replaceAll("\\s+", " ");
  }

  /**
   * A date the publisher marks as approximate ("circa 1975", "approximately 1966"), widened to the
   * whole year before and after: a customer born a year off must not count as a date mismatch.
   */
  public static PartialDate approximately(PartialDate d, String raw) {
    return PartialDate.range(
        d.from().minusYears(1).withDayOfYear(1), d.to().plusYears(1).withMonth(12).withDayOfMonth(31), raw);
  }

  /** The non-blank, trimmed parts of a multi-valued field, e.g. {@code "A | B"} split on {@code "\\|"}. */
  public static List<String> split(String s, String separatorRegex) {
    List<String> out = new java.util.ArrayList<>();
    if (s != null) {
      for (String p : s.split(separatorRegex)) {
        addDistinct(out, p);
      }
    }
    return out;
  }
}
