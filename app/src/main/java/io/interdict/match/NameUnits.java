package io.interdict.match;

import io.interdict.match.names.AnalyzedName;
import io.interdict.match.names.TokenKind;

/**
 * A name prepared for alignment: its tokens, then every pair of adjacent tokens joined (so that
 * {@code Sang Man} meets {@code Sangman} and {@code Siemens AG} meets {@code SiemensAG}), then every
 * run of three ({@code Van der Bilt} meets {@code Vanderbilt}, {@code Plat Ono Vich} meets {@code
 * Platonovich}). Each unit covers one to three tokens and weighs the sum of their weights. A name read
 * as Wade-Giles ({@link AnalyzedName#pinyin}) has more units after these, its pinyin readings: each
 * syllable's readings, and each pair of adjacent name syllables joined in every combination of
 * written syllable and reading ({@code Chin-p'ing -> jinping}, the way pinyin writes a given name),
 * covering the same tokens as the written ones, so that the alignment takes one or the other.
 */
final class NameUnits {
  final AnalyzedName name;
  final String[] text;
  final byte[] kind;
  final float[] weight;
  final int[] first;
  final int[] span;
  final int tokenCount;
  final float totalWeight;
  /** Weight of single-letter tokens: they match by first letter and are not looked up. */
  final float initialWeight;
  /** Number of single-letter tokens and the largest token weight: bound what initials can pair with. */
  final int initials;
  final float maxTokenWeight;
  /**
   * First letters of the words an initial can pair with (single units of two letters or more,
   * readings included) and the characters of the initials (which pair with the same initial), as
   * {@link #letterBit} sets: the candidate bound counts an initial only against a name that has a
   * word starting with it or the same initial.
   */
  final int wordLetters;
  final int initialLetters;
  /** Per initial, in token order: its {@link #letterBit} and weight. */
  final int[] initialBits;
  final float[] initialWeights;
  /** Vocabulary id per unit, or -1 when the unit is not in the index vocabulary. */
  final int[] vocab;
  /** Units before this index are the written tokens and their runs; the others are pinyin readings. */
  final int writtenUnits;

  NameUnits(AnalyzedName name, TokenWeights weights) {
    this.name = name;
    int n = name.tokens().length;
    int written = n == 0 ? 0 : 2 * n - 1 + Math.max(0, n - 2);
    String[][] pinyin = name.pinyin();
    int units = written + (pinyin == null ? 0 : readingUnits(name));
    writtenUnits = written;
    tokenCount = n;
    text = new String[units];
    kind = new byte[units];
    weight = new float[units];
    first = new int[units];
    span = new int[units];
    vocab = new int[units];
    float total = 0;
    float initialSum = 0;
    int initialCount = 0;
    float max = 0;
    for (int i = 0; i < n; i++) {
      text[i] = name.tokens()[i];
      kind[i] = name.kinds()[i];
      weight[i] = weights.weight(text[i], kind[i]);
      first[i] = i;
      span[i] = 1;
      total += weight[i];
      max = Math.max(max, weight[i]);
      if (text[i].length() == 1) {
        initialSum += weight[i];
        initialCount++;
      }
    }
    for (int i = 0; i + 1 < n; i++) {
      int u = n + i;
      text[u] = text[i] + text[i + 1];
      kind[u] = TokenKind.NAME;
      weight[u] = weight[i] + weight[i + 1];
      first[u] = i;
      span[u] = 2;
    }
    for (int i = 0; i + 2 < n; i++) {
      int u = 2 * n - 1 + i;
      text[u] = text[i] + text[i + 1] + text[i + 2];
      kind[u] = TokenKind.NAME;
      weight[u] = weight[i] + weight[i + 1] + weight[i + 2];
      first[u] = i;
      span[u] = 3;
    }
    if (pinyin != null) {
      addReadings(pinyin, written);
    }
    totalWeight = total;
    initialWeight = initialSum;
    initials = initialCount;
    maxTokenWeight = max;
    int words = 0;
    for (int u = 0; u < units; u++) {
      if (span[u] == 1 && text[u].length() > 1) {
        words |= letterBit(text[u].charAt(0));
      }
    }
    wordLetters = words;
    initialBits = initialCount == 0 ? NO_INITIALS : new int[initialCount];
    initialWeights = initialCount == 0 ? NO_WEIGHTS : new float[initialCount];
    int letters = 0;
    for (int i = 0, k = 0; i < n; i++) {
      if (text[i].length() == 1) {
        initialBits[k] = letterBit(text[i].charAt(0));
        initialWeights[k++] = weight[i];
        letters |= letterBit(text[i].charAt(0));
      }
    }
    initialLetters = letters;
  }

  private static final int[] NO_INITIALS = new int[0];
  private static final float[] NO_WEIGHTS = new float[0];

  /** One bit per letter a to z; every other character shares bit 26, so sets over-approximate. */
  static int letterBit(char c) {
    return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << 26;
  }

  int units() {
    return text.length;
  }

  /**
   * Whether unit {@code u} is a word romanised from a script that writes no short vowels ({@link
   * AnalyzedName#skeletons}), or a run of words with one such word in it, compared as such ({@link
   * TokenSimilarity#sim(String, boolean, String, boolean, boolean)}): {@code عبدالرحمن} is one word
   * where Latin spellings write {@code Abdul Rahman} apart as often as {@code Abdulrahman} joined, and
   * {@code عبد الرحمن} two words that Latin spellings join as often.
   */
  boolean abjad(int u) {
    boolean[] skeletons = name.skeletons();
    if (skeletons == null || reading(u)) {
      return false;
    }
    for (int t = first[u]; t < first[u] + span[u]; t++) {
      if (skeletons[t]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name was read as Wade-Giles: it has pinyin readings. */
  boolean wadeGiles() {
    return writtenUnits < text.length;
  }

  /** Whether unit {@code u} is a pinyin reading rather than written tokens. */
  boolean reading(int u) {
    return u >= writtenUnits;
  }

  private static int readingUnits(AnalyzedName name) {
    String[][] pinyin = name.pinyin();
    int count = 0;
    for (int i = 0; i < pinyin.length; i++) {
      count += readings(pinyin, i);
      if (joinable(name, i)) {
        count += (1 + readings(pinyin, i)) * (1 + readings(pinyin, i + 1)) - 1;
      }
    }
    return count;
  }

  private void addReadings(String[][] pinyin, int u) {
    String[] tokens = name.tokens();
    for (int i = 0; i < tokenCount; i++) {
      for (int r = 0; r < readings(pinyin, i); r++) {
        set(u++, pinyin[i][r], kind[i], weight[i], i, 1);
      }
    }
    for (int i = 0; i < tokenCount; i++) {
      if (!joinable(name, i)) {
        continue;
      }
      for (int a = 0; a <= readings(pinyin, i); a++) {
        for (int b = 0; b <= readings(pinyin, i + 1); b++) {
          if (a > 0 || b > 0) {
            String left = a == 0 ? tokens[i] : pinyin[i][a - 1];
            String right = b == 0 ? tokens[i + 1] : pinyin[i + 1][b - 1];
            set(u++, left + right, TokenKind.NAME, weight[i] + weight[i + 1], i, 2);
          }
        }
      }
    }
  }

  private void set(int u, String t, byte k, float w, int firstToken, int tokens) {
    text[u] = t;
    kind[u] = k;
    weight[u] = w;
    first[u] = firstToken;
    span[u] = tokens;
  }

  private static int readings(String[][] pinyin, int token) {
    return pinyin[token] == null ? 0 : pinyin[token].length;
  }

  /** Tokens {@code i} and {@code i + 1} are name words and one of them has a reading. */
  private static boolean joinable(AnalyzedName name, int i) {
    String[][] pinyin = name.pinyin();
    return i + 1 < pinyin.length && (pinyin[i] != null || pinyin[i + 1] != null)
        && name.kinds()[i] == TokenKind.NAME && name.kinds()[i + 1] == TokenKind.NAME;
  }
}
