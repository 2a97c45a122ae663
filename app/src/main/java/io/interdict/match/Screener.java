package io.interdict.match;

import java.util.List;

/**
 * Screens queries against one fixed set of listed entities (built once per list version, then
 * read-only and safe to share across threads).
 */
public interface Screener {
  /**
   * Every hit with score at or above {@code threshold}, best first, at most {@code limit} of them.
   * Hits are per entity: an entity appears once, with its best-matching name.
   */
  List<Match> screen(Query query, double threshold, int limit);

  /** The threshold this engine recommends when the user gives none. */
  double defaultThreshold();
}
