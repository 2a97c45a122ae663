package io.interdict.match;

import io.interdict.match.names.Nicknames;
import io.interdict.match.names.WadeGiles;
import io.interdict.match.text.Edits;
import io.interdict.match.text.Phonetic;
import io.interdict.match.text.Slips;
import io.interdict.match.text.Syllables;

/**
 * Similarity of two canonical tokens in [0, 1]. Strong similarities (above {@link #SOFT_MAX}) come
 * from equality, an initial against a word starting with it, at most {@link #maxEdits} typing edits
 * (optimal string alignment), the same letters once repeats are written once, or equal phonetic
 * keys; the candidate index finds every strong pair. Two romanised East-Asian syllables are strong
 * only as one syllable spelled two ways ({@link #sameSyllableIfSyllables}), and are strong when
 * they are one Korean syllable in two romanisations ({@link #koreanSpellings}: {@code Yeo ~ Yo}).
 * Tokens further apart but within half their length in edits get a soft similarity capped at
 * {@link #SOFT_MAX} ({@code Starkey ~ Starmer}): it can support a match found through other tokens,
 * never create one, which is what lets the index bound scores without enumerating soft pairs.
 * Words of a person's name also pair as nickname and full name ({@link #personSim}).
 */
public final class TokenSimilarity {
  /** An initial against a word with the same first letter. */
  public static final float INITIAL = 0.9f;
  /** Same phonetic key, spelled differently. */
  public static final float PHONETIC = 0.85f;
  /**
   * A nickname against one of its full names ({@code Ted ~ Theodore}, {@code Sasha ~ Aleksandr}, see
   * {@link Nicknames}): as strong as a phonetic equal, weaker than the same word typed with a slip.
   */
  public static final float NICKNAME = 0.85f;
  /**
   * Short tokens (at most {@link #SHORT_VARIANT_MAX} letters) that differ by one typing slip: two
   * adjacent letters swapped ({@code Sok/Sko}) or one letter doubled ({@code Son/Sson}, {@code
   * Al/All}), or, in words of three or four letters, one letter replaced ({@code Musk/Mosk}, {@code
   * CVS/CVC}; see {@link #shortSubstitution}). A replaced letter that makes another romanised
   * syllable stays unrelated ({@code Jong/Yong}, {@code Min/Man}).
   */
  public static final float SHORT_VARIANT = 0.75f;
  /** Longest token the short-variant rule applies to (beyond it, ordinary edits are allowed). */
  public static final int SHORT_VARIANT_MAX = 4;
  /** Upper limit of similarities the index does not enumerate. */
  public static final float SOFT_MAX = 0.60f;
  /** Below this, tokens are unrelated. */
  static final float SOFT_MIN = 0.5f;
  /** Shorter tokens are syllables or short given names: a looser spelling is another name. */
  static final int SOFT_MIN_LENGTH = 5;

  private TokenSimilarity() {}

  /** Edits allowed for tokens whose longer one has {@code len} characters. */
  public static int maxEdits(int len) {
    if (len <= 4) {
      return 0; // Korean and Chinese syllables differ by one letter: jong/yong, sang/song
    }
    return len <= 7 ? 1 : 2;
  }

  /**
   * The most edits any pair involving a token of length {@code len} may be allowed: the largest
   * {@link #maxEdits}(L) over lengths L of the longer token that are reachable, i.e. {@code L - len
   * <= maxEdits(L)}. The deletion index uses it as its depth on both sides.
   */
  public static int editsAround(int len) {
    int best = maxEdits(len);
    for (int l = len + 1; l <= len + 3; l++) {
      if (l - len <= maxEdits(l)) {
        best = Math.max(best, maxEdits(l));
      }
    }
    return best;
  }

  /**
   * Deletions the index stores and searches for a single token of {@code len} letters: {@link
   * #editsAround}, and one for words of three or four letters, which {@link #shortSubstitution}
   * relates one replaced letter apart.
   */
  public static int indexDepth(int len) {
    return Math.max(editsAround(len), len >= 3 && len <= SHORT_VARIANT_MAX ? 1 : 0);
  }

  /**
   * Edits the index searches when one side is two adjacent tokens joined ({@code Sangman ~ Sang
   * Man}): joined forms must agree nearly exactly, at most one slip ({@link Slips#isSlip}) and none for short
   * strings.
   */
  public static int maxJoinedEdits(int len) {
    return Math.min(1, maxEdits(len));
  }

  /**
   * Similarity of two units; {@code joined} when either is two adjacent tokens joined, which allows
   * only {@link #maxJoinedEdits} and no phonetic, initial or soft similarity.
   */
  public static float sim(String a, String b, boolean joined) {
    return sim(a, false, b, false, joined);
  }

  /**
   * {@link #sim(String, String, boolean)} for units that may come from a script that writes no short
   * vowels ({@code abjadA}, {@code abjadB}: see {@link #sim(String, boolean, String, boolean)}). When
   * exactly one side is, a joined unit also meets the other by its {@link Phonetic#abjadKey} of at
   * least {@link #MIN_JOINED_ABJAD_KEY} letters, with vowels that agree ({@code عبدالكريم -> abdalkrym
   * ~ Abdul Karim}, {@code نور الدين -> nwr al dyn ~ Nuraldin}), as {@link #PHONETIC}.
   */
  public static float sim(String a, boolean abjadA, String b, boolean abjadB, boolean joined) {
    if (!joined) {
      return sim(a, abjadA, b, abjadB);
    }
    if (a.equals(b)) {
      return 1f;
    }
    int len = Math.max(a.length(), b.length());
    int k = maxJoinedEdits(len);
    if (a.length() < 2 || b.length() < 2 || hasDigit(a) || hasDigit(b)) {
      return 0f;
    }
    // A substitution would let one syllable stand for another (Song Man ~ Sangman).
    if (k > 0 && Slips.isSlip(a, b)) {
      return 1f - 1f / len;
    }
    if (abjadA == abjadB) {
      return 0f;
    }
    String key = joinedAbjadKey(a, abjadA);
    return !key.isEmpty() && key.equals(joinedAbjadKey(b, abjadB))
        && Phonetic.vowelsAgree(a, Phonetic.abjadWord(a, abjadA), b, Phonetic.abjadWord(b, abjadB)) ? PHONETIC : 0f;
  }

  /**
   * Shortest {@link Phonetic#abjadKey} by which a joined unit meets a word across scripts: two
   * letters ({@code mwaly ~ Mawali}) are shared by too many names, while Allah adds only an l to its
   * compounds ({@code مطيع الله -> mtyallah ~ Matiullah}, key {@code mtl}).
   */
  public static final int MIN_JOINED_ABJAD_KEY = 3;

  /**
   * The {@link Phonetic#abjadKey} a unit is compared by when one side of a joined comparison is
   * from an abjad script ({@code abjad} for that side), or "" when it is shorter than {@link
   * #MIN_JOINED_ABJAD_KEY}; the candidate index files joined units and looks them up by it.
   */
  public static String joinedAbjadKey(String unit, boolean abjad) {
    String k = Phonetic.abjadKey(unit, Phonetic.abjadWord(unit, abjad));
    return k.length() >= MIN_JOINED_ABJAD_KEY ? k : "";
  }

  /**
   * Two joined pairs of adjacent tokens that spell the same letters: the boundary between the words
   * moved by a typing slip. Scores like one edit, so that the exact single tokens win when both
   * apply.
   */
  public static float shiftedBoundary(String joinedA, String joinedB) {
    return joinedA.equals(joinedB) ? 1f - 1f / joinedA.length() : 0f;
  }

  /** Similarity of two words written in Latin letters. */
  public static float sim(String a, String b) {
    return sim(a, false, b, false);
  }

  /**
   * Similarity of two single words; {@code abjadA} ({@code abjadB}) when the word was romanised from
   * a script that writes no short vowels ({@link io.interdict.match.text.Scripts#abjad}), which is
   * then compared by its consonants and long vowels ({@link Phonetic#abjadWord}).
   */
  public static float sim(String a, boolean abjadA, String b, boolean abjadB) {
    if (a.equals(b)) {
      return 1f;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0f;
    }
    if (la == 1 || lb == 1) {
      return a.charAt(0) == b.charAt(0) && (la == 1) != (lb == 1) && !hasDigit(a) && !hasDigit(b)
          ? INITIAL : 0f;
    }
    if (hasDigit(a) || hasDigit(b)) {
      return 0f;
    }
    int len = Math.max(la, lb);
    int k = maxEdits(len);
    float s = 0f;
    int d = Edits.osa(a, b, Math.max(k, len / 2));
    if (d <= k) {
      s = 1f - (float) d / len;
    } else if (d == 1 && len <= SHORT_VARIANT_MAX && (Slips.isSlip(a, b) || shortSubstitution(a, b))) {
      s = SHORT_VARIANT;
    } else {
      float soft = 1f - (float) d / len;
      if (soft >= SOFT_MIN && len >= SOFT_MIN_LENGTH) {
        s = Math.min(soft, SOFT_MAX);
      }
    }
    if (s <= SOFT_MAX && Slips.withoutRepeats(a).equals(Slips.withoutRepeats(b))) {
      s = 1f - 1f / len; // letters repeated by a held key, however many: one slip (Joonng ~ Jong)
    }
    boolean wordA = Phonetic.abjadWord(a, abjadA);
    boolean wordB = Phonetic.abjadWord(b, abjadB);
    boolean abjad = s < PHONETIC && (wordA || wordB);
    if (s < PHONETIC && (d <= len / 2 || abjad)) {
      // Keys drop every vowel: only spellings still within half their letters of each other are one
      // name said alike (Qasim/Kassem), not two names sharing consonants (Anthony/Enedina). A word
      // romanised from a script that writes no short vowels has only its consonants and long vowels
      // to compare (تيريز -> tyryz ~ Therese, فلاديمير -> fladymyr ~ Vladimir; حسني -> hsny is not
      // Husayn), whatever the distance.
      String pa = d <= len / 2 && !Phonetic.vowelless(a) && !Phonetic.vowelless(b) ? Phonetic.key(a, abjadA) : "";
      if (!pa.isEmpty() && pa.equals(Phonetic.key(b, abjadB))) {
        s = PHONETIC;
      } else if (abjad && (la > 2 || abjadA) && (lb > 2 || abjadB)) {
        // A word of two letters counts only as written in Arabic script (see NameAnalyzer): in Latin,
        // al, el, ab look like skeletons too.
        String ka = Phonetic.abjadKey(a, wordA);
        boolean keyed = ka.length() >= (abjadA || abjadB ? 2 : Phonetic.MIN_LATIN_KEY);
        String kb = keyed || wordA != wordB ? Phonetic.abjadKey(b, wordB) : "";
        if (keyed && ka.equals(kb) && Phonetic.vowelsAgree(a, wordA, b, wordB)) {
          s = PHONETIC;
        } else if (wordA != wordB && splitKeyMeets(wordA ? a : b, wordA ? kb : ka)
            && Phonetic.vowelsAgree(a, wordA, b, wordB, true)) {
          s = PHONETIC;
        } else if (abjadA != abjadB && !keyed && shortKeysMeet(a, abjadA, b, abjadB)) {
          s = PHONETIC;
        } else if (wordA != wordB && articleKeyMeets(wordA ? a : b, wordA ? b : a)) {
          s = PHONETIC;
        }
      }
    }
    if (s < PHONETIC && !abjadA && !abjadB && koreanSpellings(a, b)) {
      return PHONETIC;
    }
    // A word romanised from an abjad script is never an East-Asian syllable (ضیا -> zya is Zia).
    return s > SOFT_MAX && !abjadA && !abjadB && !sameSyllableIfSyllables(a, b) ? 0f : s;
  }

  /**
   * A word from an abjad script with one consonant and written vowels, and a Latin word with the same
   * consonant and those vowels ({@code zya ~ Zia}; {@link Phonetic#shortKey}).
   */
  static boolean shortKeysMeet(String a, boolean abjadA, String b, boolean abjadB) {
    String ka = Phonetic.shortKey(a, abjadA);
    return !ka.isEmpty() && !Phonetic.abjadWord(abjadA ? b : a, false) && ka.equals(Phonetic.shortKey(b, abjadB));
  }

  /**
   * Two single syllables that are one Korean syllable in two romanisations ({@link Syllables#key}:
   * {@code Yeo ~ Yo}, {@code Guk ~ Kuk}, {@code Byeong ~ Pyong}), unless both are pinyin syllables,
   * which pinyin tells apart by that letter ({@code Dao} is not {@code Tao}). Hangul is romanised as
   * the lists write North Korean names, so this is how a name written in Revised Romanization, or a
   * voiced syllable on the list ({@code RI Man Gon}), meets it.
   */
  static boolean koreanSpellings(String a, String b) {
    return Syllables.sameKey(a, b) && !(WadeGiles.standard().pinyin(a) && WadeGiles.standard().pinyin(b));
  }

  /**
   * Two words of three or four letters, one letter apart in the same place ({@code Cook/Cock}): a
   * typo the name bench and screening practice expect to be found. Names alone may take it ({@link
   * NameScorer} drops it for particles, legal forms and class words: van der is not van den); it
   * added 12 false alerts per 100,000 clean names and found 7 labelled matches more.
   */
  public static boolean shortSubstitution(String a, String b) {
    int n = a.length();
    if (n != b.length() || n < 3 || n > SHORT_VARIANT_MAX) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i) && ++diff > 1) {
        return false;
      }
    }
    return diff == 1;
  }

  /**
   * False when both tokens read as romanised East-Asian syllables and are not one syllable spelled two
   * ways ({@link Syllables#sameSyllable}): there one letter makes another name (Cheng is not Chen,
   * Kyong not Yong), and a one-syllable name is not a two-syllable one (Zhang is not Zhiyong). Typing
   * slips (two letters swapped, one doubled) are still forgiven.
   */
  static boolean sameSyllableIfSyllables(String a, String b) {
    boolean oneA = Syllables.one(a);
    boolean oneB = Syllables.one(b);
    if (!oneA && !oneB) {
      return true;
    }
    if (oneA && oneB) {
      return Syllables.sameSyllable(a, b) || Slips.isSlip(a, b);
    }
    // one syllable against a longer token: a different name only if that token is two syllables
    return !(oneA ? Syllables.eastAsian(b) : Syllables.eastAsian(a)) || Slips.isSlip(a, b);
  }

  /**
   * Similarity of two single words of a person's name: {@link #sim}, or {@link #NICKNAME} when one
   * is a nickname of the other and {@code sim} is lower. Nicknames get no edits of their own (Tedd is
   * not Theodore): only the exact table spellings count. Callers decide what a person's name word is
   * ({@link NameScorer#nicknamesApply}); organisation names never use it (Bill Industries is not
   * William Industries).
   */
  public static float personSim(String a, String b) {
    return personSim(a, false, b, false);
  }

  /**
   * Whether an abjad word read with its digraph letters apart ({@link Phonetic#abjadSplitKey}) has the
   * other word's {@link Phonetic#abjadKey}: {@code طه -> th} meets Taha.
   */
  /**
   * A Latin word with the article assimilated and joined ({@code Essaadi}) meets an abjad word that
   * spells the name after the article ({@code سعدي -> sady}), the article being a word of its own there.
   */
  private static boolean articleKeyMeets(String abjadWord, String latin) {
    String rest = Phonetic.withoutAssimilatedArticle(latin);
    if (rest.isEmpty()) {
      return false;
    }
    String k = Phonetic.abjadKey(rest, false);
    return k.length() >= 2 && k.equals(Phonetic.abjadKey(abjadWord, true))
        && Phonetic.vowelsAgree(abjadWord, true, rest, false);
  }

  private static boolean splitKeyMeets(String abjadWord, String otherKey) {
    String split = Phonetic.abjadSplitKey(abjadWord);
    return !split.isEmpty() && split.equals(otherKey);
  }

  /** {@link #personSim(String, String)} for words that may come from an abjad script (see {@link #sim(String, boolean, String, boolean)}). */
  public static float personSim(String a, boolean abjadA, String b, boolean abjadB) {
    float s = sim(a, abjadA, b, abjadB);
    return s < NICKNAME && Nicknames.related(a, b) ? NICKNAME : s;
  }

  /**
   * The soft part of {@link #sim} alone: what {@code sim} returns for a pair known not to be strongly
   * similar (the index already holds every strong pair), without the phonetic key computation.
   */
  public static float soft(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la < 2 || lb < 2 || a.equals(b)) {
      return sim(a, b);
    }
    int len = Math.max(la, lb);
    if (Math.abs(la - lb) > len / 2 || hasDigit(a) || hasDigit(b)) {
      return 0f;
    }
    int d = Edits.osa(a, b, len / 2);
    float soft = 1f - (float) d / len;
    return d > maxEdits(len) && soft >= SOFT_MIN && len >= SOFT_MIN_LENGTH ? Math.min(soft, SOFT_MAX) : 0f;
  }

  /**
   * Every string that {@link Slips#isSlip} relates to a token of at most {@link #SHORT_VARIANT_MAX} letters,
   * staying within that length: the candidate index looks these up exactly.
   */
  public static java.util.List<String> shortVariants(String t) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (t.length() > SHORT_VARIANT_MAX) {
      return out;
    }
    for (String v : Slips.variants(t)) {
      if (v.length() <= SHORT_VARIANT_MAX && !out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
