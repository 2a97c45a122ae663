package io.interdict.match.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * First analysis stage: Unicode NFKC (so that full-width letters, ligatures and compatibility forms
 * become ordinary letters) followed by full case folding. Turkish dotted capital I folds to {@code i}
 * plus a combining dot, which the Latin stage strips, so {@code İstanbul} and {@code Istanbul} agree.
 */
public final class Fold {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private Fold() {}

  public static String apply(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    if (Transliteration.isAscii(s)) {
      return s.toLowerCase(java.util.Locale.ROOT); // NFKC and full folding agree with this on ASCII
    }
    return UCharacter.foldCase(NFKC.normalize(s), true);
  }
}
