package io.interdict.match.text;

import java.text.Normalizer;
import java.util.List;

/**
 * Reads ذ, ض and ظ as z and ث as s in a name written with a letter only Persian, Urdu or Pashto
 * use ({@code پ چ ژ گ ک ی}): those languages say them so, and their names are spelled so in Latin
 * ({@code رضا رضایی -> Reza Rezaei}, {@code فضل -> Fazl}, {@code رمضان -> Ramazan}), where Arabic
 * says d, dh and th ({@code Rida}, {@code Fadl}, {@code Ramadan}), which ICU writes. A name without
 * such a letter is read as Arabic, and may be read this way too ({@link #alternatives}).
 */
public final class PersianZ {
  private PersianZ() {}

  public static String apply(String s) {
    return persian(s) ? read(s) : s;
  }

  /**
   * Other readings of a name written with Arabic letters only that has ذ, ض, ظ or ث, as people whose
   * names are written so say them; empty otherwise. Afghan and Pakistani names are often written with
   * Arabic letters only and listed as Persian, Urdu or Pashto say them ({@code فضل رحيم}, Fazal Rahim;
   * {@code وثيق}, Wassiq): that reading comes first. Iraqi and Gulf speech say ظ as the dh of ذ, and
   * their names are listed so ({@code كاظم}, Kadhim, Kathim): that reading comes second. The name's
   * Arabic reading, the one analysis gives, stays the first of all.
   */
  public static List<String> alternatives(String raw) {
    if (raw == null || !arabicPresentation(raw) && !containsReadings(raw)) {
      return List.of();
    }
    // Presentation forms (ﺿ for ض) fold to the letters first, as analysis folds them.
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    if (persian(s) || !containsReadings(s)) {
      return List.of();
    }
    return s.indexOf('ظ') < 0 ? List.of(read(s)) : List.of(read(s), s.replace('ظ', 'ذ'));
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
