package io.interdict.match.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a romanised name into lower-case ASCII tokens of letters and digits. Apostrophes and marks
 * join ({@code Qa'ida -> qaida}, McCune-Reischauer {@code Hamgyo'ng -> hamgyong}), a possessive
 * {@code 's} is dropped, hyphens and other punctuation separate ({@code Sang-man -> sang man}; the
 * scorer also tries adjacent tokens joined, so {@code Sangman} still agrees), dotted abbreviations
 * join ({@code S.A. -> sa}), ordinals lose their suffix ({@code 110th -> 110}) and digits typed for
 * letters inside words are read as letters ({@code Ig0r -> igor}). A {@code ?} or U+FFFD inside a
 * word stands for a character a narrower charset lost and joins ({@code Mus?ab -> musab}).
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int n = s.length();
    int segment = 0; // letters since the last abbreviation dot
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        cur.append(c);
        segment++;
      } else if ((c == '?' || c == '\ufffd') && cur.length() > 0 && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
        // a character lost to a narrower charset (SWIFT's, Latin-1) inside a word: Mus?ab -> musab
      } else if (isApostrophe(c)) {
        // possessive: bank's -> bank
        if (i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
            && (i + 2 == n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
          i++;
        }
      } else if (c == '.' && segment == 1 && Character.isLetter(cur.charAt(cur.length() - 1))
          && dottedLetterFollows(s, i + 1)) {
        segment = 0; // S.A. / U.S.A. / J.P.: keep collecting into one token
      } else if (joins(c)) {
        // combining marks, modifier letters, stray non-ASCII letters: dropped without splitting
      } else {
        flush(cur, out);
        segment = 0;
      }
    }
    flush(cur, out);
    return out;
  }

  private static boolean dottedLetterFollows(String s, int i) {
    return i < s.length() && Character.isLetter(s.charAt(i))
        && (i + 1 == s.length() || s.charAt(i + 1) == '.');
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() == 0) {
      return;
    }
    out.add(lookAlikes(stripOrdinal(cur.toString())));
    cur.setLength(0);
  }

  /** {@code 110th -> 110}, {@code 1st -> 1}; anything else unchanged. */
  public static String stripOrdinal(String t) {
    int len = t.length();
    if (len < 3 || !Character.isDigit(t.charAt(0))) {
      return t;
    }
    String suffix = t.substring(len - 2);
    boolean ordinal =
        suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    if (!ordinal) {
      return t;
    }
    for (int i = 0; i < len - 2; i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return t;
      }
    }
    return t.substring(0, len - 2);
  }

  /**
   * Digits typed for look-alike letters inside a word ({@code Ig0r Sech1n -> igor sechin}); only in
   * tokens with at least two letters, so numbers and codes such as {@code 4x4} stay as they are.
   */
  public static String lookAlikes(String t) {
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        digits++;
      } else {
        letters++;
      }
    }
    if (digits == 0 || letters < 2 || digits > letters) {
      return t;
    }
    char[] c = t.toCharArray();
    for (int i = 0; i < c.length; i++) {
      int k = LOOK_ALIKE_DIGITS.indexOf(c[i]);
      if (k >= 0) {
        c[i] = LOOK_ALIKE_LETTERS.charAt(k);
      }
    }
    return new String(c);
  }

  private static final String LOOK_ALIKE_DIGITS = "0134579";
  private static final String LOOK_ALIKE_LETTERS = "oieastg";

  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u00b4'
        || c == '\u02bb' || c == '\u02b9';
  }

  private static boolean joins(char c) {
    if (c < 128) {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK || t == Character.MODIFIER_LETTER
        || t == Character.MODIFIER_SYMBOL || Character.isLetter(c);
  }
}
