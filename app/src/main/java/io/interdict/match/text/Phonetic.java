package io.interdict.match.text;

/**
 * A small consonant-skeleton phonetic key for romanised names, tuned for the spelling families of
 * sanctions lists: vowels after the first letter, h, w and y drop out, look-alike consonants merge
 * (c/k/q, s/z, v/w, ph/f, kh/h, j/dj/g before e,i stays j), doubled letters collapse. So {@code Qasim}
 * and {@code Kassem}, {@code Husayn} and {@code Hussein}, {@code Yusuf} and {@code Youssef} agree.
 * Returns "" for tokens shorter than five letters, giving fewer than three key letters or contain digits
 * (those compare by spelling only); a word of a script that writes no short vowels ({@link #abjadWord})
 * compares by {@link #abjadKey}.
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
   * Whether {@code t} is compared as a word of a script that writes no short vowels (Arabic, Persian,
   * Hebrew): {@code fromAbjadScript} when it was romanised from one ({@link Scripts#abjad}; ICU spells
   * the long vowels alif, waw and ya as a, w and y: {@code fladymyr}, {@code sdam}), and a Latin word
   * with no vowel letter after the first ({@code Mhmd}, {@code Hsn}), which can only be such a
   * skeleton typed in Latin letters. A Latin word with vowels (Bashar, Maryam, Stan) never is, however
   * it looks.
   */
  public static boolean abjadWord(String t, boolean fromAbjadScript) {
    return fromAbjadScript || vowelless(t);
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

  /**
   * The consonant skeleton a word is compared by when spelt within half its letters of another
   * ({@link #skeleton}), "" for a word of under five letters or a key under three; zh is the j of
   * other spellings ({@code Zhukov ~ Joukov}), unless the word was romanised from a script that
   * writes no short vowels ({@code fromAbjadScript}): there zh is two letters (ز and ه: {@code
   * hmzh}, Hamza).
   */
  public static String key(String t, boolean fromAbjadScript) {
    int n = t.length();
    if (n < 5) {
      return ""; // short tokens (syllables: sang/song, kang/kong) are told apart by spelling
    }
    String k = skeleton(t, false, false, false, !fromAbjadScript, false);
    return k.length() >= 3 ? k : "";
  }

  /**
   * The key an {@link #abjadWord} is compared by, with any other word: its skeleton as Arabic script
   * writes it ({@link #arabicScript}), since a skeleton is all such a word has ({@code الأسد -> asd ~
   * Assad}, {@code عمر -> amr ~ Umar}); "" for a key of one letter, and for a word of two letters
   * unless it is read as an abjad word ({@code سعد -> sd ~ Sa'd}, {@code گل -> gl ~ Gul}; the caller
   * counts such a word only when it was written in Arabic script). An h there is a
   * letter (ه, ح: {@code مهدي -> mhdy ~ Mahdi}), except at the end, where Latin spellings write it or
   * not (Usama, Usamah). A key of two letters is kept ({@code قصي -> qsy ~ Qusay}, {@code نور -> nwr ~
   * Nur}); whether it counts is for the caller ({@link #MIN_LATIN_KEY}). {@code abjad} says how the
   * word is read ({@link #abjadWord}).
   */
  public static String abjadKey(String t, boolean abjad) {
    if (t.length() < (abjad ? 2 : 3)) {
      return "";
    }
    String k = arabicScript(skeleton(abjad ? t : softC(t), false, true, abjad));
    return k.length() >= 2 ? k : "";
  }

  /**
   * The key of a word of three letters or more that has one consonant and written vowels ({@code ضیا
   * -> zya}, Zia; {@code نیا -> nya}), whose {@link #abjadKey} is too short to say anything: its
   * skeleton with the vowels marked ({@code sIA}), which a Latin spelling with those vowels in that
   * order shares ({@code Zia}, {@code Ziya}) and others do not ({@code Zaya}, {@code Zea}). "" for any
   * other word. {@code abjad} says how the word is read ({@link #abjadWord}).
   */
  public static String shortKey(String t, boolean abjad) {
    if (t.length() < 3 || t.length() > 6 || !abjadKey(t, abjad).isEmpty()
        || skeleton(t, false, false, abjad).length() != 1) {
      return "";
    }
    return arabicScript(skeleton(abjad ? t : softC(t), true, false, abjad));
  }

  /**
   * A Latin word that starts with the Arabic article assimilated to a sun letter and joined to the
   * name ({@code Essaadi}, es-Saadi, السعدي; {@code Essabar}, الصبار; {@code Ennasr}), without that
   * article ({@code saadi}); "" when it does not start so. Used only when the word meets an abjad
   * skeleton, which writes the article apart (al), never between two Latin words: Anna and Ennis are
   * names of their own.
   */
  public static String withoutAssimilatedArticle(String t) {
    if (t.length() < 6 || (t.charAt(0) != 'a' && t.charAt(0) != 'e') || t.charAt(1) != t.charAt(2)
        || "tdrzsln".indexOf(t.charAt(1)) < 0) {
      return "";
    }
    return t.substring(2);
  }

  /**
   * A Latin spelling's c before e, i or y as the s it is in the French spellings of Maghrebi names
   * ({@code Lounici}, {@code Boucetta}: لونيسي, بوستة); Arabic has no letter c, so a Latin word met
   * against an abjad skeleton reads it so, while a Latin word against a Latin word keeps c as k.
   */
  static String softC(String t) {
    int c = t.indexOf('c');
    if (c < 0) {
      return t;
    }
    char[] out = t.toCharArray();
    for (int i = c; i + 1 < out.length; i++) {
      if (out[i] == 'c' && (out[i + 1] == 'e' || out[i + 1] == 'i' || out[i + 1] == 'y')) {
        out[i] = 's';
      }
    }
    return new String(out);
  }

  /**
   * The {@link #abjadKey} of an {@link #abjadWord} read with its th, dh, gh, zh, sh, kh, ch or ph as
   * two letters, or "" when it has none (or the key comes out the same). ICU writes ط then ه, or س
   * then ح, as it writes ث or ش: {@code طه -> th} is Taha, {@code صحراوي -> shrawy} is Sahrawi. Here the
   * h is a letter even at the end of the word, since it was one.
   */
  public static String abjadSplitKey(String t) {
    if (t.length() < 2 || !hasPair(t)) {
      return "";
    }
    String k = arabicScript(skeleton(t, false, true, true, false, true));
    return k.length() >= 2 && !k.equals(abjadKey(t, true)) ? k : "";
  }

  /** Whether {@code t} has a letter that forms a digraph with a following h. */
  private static boolean hasPair(String t) {
    for (int i = 1; i < t.length(); i++) {
      if (t.charAt(i) == 'h' && pairsWithH(t.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean pairsWithH(char c) {
    return c == 't' || c == 'd' || c == 'g' || c == 'z' || c == 's' || c == 'k' || c == 'c' || c == 'p';
  }

  /**
   * Shortest {@link #abjadKey} that relates a word to one of an abjad script by itself being a
   * vowelless Latin word: two consonants meet too many names ({@code Mry} would be Mario) unless the
   * word is known to come from the script, where two consonants and a long vowel are all that {@code
   * قصي} (Qusay) or {@code نور} (Nur) has.
   */
  public static final int MIN_LATIN_KEY = 3;

  /**
   * Whether the vowels of two words with the same {@link #arabicScript} key can be one name's, where
   * {@code abjadA} and {@code abjadB} say which is an {@link #abjadWord}: a long vowel abjad script
   * writes ({@code y} for i or e, {@code w} for u or o, {@code a} for a) stands where the other
   * spelling has that vowel, and the other may have more (the short vowels abjad script leaves out).
   * So {@code hsyn} is Husayn and Hussein but {@code hsny} (Hasani) is neither, {@code hsyn} is not
   * Hasan, and {@code aylya} (إيليا, Ilya) is not Ali. Compares {@link #skeleton}s with vowels marked:
   * the abjad word's must be a subsequence of the other's; between two abjad words, either way. A w
   * or y the Latin spelling writes after its first letter is a letter abjad script writes too (Qusay
   * {@code qsy}, Dawud {@code dwd}), so {@code rda} (رضا, Reza) is not Ruwaydah; so is a vowel that
   * ends it ({@link #finalVowelWritten}).
   */
  public static boolean vowelsAgree(String a, boolean abjadA, String b, boolean abjadB) {
    return vowelsAgree(a, abjadA, b, abjadB, false);
  }

  /**
   * {@link #vowelsAgree(String, boolean, String, boolean)} with the abjad word's pairs read as two
   * letters, as {@link #abjadSplitKey} reads them.
   */
  public static boolean vowelsAgree(String a, boolean abjadA, String b, boolean abjadB, boolean split) {
    // A Latin word met against an abjad one reads its soft c as s, as abjadKey does.
    boolean mixed = abjadA != abjadB;
    String va = arabicScript(skeleton(mixed && !abjadA ? softC(a) : a, true, false, abjadA, false, split && abjadA));
    String vb = arabicScript(skeleton(mixed && !abjadB ? softC(b) : b, true, false, abjadB, false, split && abjadB));
    if (mixed) {
      String abjad = abjadA ? a : b;
      String latin = abjadA ? b : a;
      String vAbjad = abjadA ? va : vb;
      String vLatin = abjadA ? vb : va;
      return (subsequence(vAbjad, vLatin) || subsequence(finalYAsA(abjad, vAbjad), vLatin))
          && semivowels(latin) <= semivowels(abjad) && finalVowelWritten(latin, abjad);
    }
    va = va.replace('E', 'I');
    vb = vb.replace('E', 'I');
    return subsequence(va, vb) || subsequence(vb, va);
  }

  /**
   * The marked skeleton of an abjad word that ends in a consonant and y, with that y read as a: the
   * alif maqsura ({@code ى}) says a at the end of a word (Mustafa {@code مصطفى}, Yahya, Musa, Huda),
   * but ICU writes it y, as it writes the ya that says i there (Hasani {@code حسني}); and Egyptian and
   * Afghan spelling write final i as ى too ({@code حقانى}, Haqqani). So a final y may be either. Null
   * when the word does not end so.
   */
  private static String finalYAsA(String abjad, String marked) {
    int n = abjad.length();
    if (n < 3 || abjad.charAt(n - 1) != 'y' || !consonant(abjad.charAt(n - 2))
        || marked.isEmpty() || marked.charAt(marked.length() - 1) != 'I') {
      return null;
    }
    return marked.substring(0, marked.length() - 1) + 'A';
  }

  /**
   * A vowel that ends a Latin spelling is a letter in abjad script too (alif, waw, ya, or the ta
   * marbuta read h: Mustafa {@code mstfy}, Usama {@code asamh}, Sami {@code samy}), so {@code fdl}
   * (فضل, Fadl) is not Viitala. A final e is not: English and French spellings leave it unsaid
   * (Therese {@code tyryz}, George {@code jwrj}).
   */
  private static boolean finalVowelWritten(String latin, String abjad) {
    char l = latin.charAt(latin.length() - 1);
    if (l != 'a' && l != 'i' && l != 'o' && l != 'u') {
      return true;
    }
    char a = abjad.charAt(abjad.length() - 1);
    return a == 'a' || a == 'w' || a == 'y' || a == 'h';
  }

  /**
   * Runs of one w or y after the first letter: {@code sayyid} has one, as {@code syd} has (abjad
   * script writes a doubled letter once), and {@code hwysh} (حويش) has two, as Huwaysh has.
   */
  private static int semivowels(String t) {
    int runs = 0;
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      char p = t.charAt(i - 1);
      if ((c == 'w' || c == 'y') && (i == 1 || p != c)) {
        runs++;
      }
    }
    return runs;
  }

  /**
   * Whether {@code shorter} is a subsequence of {@code longer}, where a Latin e ({@code E}) in the
   * longer one also stands for a or i: Latin spellings write the long a of Maghrebi and Turkish
   * speech as e (Kamel, Djamel, Kemal for كمال, جمال) and the ya as e (Hussein).
   */
  private static boolean subsequence(String shorter, String longer) {
    if (shorter == null) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
      char l = longer.charAt(i);
      char s = shorter.charAt(j);
      if (l == s || l == 'E' && (s == 'A' || s == 'I')) {
        j++;
      }
    }
    return j == shorter.length();
  }

  /**
   * The consonant skeleton {@link #key} is made of; with {@code vowels}, each vowel marked instead of
   * dropped (a first one after the {@code a} every first vowel is): {@code A} for a, {@code E} for e
   * (which {@link #subsequence} lets stand for a or i), {@code I} for i and y, {@code U} for o, u and w
   * (as diphthongs too: Husayn, Hussein), a run of one mark written once; with {@code keepH}, an h
   * inside the word kept as a letter, unless it only spells a sound with the letter before it
   * ({@link #digraph}; sh, ch, kh and ph are read as one letter anyway). Empty when the word has a
   * digit. In a Latin spelling ({@code abjad} false) h and w leave a doubled consonant doubled; in an
   * {@link #abjadWord} they are letters between two consonants ({@code محمود -> mhmwd} keeps Mahmud's
   * m-m, and so is not Muhammad).
   */
  static String skeleton(String t, boolean vowels, boolean keepH, boolean abjad) {
    return skeleton(t, vowels, keepH, abjad, false, false);
  }

  /**
   * {@link #skeleton}, reading zh as the one sound j when {@code zhAsJ}, and with {@code split} every
   * letter an h could pair with and that h as two letters ({@link #abjadSplitKey}).
   */
  private static String skeleton(String t, boolean vowels, boolean keepH, boolean abjad, boolean zhAsJ,
      boolean split) {
    int n = t.length();
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
          if (i == 0 && vowels && c != 'a') {
            sb.append('a'); // a first vowel is marked too: Arabic writes أو in Ondoa, إي in Ilya
            last = 'a';
            m = mark(c);
          } else {
            m = i == 0 ? 'a' : vowels ? mark(c) : 0;
          }
          break;
        case 'h': case 'w':
          m = i == 0 ? c : vowels && c == 'w' ? mark(c)
              : keepH && c == 'h' && (split ? pairsWithH(t.charAt(i - 1)) || i + 1 < n : i + 1 < n && !digraph(t.charAt(i - 1)))
                  ? 'h' : 0;
          break;
        case 'c':
          if (next == 'h' && !split) {
            m = 'x';
            i++;
          } else {
            m = 'k';
          }
          break;
        case 'q': case 'k':
          if (c == 'k' && next == 'h' && !split) {
            m = 'h';
            i++;
          } else {
            m = 'k';
          }
          break;
        case 'z':
          if (next == 'h' && zhAsJ) {
            // ж: the zh of BGN/PCGN is the j of French, Turkic and Central Asian spellings
            // (Zhirinovsky, Jirinovski; Zhomart, Jomart). Only in the key Latin spellings meet by:
            // an Arabic name has z and h (ز ه, ظ ه: Mazhari, Azhar; hmzh, Hamza; zhrany, Zahrani).
            m = 'j';
            i++;
          } else {
            m = 's';
          }
          break;
        case 's':
          if (next == 'h' && !split) {
            m = 'x';
            i++;
          } else {
            m = 's';
          }
          break;
        case 'p':
          if (next == 'h' && !split) {
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
      } else if (abjad || c != 'h' && c != 'w' || vowels && c == 'h' && i > 0 && next != 0
          && "aeiou".indexOf(t.charAt(i - 1)) >= 0 && "aeiou".indexOf(next) >= 0) {
        // An h between two vowels is a consonant (Salah-aldin: a, h, a), which the vowels stand apart by.
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
      case 'e':
        return 'E';
      case 'i': case 'y':
        return 'I';
      default: // o, u, w
        return 'U';
    }
  }
}
