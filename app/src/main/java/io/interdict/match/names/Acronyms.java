package io.interdict.match.names;

/**
 * The acronym an organisation is also known by, spelled from the initials of its analysed name
 * ({@code People's Liberation Army -> pla}, {@code Islamic Revolutionary Guard Corps -> irgc},
 * {@code Hay'at Tahrir al-Sham -> hts}): name and class words count, particles, legal forms, numbers
 * and qualifiers do not. Only names of three to six such words have one; shorter acronyms are
 * everyday words and syllables.
 */
public final class Acronyms {
  static final int MIN_WORDS = 3;
  static final int MAX_WORDS = 6;

  private Acronyms() {}

  /** The acronym, or null when the name has none. */
  public static String of(AnalyzedName name) {
    StringBuilder sb = new StringBuilder(MAX_WORDS);
    String[] t = name.tokens();
    byte[] k = name.kinds();
    for (int i = 0; i < t.length; i++) {
      if (k[i] == TokenKind.NAME || k[i] == TokenKind.CLASS) {
        if (t[i].length() < 2 || sb.length() == MAX_WORDS) {
          return null; // an initial in the name, or too long to be said as one word
        }
        sb.append(t[i].charAt(0));
      }
    }
    return sb.length() >= MIN_WORDS ? sb.toString() : null;
  }
}
