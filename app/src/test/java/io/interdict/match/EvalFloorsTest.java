package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.eval.EntityChecks;
import io.interdict.match.eval.NameBenchCases;
import io.interdict.match.eval.PairEval;
import io.interdict.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on the shared evaluation sets (skipped when ../shared is absent). Floors sit a little
 * under the figures measured by {@code interdict bench}, so that a change that loses matching quality
 * fails here; the figures themselves are reported by the bench, not asserted.
 */
class EvalFloorsTest {
  private static final MatchEngine ENGINE = MatchEngine.build(List.of());

  @Test
  void nameBenchAccuracyStaysAboveItsFloor() throws Exception {
    var cases = NameBenchCases.read(SharedData.require("eval/nomenklatura/name_bench_cases.csv"));
    PairEval r = PairEval.run(ENGINE, cases, MatchEngine.DEFAULT_THRESHOLD);
    assertThat(r.accuracy()).as("name bench accuracy; errors:%n%s", String.join("\n", r.errors())).isGreaterThanOrEqualTo(0.91);
  }

  @Test
  void entityChecksAccuracyStaysAboveItsFloor() throws Exception {
    var cases = EntityChecks.read(SharedData.require("eval/nomenklatura/entity_checks.yml"));
    PairEval r = PairEval.run(ENGINE, cases, MatchEngine.DEFAULT_THRESHOLD);
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(0.92);
  }
}
