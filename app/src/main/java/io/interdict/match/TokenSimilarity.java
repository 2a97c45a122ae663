package io.interdict.match;

import io.interdict.match.text.Edits;
import io.interdict.match.text.Phonetic;

/**
 * Similarity of two canonical tokens in [0, 1]. Strong similarities (above {@link #SOFT_MAX}) come
 * from equality, an initial against a word starting with it, at most {@link #maxEdits} typing edits
 * (optimal string alignment) or equal phonetic keys; the candidate index finds every strong pair.
 * Tokens further apart but within half their length in edits get a soft similarity capped at
 * {@link #SOFT_MAX} ({@code Starkey ~ Starmer}): it can support a match found through other tokens,
 * never create one, which is what lets the index bound scores without enumerating soft pairs.
 */
public final class TokenSimilarity {
  /** An initial against a word with the same first letter. */
  public static final float INITIAL = 0.9f;
  /** Same phonetic key, spelled differently. */
  public static final float PHONETIC = 0.85f;
  /** Upper limit of similarities the index does not enumerate. */
  public static final float SOFT_MAX = 0.60f;
  /** Below this, tokens are unrelated. */
  static final float SOFT_MIN = 0.5f;

  private TokenSimilarity() {}

  /** Edits allowed for tokens whose longer one has {@code len} characters. */
  public static int maxEdits(int len) {
    if (len <= 3) {
      return 0;
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
   * Edits allowed when one side is two adjacent tokens joined ({@code Sangman ~ Sang Man}): joined
   * forms must agree nearly exactly, at most one edit and none for short strings.
   */
  public static int maxJoinedEdits(int len) {
    return Math.min(1, maxEdits(len));
  }

  /**
   * Similarity of two units; {@code joined} when either is two adjacent tokens joined, which allows
   * only {@link #maxJoinedEdits} and no phonetic, initial or soft similarity.
   */
  public static float sim(String a, String b, boolean joined) {
    if (!joined) {
      return sim(a, b);
    }
    if (a.equals(b)) {
      return 1f;
    }
    int len = Math.max(a.length(), b.length());
    int k = maxJoinedEdits(len);
    if (k == 0 || a.length() < 2 || b.length() < 2 || hasDigit(a) || hasDigit(b)) {
      return 0f;
    }
    return Edits.osa(a, b, k) <= k ? 1f - 1f / len : 0f;
  }

  public static float sim(String a, String b) {
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
    } else {
      float soft = 1f - (float) d / len;
      if (soft >= SOFT_MIN) {
        s = Math.min(soft, SOFT_MAX);
      }
    }
    if (s < PHONETIC) {
      String pa = Phonetic.key(a);
      if (!pa.isEmpty() && pa.equals(Phonetic.key(b))) {
        s = PHONETIC;
      }
    }
    return s;
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
    return d > maxEdits(len) && soft >= SOFT_MIN ? Math.min(soft, SOFT_MAX) : 0f;
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
