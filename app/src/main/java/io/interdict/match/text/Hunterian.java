package io.interdict.match.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * Indian names as India spells them in Latin (the Hunterian system of passports and of the lists:
 * Chandrashekhar, Krishna, Mohan, Singh), from ICU's ISO 15919 romanisation of an Indic script, which
 * is exact but not how the names are written ({@code candraśēkhara}, {@code kr̥ṣṇa}, {@code mōhana}):
 * c is ch and ch chh, ś and ṣ are sh, the vocalic r̥ is ri. In Hindi, Marathi, Nepali, Bengali,
 * Punjabi and Gujarati the vowel a that a word's last consonant carries is not said ({@code मोहन ->
 * mohan}, {@code राम -> ram}), unless that consonant closes a cluster ({@code नरेन्द्र -> narendra},
 * {@code कृष्ण -> krishna}); a nasal before it is no cluster ({@code आनन्द -> anand}, {@code ਸਿੰਘ ->
 * singh}). The other diacritics are left to Latin-ASCII.
 */
public final class Hunterian {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final char RING_BELOW = '\u0325';

  private Hunterian() {}

  /** Whether {@code script} is an Indic script ICU romanises by ISO 15919. */
  public static boolean indic(int script) {
    switch (script) {
      case UScript.DEVANAGARI: case UScript.BENGALI: case UScript.GURMUKHI: case UScript.GUJARATI:
      case UScript.ORIYA: case UScript.TAMIL: case UScript.TELUGU: case UScript.KANNADA:
      case UScript.MALAYALAM:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether names in {@code script} leave a word's last inherent a unsaid: North Indian languages do;
   * Odia and the Dravidian languages say it (Odia Naveena, Telugu Rama Rao).
   */
  public static boolean dropsFinalA(int script) {
    return script == UScript.DEVANAGARI || script == UScript.BENGALI || script == UScript.GURMUKHI
        || script == UScript.GUJARATI;
  }

  /** The Hunterian spelling of {@code iso}, ICU's romanisation of a name in an Indic script. */
  public static String apply(String iso, boolean dropFinalA) {
    String s = NFD.normalize(iso);
    StringBuilder out = new StringBuilder(s.length() + 8);
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || !inWord(s.charAt(i))) {
        int end = dropFinalA ? withoutFinalA(s, start, i) : i;
        respell(s, start, end, out);
        if (i < s.length()) {
          out.append(s.charAt(i));
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  private static boolean inWord(char c) {
    return Character.isLetter(c) || isMark(c) || c == '\'';
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * End of the word {@code s[from, to)} once a final inherent a, which the consonant before it
   * carries unsaid, is left out.
   */
  static int withoutFinalA(String s, int from, int to) {
    if (to - from < 3 || s.charAt(to - 1) != 'a') {
      return to;
    }
    int c = previousLetter(s, from, to - 1); // the consonant carrying the a
    if (c < 0 || vowel(s, c)) {
      return to;
    }
    int before = previousLetter(s, from, c);
    if (before >= 0 && s.charAt(c) == 'h' && aspirable(s.charAt(before))) {
      before = previousLetter(s, from, before); // kh, gh, ch, ṭh, dh, bh: one consonant
    }
    if (before >= 0 && nasal(s.charAt(before)) && !vowel(s, before)) {
      before = previousLetter(s, from, before); // ṅgh, nd: a nasalised vowel, no cluster
    }
    return before >= 0 && vowel(s, before) ? to - 1 : to;
  }

  /** Index of the last base letter before {@code at} in the word, skipping marks and apostrophes; -1 when none. */
  private static int previousLetter(String s, int from, int at) {
    for (int i = at - 1; i >= from; i--) {
      if (Character.isLetter(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean vowel(String s, int i) {
    char c = s.charAt(i);
    if (c == 'r' || c == 'l') {
      return i + 1 < s.length() && s.charAt(i + 1) == RING_BELOW; // vocalic r̥, l̥
    }
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean aspirable(char c) {
    return "kgcjtdpbr".indexOf(c) >= 0; // with their dotted forms, whose base letters these are in NFD
  }

  private static boolean nasal(char c) {
    return c == 'n' || c == 'm';
  }

  private static void respell(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      char mark = i + 1 < to ? s.charAt(i + 1) : 0;
      if (c == 'c' && !isMark(mark)) {
        boolean aspirated = mark == 'h';
        out.append(aspirated ? "chh" : "ch");
        i += aspirated ? 1 : 0;
      } else if (c == 's' && (mark == '\u0301' || mark == '\u0323')) {
        out.append("sh"); // ś, ṣ
        i++;
      } else if ((c == 'r' || c == 'l') && mark == RING_BELOW) {
        out.append(c).append('i');
        i++;
      } else {
        out.append(c);
      }
    }
  }
}
