package io.interdict.match.eval;

import io.interdict.match.Match;
import io.interdict.match.MatchEngine;
import java.util.ArrayList;
import java.util.List;

/** Confusion counts of an engine's pairwise decisions at one threshold, with the wrong cases. */
public record PairEval(int tp, int tn, int fp, int fn, List<String> errors) {
  public static PairEval run(MatchEngine engine, List<PairCase> cases, double threshold) {
    int tp = 0;
    int tn = 0;
    int fp = 0;
    int fn = 0;
    List<String> errors = new ArrayList<>();
    for (PairCase c : cases) {
      Match m = engine.compare(c.query(), c.candidate());
      boolean hit = m.score() >= threshold;
      if (hit && c.match()) {
        tp++;
      } else if (!hit && !c.match()) {
        tn++;
      } else {
        if (hit) {
          fp++;
        } else {
          fn++;
        }
        errors.add(String.format(java.util.Locale.ROOT, "%s %.3f %s | %s | %s", hit ? "FP" : "FN",
            m.score(), c.query().name(), c.candidate().primaryName(), m.explanation().summary()));
      }
    }
    return new PairEval(tp, tn, fp, fn, errors);
  }

  public int total() {
    return tp + tn + fp + fn;
  }

  public double accuracy() {
    return total() == 0 ? 0 : (double) (tp + tn) / total();
  }
}
