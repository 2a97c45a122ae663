package io.interdict.match.names;

/**
 * A name after analysis: canonical ASCII tokens with their kinds, the dominant script of the
 * original, and for syllabic and logographic scripts (Han, Hangul, Kana) the original symbols, which
 * same-script comparisons use symbol by symbol.
 *
 * @param tokens canonical tokens, in written order
 * @param kinds one {@link TokenKind} per token
 * @param script dominant {@link com.ibm.icu.lang.UScript} code of the original
 * @param symbols original-script symbols (code points as strings) or null for alphabetic scripts
 * @param romanisation the other language's romanisation of an East Slavic name the words were read back
 *     from ({@link SlavicRomanisation#describe}), or null when they were read as written
 * @param pinyin per token, the pinyin readings of a Wade-Giles syllable other than the token itself
 *     ({@link WadeGiles}), null for other tokens; null when the name is not read as Wade-Giles
 */
public record AnalyzedName(String original, String[] tokens, byte[] kinds, int script, String[] symbols,
    String romanisation, String[][] pinyin) {
  public boolean isEmpty() {
    return tokens.length == 0;
  }

  /** Canonical tokens joined by spaces, for display. */
  public String canonical() {
    return String.join(" ", tokens);
  }
}
