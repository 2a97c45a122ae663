package io.interdict.bench;

import io.interdict.lists.DemoList;
import io.interdict.match.Match;
import io.interdict.match.MatchEngine;
import io.interdict.match.Query;
import io.interdict.match.eval.BenchLists;
import io.interdict.match.eval.PersonRow;
import io.interdict.model.ListedEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The screening hot path: one name screened at the default threshold against OFAC SDN 2023-05-23 +
 * UN (from {@code -Dinterdict.shared}, default {@code ../shared}), or against the bundled demo list
 * when the shared data is absent. Queries cycle through the clean-name evaluation set (or demo names).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ScreenBenchmark {
  private MatchEngine engine;
  private Query[] queries;
  private int next;

  @Setup
  public void setup() throws Exception {
    Path shared = Path.of(System.getProperty("interdict.shared", "../shared"));
    List<ListedEntity> entities = BenchLists.available(shared)
        ? BenchLists.sdnAndUn(shared) : DemoList.snapshot().entities();
    engine = MatchEngine.build(entities);
    List<Query> q = new ArrayList<>();
    Path negatives = shared.resolve("eval/yente/negatives_global.csv");
    if (Files.isRegularFile(negatives)) {
      for (PersonRow r : PersonRow.read(negatives)) {
        q.add(r.nameQuery());
        if (q.size() == 10_000) {
          break;
        }
      }
    } else {
      for (ListedEntity e : entities) {
        q.add(Query.name(e.primaryName()));
      }
    }
    queries = q.toArray(new Query[0]);
  }

  @Benchmark
  public List<Match> screenOneName() {
    Query q = queries[next++ % queries.length];
    return engine.screen(q, MatchEngine.DEFAULT_THRESHOLD, 10);
  }
}
