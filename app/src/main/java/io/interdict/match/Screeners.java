package io.interdict.match;

import io.interdict.model.ListedEntity;
import java.util.List;

/** The one place that decides which screening engine Interdict uses. */
public final class Screeners {
  private Screeners() {}

  /** The engine for screening against {@code entities} (built once, then shared read-only). */
  public static Screener forEntities(List<ListedEntity> entities) {
    return MatchEngine.build(entities);
  }
}
