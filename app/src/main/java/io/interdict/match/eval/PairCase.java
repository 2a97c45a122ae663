package io.interdict.match.eval;

import io.interdict.match.Query;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;

/** One labelled comparison: a query, a candidate entity, and whether they are the same party. */
public record PairCase(String group, Query query, ListedEntity candidate, boolean match) {
  static EntityType type(String schema) {
    return "LegalEntity".equalsIgnoreCase(schema) ? EntityType.ORGANIZATION : EntityType.parse(schema);
  }
}
