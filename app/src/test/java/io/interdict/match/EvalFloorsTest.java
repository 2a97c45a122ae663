package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.eval.BenchLists;
import io.interdict.match.eval.EntityChecks;
import io.interdict.match.eval.NameBenchCases;
import io.interdict.match.eval.PairEval;
import io.interdict.match.eval.ScriptSplit;
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

  /**
   * Putin's name as the world writes it (nomenklatura's 81 spellings in 20-odd scripts and languages)
   * screened against his SDN entry alone.
   */
  @Test
  void multiScriptSpellingsOfOneNameStayAboveTheirFloor() throws Exception {
    var putin = io.interdict.model.ListedEntity.builder("us-ofac-sdn", "35096", io.interdict.model.EntityType.PERSON)
        .name("PUTIN, Vladimir Vladimirovich", io.interdict.model.NameType.PRIMARY)
        .name("PUTIN, Vladimir", io.interdict.model.NameType.STRONG_AKA).build();
    MatchEngine engine = MatchEngine.build(List.of(putin));
    List<String> missed = new java.util.ArrayList<>();
    List<String> names = java.nio.file.Files.readAllLines(SharedData.require("eval/nomenklatura/multiscript_aliases_putin.txt"))
        .stream().filter(l -> !l.isBlank()).toList();
    for (String name : names) {
      if (engine.screen(Query.name(name), MatchEngine.DEFAULT_THRESHOLD, 1).isEmpty()) {
        missed.add(name);
      }
    }
    assertThat(1.0 - (double) missed.size() / names.size()).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.90);
  }

  /**
   * The UN list gives many persons' names in Arabic script as well as in Latin letters: each
   * Arabic-script name, screened against the list with every name not in Latin letters removed, must
   * find its own entry often enough: 291 of 372 (0.78) here, on the UN list alone, and 292 in the
   * bench, on SDN + UN, where the rules for abjad spellings took it from 17 (129 before words were
   * known by their script, 202 before compounds written as one met their words written apart).
   */
  @Test
  void arabicScriptNamesFindTheirLatinEntryAboveTheFloor() throws Exception {
    SharedData.require(BenchLists.UN);
    var un = BenchLists.un(SharedData.root());
    var latinOnly = ScriptSplit.latinNamesOnly(un);
    var arabic = ScriptSplit.arabicScriptNames(un);
    MatchEngine engine = MatchEngine.build(latinOnly);
    int names = 0;
    int found = 0;
    for (var e : arabic.entrySet()) {
      for (String name : e.getValue()) {
        names++;
        if (engine.screen(Query.name(name), MatchEngine.DEFAULT_THRESHOLD, 25).stream()
            .anyMatch(m -> m.entity().key().equals(e.getKey()))) {
          found++;
        }
      }
    }
    assertThat(names).isGreaterThan(300);
    assertThat((double) found / names).as("found %d of %d", found, names).isGreaterThanOrEqualTo(0.72);
  }

  @Test
  void entityChecksAccuracyStaysAboveItsFloor() throws Exception {
    var cases = EntityChecks.read(SharedData.require("eval/nomenklatura/entity_checks.yml"));
    PairEval r = PairEval.run(ENGINE, cases, MatchEngine.DEFAULT_THRESHOLD);
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(0.92);
  }
}
