package io.interdict.match.text;

/**
 * Roman numerals of series, vintages and regnal numbers read as digits ({@code Fund VII -> fund 7},
 * so that it meets {@code Fund 7} and counts as a number). Only tokens of two or more letters made of
 * i, v and x up to 39 in canonical form; single letters stay initials, and {@code xi} and {@code vi}
 * stay names (the family names Xi and Vi).
 */
public final class RomanNumerals {
  private RomanNumerals() {}

  /** The value as digits, or {@code token} itself when it is not such a numeral. */
  public static String toArabic(String token) {
    int n = token.length();
    if (n < 2 || n > 6 || token.equals("xi") || token.equals("vi")) {
      return token;
    }
    int value = 0;
    int prev = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      int v = value(token.charAt(i));
      if (v == 0) {
        return token;
      }
      value += v > prev ? v - 2 * prev : v;
      prev = v;
    }
    String canonical = toRoman(value);
    return canonical.equals(token) ? Integer.toString(value) : token;
  }

  private static int value(char c) {
    return c == 'i' ? 1 : c == 'v' ? 5 : c == 'x' ? 10 : 0;
  }

  private static String toRoman(int v) {
    if (v <= 0 || v >= 40) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v / 10; i++) {
      sb.append('x');
    }
    String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    return sb.append(units[v % 10]).toString();
  }
}
