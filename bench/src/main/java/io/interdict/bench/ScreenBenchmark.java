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
import org.openjdk.jmh.annotations.Level;
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
 * when the shared data is absent.
 *
 * <ul>
 *   <li>{@code screenRecurringName}: queries cycle through 10,000 clean names, so after the first
 *       round every token is in the engine's memos (names screened again and again, as payment
 *       parties are).
 *   <li>{@code screenDistinctName}: each iteration builds a fresh engine and takes names in order
 *       from the 100,000 clean names, none twice in an iteration (a batch of new customers).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ScreenBenchmark {
  /** The lists and the clean names, read once. */
  @State(Scope.Benchmark)
  public static class Data {
    List<ListedEntity> entities;
    Query[] queries;

    @Setup
    public void read() throws Exception {
      Path shared = Path.of(System.getProperty("interdict.shared", "../shared"));
      entities = BenchLists.available(shared) ? BenchLists.sdnAndUn(shared) : DemoList.snapshot().entities();
      List<Query> q = new ArrayList<>();
      for (String f : new String[] {"negatives_global.csv", "negatives_us.csv"}) {
        Path p = shared.resolve("eval/yente").resolve(f);
        if (Files.isRegularFile(p)) {
          for (PersonRow r : PersonRow.read(p)) {
            q.add(r.nameQuery());
          }
        }
      }
      if (q.isEmpty()) {
        for (ListedEntity e : entities) {
          q.add(Query.name(e.primaryName()));
        }
      }
      queries = q.toArray(new Query[0]);
    }
  }

  /** One engine for the whole run; 10,000 names in a cycle. */
  @State(Scope.Benchmark)
  public static class Recurring {
    MatchEngine engine;
    int next;

    @Setup
    public void build(Data data) {
      engine = MatchEngine.build(data.entities);
    }
  }

  /** A fresh engine (empty memos) per iteration; names continue where the last iteration stopped. */
  @State(Scope.Benchmark)
  public static class Distinct {
    MatchEngine engine;
    int next;

    @Setup(Level.Iteration)
    public void build(Data data) {
      engine = MatchEngine.build(data.entities);
    }
  }

  @Benchmark
  public List<Match> screenRecurringName(Data data, Recurring s) {
    Query q = data.queries[s.next++ % Math.min(10_000, data.queries.length)];
    return s.engine.screen(q, MatchEngine.DEFAULT_THRESHOLD, 10);
  }

  @Benchmark
  public List<Match> screenDistinctName(Data data, Distinct s) {
    Query q = data.queries[s.next++ % data.queries.length];
    return s.engine.screen(q, MatchEngine.DEFAULT_THRESHOLD, 10);
  }
}
