package io.interdict.monitoring;

import io.interdict.lists.store.EntityCodec;
import io.interdict.model.ListedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in a list between two versions, by entity key: entries added, entries whose content
 * changed, and keys removed.
 */
public record ListDelta(List<ListedEntity> added, List<ListedEntity> changed, List<String> removed) {
  public ListDelta {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  /** Compares two versions by key and {@link EntityCodec#hash content hash}; {@code before} empty = all added. */
  public static ListDelta between(List<ListedEntity> before, List<ListedEntity> after) {
    Map<String, String> old = new HashMap<>(before.size() * 2);
    for (ListedEntity e : before) {
      old.put(e.key(), EntityCodec.hash(e));
    }
    List<ListedEntity> added = new ArrayList<>();
    List<ListedEntity> changed = new ArrayList<>();
    Set<String> present = new HashSet<>(after.size() * 2);
    for (ListedEntity e : after) {
      present.add(e.key());
      String h = old.get(e.key());
      if (h == null) {
        added.add(e);
      } else if (!h.equals(EntityCodec.hash(e))) {
        changed.add(e);
      }
    }
    List<String> removed = new ArrayList<>();
    for (ListedEntity e : before) {
      if (!present.contains(e.key())) {
        removed.add(e.key());
      }
    }
    return new ListDelta(added, changed, removed);
  }
}
