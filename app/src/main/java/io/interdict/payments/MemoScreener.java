package io.interdict.payments;

import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.EntityType;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the hits of the names already screened. Payment traffic repeats its counterparties
 * (payroll, suppliers, the same correspondent banks), and a screener is built for one list version
 * and never changes, so a name's hits stay valid for the memo's whole life. Bounded: when full it
 * starts over, which costs one re-screen per name and never serves a stale result.
 */
final class MemoScreener implements Screener {
  private record Key(String name, EntityType type, String country, String birthDate, String identifier, String gender,
      double threshold, int limit) {}

  private final Screener inner;
  private final int capacity;
  private final ConcurrentHashMap<Key, List<Match>> memo = new ConcurrentHashMap<>();

  MemoScreener(Screener inner, int capacity) {
    this.inner = inner;
    this.capacity = capacity;
  }

  @Override
  public List<Match> screen(Query q, double threshold, int limit) {
    Key k = new Key(q.name(), q.type(), q.country(), q.birthDate(), q.identifier(), q.gender(), threshold, limit);
    List<Match> hits = memo.get(k);
    if (hits == null) {
      hits = List.copyOf(inner.screen(q, threshold, limit));
      if (memo.size() >= capacity) {
        memo.clear();
      }
      memo.put(k, hits);
    }
    return hits;
  }

  @Override
  public double defaultThreshold() {
    return inner.defaultThreshold();
  }
}
