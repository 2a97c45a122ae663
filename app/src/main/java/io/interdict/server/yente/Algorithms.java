package io.interdict.server.yente;

import io.interdict.InterdictException;
import io.interdict.match.Screener;
import java.util.List;

/**
 * yente's algorithm names. Interdict has one engine; every yente name is accepted and served by it
 * (so clients that pin {@code logic-v1} keep working), and the response says which engine answered.
 */
final class Algorithms {
  static final String DEFAULT = "logic-v1";
  static final String BEST = "logic-v2";
  static final List<String> YENTE_NAMES = List.of(
      "logic-v1", "logic-v2", "name-based", "name-qualified", "regression-v1", "regression-v2", "regression-v3",
      "erun-v1", "ofac-249");

  private Algorithms() {}

  static YenteApi.AlgorithmUsed resolve(String requested, Screener screener) {
    String r = requested == null || requested.isBlank() ? DEFAULT : requested.strip();
    if (!r.equals("best") && !r.equals("default") && !YENTE_NAMES.contains(r)) {
      throw new InterdictException.InvalidInput("Invalid algorithm: " + r + " (accepted: best, default, "
          + String.join(", ", YENTE_NAMES) + ")");
    }
    return new YenteApi.AlgorithmUsed(r, engineName(screener));
  }

  static String engineName(Screener screener) {
    String n = screener.getClass().getSimpleName();
    return n.isEmpty() ? "interdict" : "interdict-" + n.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
