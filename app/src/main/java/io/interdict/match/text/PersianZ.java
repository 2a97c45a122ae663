package io.interdict.match.text;

/**
 * Reads ذ, ض and ظ as z and ث as s in a name written with a letter only Persian, Urdu or Pashto
 * use ({@code پ چ ژ گ ک ی}): those languages say them so, and their names are spelled so in Latin
 * ({@code رضا رضایی -> Reza Rezaei}, {@code فضل -> Fazl}, {@code رمضان -> Ramazan}), where Arabic
 * says d, dh and th ({@code Rida}, {@code Fadl}, {@code Ramadan}), which ICU writes. A name without
 * such a letter is read as Arabic.
 */
public final class PersianZ {
  private PersianZ() {}

  public static String apply(String s) {
    if (!persian(s)) {
      return s;
    }
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
