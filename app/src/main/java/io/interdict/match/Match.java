package io.interdict.match;

import io.interdict.model.ListedEntity;
import io.interdict.model.Name;

/**
 * One hit: the listed entity, which of its names matched, the final score in [0, 1] and why.
 */
public record Match(ListedEntity entity, Name matchedName, double score, Explanation explanation) {}
