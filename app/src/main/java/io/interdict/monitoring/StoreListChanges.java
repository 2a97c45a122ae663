package io.interdict.monitoring;

import io.interdict.lists.store.EntityCodec;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.model.ListedEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The list store as monitoring sees it: the current version of every enabled source, and what changed
 * between two versions, told from the content hashes the store keeps (only the added and changed
 * entities are screened).
 */
public final class StoreListChanges implements ListChangeSource {
  private static final int FETCH_BY_KEY_LIMIT = 200;
  private final ListStore store;

  public StoreListChanges(ListStore store) {
    this.store = store;
  }

  @Override
  public List<String> sources() {
    List<String> out = new ArrayList<>();
    for (ListVersion v : store.currentVersions()) {
      out.add(v.source());
    }
    return out;
  }

  @Override
  public Optional<ListVersionRef> current(String source) {
    return store.current(source).map(StoreListChanges::ref);
  }

  @Override
  public List<ListedEntity> entities(ListVersionRef version) {
    return store.entities(version.id());
  }

  @Override
  public ListDelta diff(ListVersionRef from, ListVersionRef to) {
    Map<String, String> before = from == null ? Map.of() : store.contentHashes(from.id());
    Map<String, String> after = store.contentHashes(to.id());
    List<String> newOrChanged = new ArrayList<>();
    for (Map.Entry<String, String> e : after.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        newOrChanged.add(e.getKey());
      }
    }
    List<String> removed = new ArrayList<>();
    for (String key : before.keySet()) {
      if (!after.containsKey(key)) {
        removed.add(key);
      }
    }
    removed.sort(null);
    List<ListedEntity> entities = fewByKey(to, newOrChanged, after);
    if (entities == null) {
      entities = new ArrayList<>();
      Set<String> wanted = new HashSet<>(newOrChanged);
      for (ListedEntity e : store.entities(to.id())) {
        if (wanted.contains(e.key())) {
          entities.add(e);
        }
      }
    }
    List<ListedEntity> added = new ArrayList<>();
    List<ListedEntity> changed = new ArrayList<>();
    for (ListedEntity e : entities) {
      (before.containsKey(e.key()) ? changed : added).add(e);
    }
    return new ListDelta(added, changed, removed);
  }

  /**
   * A daily update touches a handful of entries: fetch those by key from the current version rather
   * than decoding the whole list. Null when that does not apply (many changes, {@code to} no longer
   * current, or an entry's content is not the one {@code to} holds).
   */
  private List<ListedEntity> fewByKey(ListVersionRef to, List<String> keys, Map<String, String> hashes) {
    if (keys.size() > FETCH_BY_KEY_LIMIT || store.current(to.source()).map(v -> v.id() != to.id()).orElse(true)) {
      return null;
    }
    List<ListedEntity> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      Optional<ListedEntity> e = store.entity(key);
      if (e.isEmpty() || !EntityCodec.hash(e.get()).equals(hashes.get(key))) {
        return null;
      }
      out.add(e.get());
    }
    return out;
  }

  /** Labels read {@code v12 (2023-05-23)}: the store's handle and the publication date. */
  static ListVersionRef ref(ListVersion v) {
    return new ListVersionRef(v.id(), v.source(), v.label() + (v.published() == null ? "" : " (" + v.published() + ")"));
  }
}
