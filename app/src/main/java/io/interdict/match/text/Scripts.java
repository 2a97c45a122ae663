package io.interdict.match.text;

import com.ibm.icu.lang.UScript;

/**
 * Detects the dominant writing system of a name: the script of most of its letters, ignoring digits,
 * punctuation and marks (UScript COMMON / INHERITED). Latin when there are no letters.
 */
public final class Scripts {
  private Scripts() {}

  /** The dominant script as a {@link UScript} code. */
  public static int dominant(String s) {
    if (Transliteration.isAscii(s)) {
      return UScript.LATIN;
    }
    int best = UScript.LATIN;
    int bestCount = 0;
    // Names are short and mostly single-script: count per script in a tiny open table.
    int[] codes = new int[8];
    int[] counts = new int[8];
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int sc = UScript.getScript(cp);
      if (sc == UScript.COMMON || sc == UScript.INHERITED) {
        continue;
      }
      sc = family(sc);
      int k = 0;
      while (k < used && codes[k] != sc) {
        k++;
      }
      if (k == used) {
        if (used == codes.length) {
          continue;
        }
        codes[used] = sc;
        used++;
      }
      counts[k]++;
      if (counts[k] > bestCount) {
        bestCount = counts[k];
        best = sc;
      }
    }
    return best;
  }

  /** Japanese kana count as one script; so do the Han variants. */
  static int family(int sc) {
    if (sc == UScript.KATAKANA || sc == UScript.HIRAGANA || sc == UScript.KATAKANA_OR_HIRAGANA) {
      return UScript.KATAKANA;
    }
    if (sc == UScript.HAN || sc == UScript.SIMPLIFIED_HAN || sc == UScript.TRADITIONAL_HAN) {
      return UScript.HAN;
    }
    return sc;
  }

  /**
   * Scripts that write consonants and long vowels only (abjads): Arabic (Persian, Urdu and Pashto
   * too), Hebrew and Syriac. A name romanised from one is a skeleton, compared as such ({@code
   * Phonetic#abjadWord}).
   */
  public static boolean abjad(int sc) {
    return sc == UScript.ARABIC || sc == UScript.HEBREW || sc == UScript.SYRIAC;
  }

  /**
   * Scripts where one symbol is a syllable or a morpheme: a single different symbol makes a different
   * name, so same-script comparisons are also made symbol by symbol on the original text.
   */
  public static boolean symbolic(int sc) {
    return sc == UScript.HAN || sc == UScript.HANGUL || sc == UScript.KATAKANA;
  }
}
