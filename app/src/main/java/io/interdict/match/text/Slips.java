package io.interdict.match.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One typing slip: two adjacent letters swapped ({@code Sko/Sok}, {@code Abudl/Abdul}) or one letter
 * doubled or undoubled ({@code Sson/Son}, {@code Ommar/Omar}). Unlike a substitution, a slip rarely
 * turns one real name into another, so short tokens and name tables may forgive it.
 */
public final class Slips {
  private Slips() {}

  /** True when {@code a} and {@code b} differ by exactly one slip; both need two letters or more. */
  public static boolean isSlip(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.min(la, lb) < 2) {
      return false;
    }
    if (la == lb) {
      int i = 0;
      while (i < la && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
    if (Math.abs(la - lb) != 1) {
      return false;
    }
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    // longer has one extra letter at i; it must double a neighbour
    boolean doubled = (i > 0 && longer.charAt(i) == longer.charAt(i - 1))
        || (i + 1 < longer.length() && longer.charAt(i) == longer.charAt(i + 1));
    return doubled && longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
  }

  /**
   * {@code t} with every run of one letter written once ({@code Joonng -> jong}, {@code Hassan ->
   * hasan}): a key lets keys held down too long meet the name they were typing. Returns {@code t}
   * itself when nothing repeats.
   */
  public static String withoutRepeats(String t) {
    int n = t.length();
    int i = 1;
    while (i < n && t.charAt(i) != t.charAt(i - 1)) {
      i++;
    }
    if (i >= n) {
      return t;
    }
    StringBuilder sb = new StringBuilder(n).append(t, 0, i);
    for (; i < n; i++) {
      if (t.charAt(i) != t.charAt(i - 1)) {
        sb.append(t.charAt(i));
      }
    }
    return sb.toString();
  }

  /**
   * Every string one slip away from {@code t} (each adjacent swap, each letter doubled, each doubled
   * letter single), possibly with repeats; none when {@code t} is shorter than two letters.
   */
  public static List<String> variants(String t) {
    List<String> out = new ArrayList<>();
    int n = t.length();
    if (n < 2) {
      return out;
    }
    char[] c = t.toCharArray();
    for (int i = 0; i + 1 < n; i++) {
      if (c[i] != c[i + 1]) {
        char[] x = c.clone();
        x[i] = c[i + 1];
        x[i + 1] = c[i];
        out.add(new String(x));
      } else if (n > 2) {
        out.add(t.substring(0, i) + t.substring(i + 1));
      }
    }
    for (int i = 0; i < n; i++) {
      out.add(t.substring(0, i + 1) + t.substring(i));
    }
    return out;
  }
}
