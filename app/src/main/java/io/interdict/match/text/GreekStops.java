package io.interdict.match.text;

/**
 * Spells the voiced stops modern Greek writes with two letters: {@code μπ} as b, {@code ντ} as d,
 * {@code γκ} as g at the start of a word, and inside one as mb, nd and ng, one letter from both
 * Latin spellings a name may have (ELOT 743, on Greek passports: Lampros and Antonis; a foreign name:
 * Obama, Vladimir). Greek has no other way to write b, d and g, so every foreign name in Greek script
 * has them ({@code Ντόναλντ -> donalnd}, {@code Ομπάμα -> ombama}, {@code Άνγκελα -> angela}), and
 * ICU writes {@code ντ} and {@code γκ} at the start of a word and all three inside one as the letters
 * read one by one ({@code ntonalnt}, {@code ompama}, {@code annkela}). Works on folded (lower-case)
 * text; letters of other scripts pass through.
 */
public final class GreekStops {
  private static final String VOWELS = "αεηιουωάέήίόύώϊϋΐΰ";

  private GreekStops() {}

  public static String apply(String s) {
    if (s.indexOf('π') < 0 && s.indexOf('τ') < 0 && s.indexOf('κ') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 4);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      boolean initial = i == 0 || !Character.isLetter(s.charAt(i - 1));
      if (c == 'μ' && next == 'π') {
        out.append(initial ? "b" : "mb");
      } else if (c == 'ν' && next == 'τ') {
        out.append(initial ? "d" : "nd");
      } else if (c == 'γ' && next == 'κ') {
        // after a vowel ng (άγκυρα, ankyra); after ν, which already says the n of Angela, or another
        // consonant (Γκέοργκ, Georg) g
        out.append(!initial && VOWELS.indexOf(s.charAt(i - 1)) >= 0 ? "ng" : "g");
      } else {
        out.append(c);
        continue;
      }
      i++;
    }
    return out.toString();
  }
}
