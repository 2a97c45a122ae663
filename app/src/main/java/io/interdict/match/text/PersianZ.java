package io.interdict.match.text;

import java.text.Normalizer;

/**
 * Reads ذ, ض and ظ as z and ث as s in a name written with a letter only Persian, Urdu or Pashto
 * use ({@code پ چ ژ گ ک ی}): those languages say them so, and their names are spelled so in Latin
 * ({@code رضا رضایی -> Reza Rezaei}, {@code فضل -> Fazl}, {@code رمضان -> Ramazan}), where Arabic
 * says d, dh and th ({@code Rida}, {@code Fadl}, {@code Ramadan}), which ICU writes. A name without
 * such a letter is read as Arabic, and may be read this way too ({@link #alternative}).
 */
public final class PersianZ {
  private PersianZ() {}

  public static String apply(String s) {
    return persian(s) ? read(s) : s;
  }

  /**
   * The name read as Persian, Urdu or Pashto would read it, when it has ذ, ض, ظ or ث but no letter
   * that says which language it is; null otherwise. Afghan and Pakistani names are often written
   * with Arabic letters only ({@code فضل رحيم}, Fazal Rahim; {@code وثيق}, Wassiq), so such a name
   * is screened both ways, and its Arabic reading ({@code Fadl}) stays the first.
   */
  public static String alternative(String raw) {
    if (raw == null || !arabicPresentation(raw) && !containsReadings(raw)) {
      return null;
    }
    // Presentation forms (ﺿ for ض) fold to the letters first, as analysis folds them.
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    if (persian(s)) {
      return null;
    }
    boolean any = false;
    for (int i = 0; i < s.length() && !any; i++) {
      char c = s.charAt(i);
      any = c == 'ذ' || c == 'ض' || c == 'ظ' || c == 'ث';
    }
    return any ? read(s) : null;
  }

  private static boolean containsReadings(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'ذ' || c == 'ض' || c == 'ظ' || c == 'ث') {
        return true;
      }
    }
    return false;
  }

  private static boolean arabicPresentation(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB50' && c <= '\uFEFF') {
        return true;
      }
    }
    return false;
  }

  private static String read(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == 'ذ' || c == 'ض' || c == 'ظ' ? 'ز' : c == 'ث' ? 'س' : c);
    }
    return sb.toString();
  }

  private static boolean persian(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case 'پ': case 'چ': case 'ژ': case 'گ': case 'ک': case 'ی':
          return true;
        default:
      }
    }
    return false;
  }
}
