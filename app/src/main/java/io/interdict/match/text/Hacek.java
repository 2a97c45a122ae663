package io.interdict.match.text;

/**
 * Spells the háček letters of ICU's scholarly romanisations as the digraphs English-language records
 * write: {@code š -> sh}, {@code č -> ch}, {@code ž -> zh}. ICU romanises Armenian (and other
 * scripts without a chain of their own) to ISO letters ({@code Փաշինյան -> pʻašinyan}), and ASCII
 * folding would make them s, c and z ({@code pasinyan}), a letter short of the Pashinyan the lists
 * write. Not for Latin-script names (Czech Šimon is Simon on the lists) nor for Serbian and
 * Macedonian, whose own Latin alphabets have these letters.
 */
public final class Hacek {
  private Hacek() {}

  public static String spell(String s) {
    if (s.indexOf('š') < 0 && s.indexOf('č') < 0 && s.indexOf('ž') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'š' -> out.append("sh");
        case 'č' -> out.append("ch");
        case 'ž' -> out.append("zh");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
