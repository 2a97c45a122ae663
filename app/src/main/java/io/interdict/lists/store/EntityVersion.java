package io.interdict.lists.store;

import io.interdict.model.ListedEntity;

/**
 * One entity as it stood in one version of its source.
 *
 * @param change how this version differs from the source's previous version for this entity
 * @param entity the entity as listed; null when {@code change} is {@link Change#REMOVED}
 * @param contentHash SHA-256 of the entity's canonical JSON; null when removed
 */
public record EntityVersion(ListVersion version, Change change, String contentHash, ListedEntity entity) {
  public enum Change {
    /** First appearance, or re-appearance after a removal. */
    LISTED,
    CHANGED,
    UNCHANGED,
    /** Present in the previous version, absent from this one (delisted). */
    REMOVED
  }
}
