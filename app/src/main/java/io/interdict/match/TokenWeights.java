package io.interdict.match;

import java.util.Map;

/**
 * How much a token counts: its rarity on the screened lists (inverse document frequency, scaled to
 * [{@link #FLOOR}, 1]; tokens absent from the lists count fully) times a factor for its kind (legal
 * forms, class words, particles and initials count little; a number, such as a fund series or a
 * vessel's hull number, half: it tells apart names that agree otherwise without outweighing them; a
 * qualifier in parentheses or a place in an organisation's name as a class word; a forefather in a chain of bin/ibn half).
 */
public final class TokenWeights {
  static final float FLOOR = 0.3f;
  private static final float[] KIND_FACTOR = {1.0f, 0.25f, 0.15f, 0.4f, 0.35f, 0.5f, 0.4f, 0.4f, 0.5f};

  private final Map<String, Integer> documentFrequency;
  private final double logN;

  /** @param documentFrequency number of listed names containing each token; {@code names} in all */
  public TokenWeights(Map<String, Integer> documentFrequency, int names) {
    this.documentFrequency = Map.copyOf(documentFrequency);
    this.logN = Math.log(names + 1.0);
  }

  /** Uniform rarity: only the kind factors apply (no list statistics). */
  public static TokenWeights uniform() {
    return new TokenWeights(Map.of(), 0);
  }

  /** The factor {@link #weight} applies for a kind. */
  static float kindFactor(byte kind) {
    return KIND_FACTOR[kind];
  }

  public float weight(String token, byte kind) {
    return KIND_FACTOR[kind] * rarity(token);
  }

  float rarity(String token) {
    Integer df = documentFrequency.get(token);
    if (df == null || logN <= 0) {
      return 1f;
    }
    double idf = (logN - Math.log(df + 0.5)) / logN;
    return (float) Math.max(FLOOR, Math.min(1.0, idf));
  }
}
