package io.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoScreenerTest {
  private final AtomicInteger calls = new AtomicInteger();
  private final Screener counting = new Screener() {
    private final Screener real = new JaroWinklerScanScreener(TestEntities.all());

    @Override
    public List<Match> screen(Query q, double threshold, int limit) {
      calls.incrementAndGet();
      return real.screen(q, threshold, limit);
    }

    @Override
    public double defaultThreshold() {
      return real.defaultThreshold();
    }
  };

  @Test
  void repeatedNameIsScreenedOnceAndGetsTheSameHits() {
    MemoScreener memo = new MemoScreener(counting, 10);
    List<Match> first = memo.screen(Query.name("Kim Sang Man"), 0.85, 5);
    List<Match> again = memo.screen(new Query("other-message", "Kim Sang Man", io.interdict.model.EntityType.ANY, null, null,
        null, null), 0.85, 5);
    assertThat(again).isEqualTo(first).isNotEmpty();
    assertThat(calls.get()).isEqualTo(1);
    memo.screen(Query.name("Kim Sang Man"), 0.95, 5);
    assertThat(calls.get()).as("another threshold is another query").isEqualTo(2);
  }

  @Test
  void fullMemoStartsOverInsteadOfGrowing() {
    MemoScreener memo = new MemoScreener(counting, 2);
    memo.screen(Query.name("a b"), 0.9, 5);
    memo.screen(Query.name("c d"), 0.9, 5);
    memo.screen(Query.name("e f"), 0.9, 5);
    memo.screen(Query.name("a b"), 0.9, 5);
    assertThat(calls.get()).isEqualTo(4);
  }
}
