package io.interdict.match;

import io.interdict.match.names.AnalyzedName;
import io.interdict.match.names.TokenKind;

/**
 * A name prepared for alignment: its tokens, then every pair of adjacent tokens joined (so that
 * {@code Sang Man} meets {@code Sangman} and {@code Siemens AG} meets {@code SiemensAG}), then every
 * run of three ({@code Van der Bilt} meets {@code Vanderbilt}, {@code Plat Ono Vich} meets {@code
 * Platonovich}). Each unit covers one to three tokens and weighs the sum of their weights.
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
  /** Vocabulary id per unit, or -1 when the unit is not in the index vocabulary. */
  final int[] vocab;

  NameUnits(AnalyzedName name, TokenWeights weights) {
    this.name = name;
    int n = name.tokens().length;
    int units = n == 0 ? 0 : 2 * n - 1 + Math.max(0, n - 2);
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
    totalWeight = total;
    initialWeight = initialSum;
    initials = initialCount;
    maxTokenWeight = max;
  }

  int units() {
    return text.length;
  }
}
