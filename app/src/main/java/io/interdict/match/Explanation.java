package io.interdict.match;

import java.util.List;

/**
 * Why a hit scored what it scored: the token alignment between query and listed name, and each
 * secondary attribute that moved the score.
 *
 * @param summary one line for tables, e.g. {@code "kim=kim 1.00, sang man=sangman 1.00; DOB year agrees +0.02"}
 * @param nameScore the score of the name comparison alone, before attributes
 */
public record Explanation(
    String summary, double nameScore, List<TokenPair> alignment, List<Evidence> evidence) {
  public Explanation {
    alignment = List.copyOf(alignment);
    evidence = List.copyOf(evidence);
  }

  /** A query token aligned with a listed-name token (either side may be null when unmatched). */
  public record TokenPair(String queryToken, String listedToken, double similarity, double weight) {}

  /** An attribute comparison: {@code attribute} is e.g. birth_date, country, identifier, gender. */
  public record Evidence(String attribute, String queryValue, String listedValue, String verdict, double effect) {}
}
