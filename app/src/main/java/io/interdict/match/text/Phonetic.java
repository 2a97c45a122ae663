package io.interdict.match.text;

/**
 * A small consonant-skeleton phonetic key for romanised names, tuned for the spelling families of
 * sanctions lists: vowels after the first letter, h, w and y drop out, look-alike consonants merge
 * (c/k/q, s/z, v/w, ph/f, kh/h, j/dj/g before e,i stays j), doubled letters collapse. So {@code Qasim}
 * and {@code Kassem}, {@code Husayn} and {@code Hussein}, {@code Yusuf} and {@code Youssef} agree.
 * Returns "" for tokens shorter than five letters, giving fewer than three key letters or contain digits
 * (those compare by spelling only); a word spelled as abjad script writes it ({@link #abjadSpelling})
 * compares by {@link #abjadKey}, from three letters on.
 */
public final class Phonetic {
  private Phonetic() {}

  /**
   * {@code key} as Arabic script would write it: Arabic has no p, v or g, and writes them b, f and
   * j (ج, as Egypt says it), so a consonant skeleton romanised from Arabic script ({@code بيريز ->
   * byryz}, {@code أنجيلا -> anjyla}) meets Pérez and Angela only through this form. Persian and
   * Hebrew write v as waw ({@code ولادیمیر -> wladymyr}), so a w that starts the key is an f too (a
   * w after the first letter is already left out), and ch as t and sh ({@code فيتش -> fytsh}, the
   * -vich of a patronymic). {@code key} itself when none of this applies.
   */
  public static String arabicScript(String key) {
    if (key.indexOf('p') < 0 && key.indexOf('v') < 0 && key.indexOf('g') < 0 && !key.startsWith("w")
        && !key.contains("tx")) {
      return key;
    }
    String k = key.replace('p', 'b').replace('v', 'f').replace('g', 'j').replace("tx", "x");
    return k.startsWith("w") ? 'f' + k.substring(1) : k;
  }

  /**
   * Whether {@code t} is spelled as a word romanised from Arabic, Persian or Hebrew script: these
   * write no short vowels, and ICU spells their long vowels alif, waw and ya as a, w and y. So: no
   * vowel letter after the first ({@code klyntwn}), or a as the only one with w or y written after a
   * consonant ({@code fladymyr}, {@code dwnald}), or a alone after two first consonants no Latin
   * word starts with ({@code sdam}, {@code rmdan}, {@code ndal}). A Latin spelling of a name has e,
   * i, o or u, or, with a alone (Bashar, Ahmad, Khalaf), none of these; one that looks so
   * all the same (Fachry) meets another Latin spelling only where {@link #vowelsAgree}.
   */
  public static boolean abjadSpelling(String t) {
    boolean vowelLetter = false;
    boolean a = false;
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case 'e': case 'i': case 'o': case 'u':
          return false;
        case 'a':
          a = true;
          break;
        case 'w': case 'y':
          vowelLetter |= consonant(t.charAt(i - 1));
          break;
        default:
      }
    }
    return vowelLetter || !a || t.length() >= 3 && !latinOnset(t.charAt(0), t.charAt(1));
  }

  /**
   * Two consonants a Latin spelling of a name may start with (Bruno, Khalid, Shah, Szabo, Vladimir),
   * as a table over letter pairs: {@link #abjadSpelling} asks for every word compared.
   */
  private static final boolean[] LATIN_ONSETS = onsets(
      "bh", "bl", "br", "ch", "cl", "cr", "cz", "dh", "dj", "dr", "dw", "dz", "fl", "fr", "gh", "gl", "gn",
      "gr", "gw", "kh", "kl", "kn", "kr", "kv", "kw", "ph", "pl", "pr", "ps", "rh", "rz", "sc", "sh", "sk",
      "sl", "sm", "sn", "sp", "sr", "st", "sv", "sw", "sz", "th", "tr", "ts", "tw", "tz", "vl", "vr", "wh",
      "wr", "zh", "zv", "zw");

  private static boolean[] onsets(String... pairs) {
    boolean[] table = new boolean[26 * 26];
    for (String p : pairs) {
      table[(p.charAt(0) - 'a') * 26 + p.charAt(1) - 'a'] = true;
    }
    return table;
  }

  /** Whether {@code c0 c1} is no two consonants, or two that a Latin word may start with. */
  private static boolean latinOnset(char c0, char c1) {
    return !consonant(c0) || !consonant(c1) || LATIN_ONSETS[(c0 - 'a') * 26 + c1 - 'a'];
  }

  /** No vowel letter after the first ({@code klyntwn}, {@code hsyn}): a consonant skeleton. */
  public static boolean vowelless(String t) {
    for (int i = 1; i < t.length(); i++) {
      switch (t.charAt(i)) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
          return false;
        default:
      }
    }
    return true;
  }

  private static boolean consonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouwy".indexOf(c) < 0;
  }

  public static String key(String t) {
    int n = t.length();
    if (n < 5) {
      return ""; // short tokens (syllables: sang/song, kang/kong) are told apart by spelling
    }
    String k = skeleton(t, false, false);
    return k.length() >= 3 ? k : "";
  }

  /**
   * The key a word spelled as abjad script writes it is compared by, with any other word: its
   * skeleton as Arabic script writes it ({@link #arabicScript}), from three letters on, since a
   * skeleton is all such a word has ({@code الأسد -> asd ~ Assad}, {@code عمر -> amr ~ Umar}); "" when
   * shorter. An h there is a letter (ه, ح: {@code مهدي -> mhdy ~ Mahdi}), except at the end, where
   * Latin spellings write it or not (Usama, Usamah).
   */
  public static String abjadKey(String t) {
    if (t.length() < 3) {
      return "";
    }
    String k = arabicScript(skeleton(t, false, true));
    return k.length() >= 3 ? k : "";
  }

  /**
   * Whether the vowels of two words with the same {@link #arabicScript} key can be one name's, when
   * either is spelled as abjad script writes it: a long vowel abjad script writes ({@code y} after a
   * consonant for i or e, {@code w} for u or o, {@code a} for a) stands where the other spelling has
   * that vowel, and the other may have more (the short vowels abjad script leaves out). So {@code
   * hsyn} is Husayn and Hussein but {@code hsny} (Hasani) is neither, and {@code hsyn} is not Hasan.
   * Compares {@link #skeleton}s with vowels marked; one must be a subsequence of the other.
   */
  public static boolean vowelsAgree(String a, String b) {
    String va = arabicScript(skeleton(a, true, false));
    String vb = arabicScript(skeleton(b, true, false));
    return subsequence(va, vb) || subsequence(vb, va);
  }

  private static boolean subsequence(String shorter, String longer) {
    int j = 0;
    for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
      if (longer.charAt(i) == shorter.charAt(j)) {
        j++;
      }
    }
    return j == shorter.length();
  }

  /**
   * The consonant skeleton {@link #key} is made of; with {@code vowels}, each vowel after the first
   * letter marked instead of dropped: {@code A} for a, {@code I} for e, i and y, {@code U} for o, u
   * and w (as diphthongs too: Husayn, Hussein), a run of one mark written once; with {@code keepH},
   * an h inside the word kept as a letter, unless it only spells a sound with the letter before it
   * ({@link #digraph}; sh, ch, kh and ph are read as one letter anyway). Empty when the word has a
   * digit.
   */
  static String skeleton(String t, boolean vowels, boolean keepH) {
    int n = t.length();
    // In a Latin spelling h and w leave a doubled consonant doubled; in an abjad one they are letters
    // between two consonants (محمود -> mhmwd keeps Mahmud's m-m, and so is not Muhammad).
    boolean abjad = abjadSpelling(t);
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
          m = i == 0 ? 'a' : vowels ? mark(c) : 0;
          break;
        case 'h': case 'w':
          m = i == 0 ? c : vowels && c == 'w' ? mark(c) : keepH && c == 'h' && i + 1 < n && !digraph(t.charAt(i - 1)) ? 'h' : 0;
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
      } else if (abjad || c != 'h' && c != 'w') {
        last = 0;
      }
    }
    return sb.toString();
  }

  /** Whether an h after {@code c} only spells one sound with it, in Latin as in ICU's Arabic: th, dh, gh, zh. */
  private static boolean digraph(char c) {
    return c == 't' || c == 'd' || c == 'g' || c == 'z';
  }

  /** The vowel mark of {@code c}, a vowel letter or y or w after the first letter. */
  private static char mark(char c) {
    switch (c) {
      case 'a':
        return 'A';
      case 'e': case 'i': case 'y':
        return 'I';
      default: // o, u, w
        return 'U';
    }
  }
}
