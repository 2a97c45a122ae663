package io.interdict.match.text;

/**
 * A small consonant-skeleton phonetic key for romanised names, tuned for the spelling families of
 * sanctions lists: vowels after the first letter, h, w and y drop out, look-alike consonants merge
 * (c/k/q, s/z, v/w, ph/f, kh/h, j/dj/g before e,i stays j), doubled letters collapse. So {@code Qasim}
 * and {@code Kassem}, {@code Husayn} and {@code Hussein}, {@code Yusuf} and {@code Youssef} agree.
 * Returns "" for tokens shorter than five letters, giving fewer than three key letters or contain digits
 * (those compare by spelling only).
 */
public final class Phonetic {
  private Phonetic() {}

  /**
   * {@code key} as Arabic script would write it: Arabic has no p or v, and writes them b and f, so
   * a consonant skeleton romanised from Arabic script ({@code بيريز -> byryz}) meets Pérez only
   * through this form. {@code key} itself when it has neither letter.
   */
  public static String arabicScript(String key) {
    return key.indexOf('p') < 0 && key.indexOf('v') < 0 ? key : key.replace('p', 'b').replace('v', 'f');
  }

  public static String key(String t) {
    int n = t.length();
    if (n < 5) {
      return ""; // short tokens (syllables: sang/song, kang/kong) are told apart by spelling
    }
    StringBuilder sb = new StringBuilder(n);
    char last = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        return "";
      }
      char next = i + 1 < n ? t.charAt(i + 1) : 0;
      char m;
      switch (c) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
          m = i == 0 ? 'a' : 0;
          break;
        case 'h': case 'w':
          m = i == 0 ? c : 0;
          break;
        case 'c':
          if (next == 'h') {
            m = 'x';
            i++;
          } else {
            m = 'k';
          }
          break;
        case 'q': case 'k':
          if (c == 'k' && next == 'h') {
            m = 'h';
            i++;
          } else {
            m = 'k';
          }
          break;
        case 'z':
          m = 's';
          break;
        case 's':
          if (next == 'h') {
            m = 'x';
            i++;
          } else {
            m = 's';
          }
          break;
        case 'p':
          if (next == 'h') {
            m = 'f';
            i++;
          } else {
            m = 'p';
          }
          break;
        case 'v':
          m = 'v';
          break;
        case 'd':
          if (next == 'j') {
            m = 'j';
            i++;
          } else {
            m = i == 0 ? 'd' : 't'; // Tomas is not Dimas
          }
          break;
        case 'x':
          m = i == 0 ? 'X' : 'x'; // pinyin x- is its own onset: Xiang is not Cheng
          break;
        case 't':
          m = 't';
          break;
        default:
          m = c;
      }
      if (m != 0 && m != last) {
        sb.append(m);
      }
      if (m != 0) {
        last = m;
      } else if (c != 'h' && c != 'w') {
        last = 0;
      }
    }
    return sb.length() >= 3 ? sb.toString() : "";
  }
}
