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
 * @param skeletons per token, whether it is a word romanised as written from a script that writes no
 *     short vowels ({@link io.interdict.match.text.Scripts#abjad}), and so a skeleton of consonants and
 *     long vowels; false for the Latin spellings the name tables give ({@code علي -> ali}, {@code
 *     الله -> allah}); null when the name is in no such script
 */
public record AnalyzedName(String original, String[] tokens, byte[] kinds, int script, String[] symbols,
    String romanisation, String[][] pinyin, boolean[] skeletons) {
  public boolean isEmpty() {
    return tokens.length == 0;
  }

  /** Canonical tokens joined by spaces, for display. */
  public String canonical() {
    return String.join(" ", tokens);
  }
}
