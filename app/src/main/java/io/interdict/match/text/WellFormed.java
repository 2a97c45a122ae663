package io.interdict.match.text;

/**
 * Analysis stage before all others: an unpaired UTF-16 surrogate (which a JSON escape such as
 * {@code "\ud97d"} can carry into a request) becomes U+FFFD, the replacement character, which the
 * tokenizer drops. ICU's transliterators fail on such text, and a name must never fail to screen
 * for a stray code unit: {@code Kim\ud800 Jong Un} is screened as {@code Kim Jong Un}.
 */
public final class WellFormed {
  private WellFormed() {}

  public static String apply(String s) {
    int bad = s == null ? -1 : firstUnpaired(s, 0);
    if (bad < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int from = 0;
    while (bad >= 0) {
      sb.append(s, from, bad).append('\uFFFD');
      from = bad + 1;
      bad = firstUnpaired(s, from);
    }
    return sb.append(s, from, s.length()).toString();
  }

  /** Index of the first unpaired surrogate at or after {@code from}, or -1. */
  private static int firstUnpaired(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
