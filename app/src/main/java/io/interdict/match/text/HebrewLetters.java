package io.interdict.match.text;

/**
 * Spells the Hebrew letters that ICU's romanisation loses or spells as no Latin record of a name
 * does, before it runs: {@code ש} as sh (ICU: ş, which ASCII folding makes s; with a sin dot it
 * stays s), {@code צ} as tz (ICU: ẕ, folded to z), and {@code א}, and {@code ע} at the start of a
 * word, as the vowel a they carry (ICU: a glottal mark the tokenizer drops). So {@code שרון} is
 * {@code shrwn} (Sharon), {@code יצחק} {@code ytzhq} (Yitzhak) and {@code אריאל} {@code aryal}
 * (Ariel), which the skeleton keys meet as they meet the same names in Arabic script. Works on
 * folded text; other letters and the vowel points pass through to ICU.
 */
public final class HebrewLetters {
  private static final char SHIN = 'ש';
  private static final char SIN_DOT = '\u05C2';
  private static final char SHIN_DOT = '\u05C1';

  private HebrewLetters() {}

  public static String apply(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String latin = null;
      int skip = -1;
      if (c == SHIN) {
        latin = "sh";
        for (int j = i + 1; j < n && point(s.charAt(j)); j++) {
          if (s.charAt(j) == SIN_DOT || s.charAt(j) == SHIN_DOT) {
            latin = s.charAt(j) == SIN_DOT ? "s" : "sh";
            skip = j;
          }
        }
      } else if (c == 'צ' || c == 'ץ') {
        latin = "tz";
      } else if (c == 'א' || c == 'ע' && wordStart(s, i)) {
        latin = "a";
      }
      if (latin == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 8).append(s, 0, i);
      }
      out.append(latin);
      if (skip > 0) {
        out.append(s, i + 1, skip);
        i = skip;
      }
    }
    return out == null ? s : out.toString();
  }

  /** Whether no letter comes before position {@code i} in its word (the points of one do not count). */
  private static boolean wordStart(String s, int i) {
    int j = i - 1;
    while (j >= 0 && point(s.charAt(j))) {
      j--;
    }
    return j < 0 || !Character.isLetter(s.charAt(j));
  }

  /** A Hebrew point or cantillation mark, not the punctuation in the same block. */
  private static boolean point(char c) {
    return c >= '\u0591' && c <= '\u05C7' && c != '\u05BE' && c != '\u05C0' && c != '\u05C3' && c != '\u05C6';
  }
}
