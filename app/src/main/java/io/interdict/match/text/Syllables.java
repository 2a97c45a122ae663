package io.interdict.match.text;

import java.util.regex.Pattern;

/**
 * Whether a token reads as one or two Chinese (pinyin, Wade-Giles) or Korean (Revised, McCune-Reischauer)
 * romanised syllables: {@code li}, {@code jin}, {@code zhiyong}, {@code chol}, {@code kyong}. In such
 * names a given name is one or two syllables, often written as separate words, so a word more is
 * another given name (Li Yi is not Li Yi Peng) rather than an omitted middle name. The shape test
 * over-accepts a few short Western names (Ali), which only makes the middle-name allowance rarer.
 */
public final class Syllables {
  // The parts of a syllable, in the order they are tried; the pattern and split() both read them.
  private static final String[] ONSETS2 = {"zh", "ch", "sh", "hs", "ts", "tz", "kk", "tt", "pp", "ss", "jj"};
  private static final String ONSET1 = "bpmfdtnlgkhjqxrzcsyw";
  private static final String[] VOWEL_LIST = {"a", "e", "i", "o", "u", "ae", "ai", "ao", "ei", "eo", "eu",
      "ia", "ie", "io", "iu", "oe", "oi", "ou", "ua", "ue", "ui", "uo", "yo", "yu", "ya", "ye", "wa", "wo",
      "we", "wi", "oo", "ee", "iao", "uai"};
  private static final String[] CODAS = {"ng", "n", "m", "l", "k", "p", "t", "h", ""};

  private static final String INITIAL = "(?:" + String.join("|", ONSETS2) + "|[" + ONSET1 + "])?";
  private static final String MEDIAL = "[wy]?";
  private static final String VOWELS = "(?:" + String.join("|", VOWEL_LIST) + ")";
  private static final String CODA = "(?:" + String.join("|", java.util.Arrays.copyOf(CODAS, CODAS.length - 1)) + ")?";
  private static final String SYLLABLE = INITIAL + MEDIAL + VOWELS + CODA;
  private static final Pattern ONE_OR_TWO = Pattern.compile(SYLLABLE + "(?:" + SYLLABLE + ")?");

  /** Longest token {@link #split} reads as one syllable. */
  private static final int MAX_LENGTH = 6;

  private Syllables() {}

  public static boolean eastAsian(String token) {
    return token.length() <= 8 && ONE_OR_TWO.matcher(token).matches();
  }

  /** Whether a token reads as exactly one romanised syllable ({@code zhang}, {@code kyong}, {@code young}). */
  public static boolean one(String token) {
    return split(token) >= 0;
  }

  /**
   * Whether two single syllables may be one syllable spelled two ways: the same onset and final
   * consonant, and vowels that differ only as Korean romanisations write the same vowel ({@code
   * Kyong ~ Kyoung ~ Kyeong}, {@code Chol ~ Cheol}, {@code Yong ~ Young}). A different onset, final or
   * vowel is another syllable and so another name ({@code Cheng/Chen}, {@code Kyong/Yong}, {@code
   * Zhang/Zhong}, {@code Jian/Jiang}), however close the letters. Both must be {@link #one} syllable.
   */
  public static boolean sameSyllable(String a, String b) {
    int sa = split(a);
    int sb = split(b);
    if (sa < 0 || sb < 0) {
      return false;
    }
    int onsetA = sa >>> 8;
    int vowelEndA = sa & 0xff;
    int onsetB = sb >>> 8;
    int vowelEndB = sb & 0xff;
    return onsetA == onsetB && a.regionMatches(0, b, 0, onsetA)
        && a.length() - vowelEndA == b.length() - vowelEndB
        && a.regionMatches(vowelEndA, b, vowelEndB, a.length() - vowelEndA)
        && vowel(a.substring(onsetA, vowelEndA)).equals(vowel(b.substring(onsetB, vowelEndB)));
  }

  /**
   * One syllable as Korean romanisations have it in common, or null when {@code t} is not {@link
   * #one} syllable: the initial unvoiced ({@code g d b j -> k t p ch}), since McCune-Reischauer
   * voices an initial inside a given name ({@code Myong-guk}) and Revised Romanization writes voiced
   * what McCune-Reischauer writes plain ({@code Byeong ~ Pyong}, {@code Deok ~ Tok}); Revised
   * Romanization's {@code eo} and {@code eu} as McCune-Reischauer without breves writes them
   * ({@code Yeo ~ Yo}, {@code Eun ~ Un}), and the passports' {@code oo} as u ({@code Moon ~ Mun}).
   * Two syllables with one key may still be two pinyin syllables ({@code Dao}, {@code Tao}):
   * whether that matters is the caller's to say.
   */
  public static String key(String t) {
    int s = split(t);
    if (s < 0) {
      return null;
    }
    int onsetEnd = s >>> 8;
    int vowelEnd = s & 0xff;
    int rest = onsetRest(t);
    StringBuilder k = new StringBuilder(t.length() + 1);
    if (rest > 0) {
      char head = onsetHead(t);
      k.append(head == CH ? "ch" : String.valueOf(head));
    }
    k.append(t, rest, onsetEnd);
    int v = keyVowel(t, onsetEnd, vowelEnd);
    if (v >= 0) {
      k.append((char) v);
    } else {
      k.append(t, onsetEnd, vowelEnd);
    }
    return k.append(t, vowelEnd, t.length()).toString();
  }

  /**
   * Whether {@code a} and {@code b} have one {@link #key}, without making it: the test runs for
   * every pair of short words a query's words are compared with.
   */
  public static boolean sameKey(String a, String b) {
    int sa = split(a);
    int sb = split(b);
    if (sa < 0 || sb < 0) {
      return false;
    }
    int oa = sa >>> 8;
    int ea = sa & 0xff;
    int ob = sb >>> 8;
    int eb = sb & 0xff;
    int ra = onsetRest(a);
    int rb = onsetRest(b);
    int va = keyVowel(a, oa, ea);
    int vb = keyVowel(b, ob, eb);
    return a.length() - ea == b.length() - eb && a.regionMatches(ea, b, eb, a.length() - ea)
        && va == vb && (va >= 0 || ea - oa == eb - ob && a.regionMatches(oa, b, ob, ea - oa))
        && oa - ra == ob - rb && a.regionMatches(ra, b, rb, oa - ra)
        && (ra == 0) == (rb == 0) && (ra == 0 || onsetHead(a) == onsetHead(b));
  }

  /** {@link #onsetHead} of ch and j. */
  private static final char CH = 'C';

  /**
   * Where the part of the onset after its initial consonant starts: 0 without an initial or with a
   * tense one ({@code kk}, {@code jj}), which the key keeps as written; 2 after {@code ch}; else 1.
   */
  private static int onsetRest(String t) {
    char c = t.charAt(0);
    if ("aeiouyw".indexOf(c) >= 0 || t.length() > 1 && t.charAt(1) == c) {
      return 0;
    }
    return c == 'c' && t.length() > 1 && t.charAt(1) == 'h' ? 2 : 1;
  }

  /** The initial consonant of a syllable whose {@link #onsetRest} is above 0, unvoiced. */
  private static char onsetHead(String t) {
    char c = t.charAt(0);
    switch (c) {
      case 'g': return 'k';
      case 'd': return 't';
      case 'b': return 'p';
      case 'j': return CH;
      case 'c': return t.length() > 1 && t.charAt(1) == 'h' ? CH : c;
      default: return c;
    }
  }

  /**
   * The vowel from {@code from} to {@code to} as one letter where Korean romanisations spell it with
   * two ({@code eo} and {@code eu} of Revised Romanization, {@code oo} of passports: Moon, Koo), or as
   * written when it is one letter; -1 for another vowel of two letters or more, which the key keeps
   * as written.
   */
  private static int keyVowel(String t, int from, int to) {
    if (to - from == 1) {
      return t.charAt(from);
    }
    if (to - from == 2) {
      char x = t.charAt(from);
      char y = t.charAt(from + 1);
      if (x == 'e' && (y == 'o' || y == 'u')) {
        return y;
      }
      if (x == 'o' && y == 'o') {
        return 'u';
      }
    }
    return -1;
  }

  /**
   * Splits one syllable into onset (initial and medial), vowel and final, trying the parts in the
   * order of the {@code INITIAL MEDIAL VOWELS CODA} pattern so the split is that pattern's. Returns
   * {@code onsetEnd << 8 | vowelEnd}, or -1 when the token is not one syllable. No regular expression:
   * it runs for every strongly similar pair of tokens a query meets.
   */
  static int split(String t) {
    int n = t.length();
    if (n == 0 || n > MAX_LENGTH) {
      return -1;
    }
    for (int ini = 0; ini < 3; ini++) {
      int i0;
      if (ini == 0) {
        i0 = n >= 2 && startsWithAny(t, ONSETS2) ? 2 : -1;
      } else if (ini == 1) {
        i0 = ONSET1.indexOf(t.charAt(0)) >= 0 ? 1 : -1;
      } else {
        i0 = 0;
      }
      if (i0 < 0) {
        continue;
      }
      for (int med = 0; med < 2; med++) {
        int i1 = i0;
        if (med == 0) {
          if (i0 >= n || (t.charAt(i0) != 'w' && t.charAt(i0) != 'y')) {
            continue;
          }
          i1 = i0 + 1;
        }
        for (String v : VOWEL_LIST) {
          if (!t.startsWith(v, i1)) {
            continue;
          }
          int i2 = i1 + v.length();
          for (String c : CODAS) {
            if (i2 + c.length() == n && t.startsWith(c, i2)) {
              return i1 << 8 | i2;
            }
          }
        }
      }
    }
    return -1;
  }

  private static boolean startsWithAny(String t, String[] prefixes) {
    for (String p : prefixes) {
      if (t.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** A vowel with the Korean romanisations' extra letters taken out: eo -> o, eu -> u, ou -> o, oo -> u. */
  static String vowel(String v) {
    switch (v) {
      case "eo": case "ou": return "o";
      case "eu": case "oo": return "u";
      default: return v;
    }
  }
}
