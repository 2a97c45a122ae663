package io.interdict.monitoring;

import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.model.ListedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list store as monitoring sees it: the current version of every enabled source, and what changed
 * between two versions, told from the content hashes the store keeps (only the added and changed
 * entities are screened).
 */
public final class StoreListChanges implements ListChangeSource {
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
    List<ListedEntity> added = new ArrayList<>();
    List<ListedEntity> changed = new ArrayList<>();
    boolean anyNewOrChanged = false;
    for (Map.Entry<String, String> e : after.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        anyNewOrChanged = true;
        break;
      }
    }
    if (anyNewOrChanged) {
      for (ListedEntity e : store.entities(to.id())) {
        String old = before.get(e.key());
        if (old == null) {
          added.add(e);
        } else if (!old.equals(after.get(e.key()))) {
          changed.add(e);
        }
      }
    }
    List<String> removed = new ArrayList<>();
    for (String key : before.keySet()) {
      if (!after.containsKey(key)) {
        removed.add(key);
      }
    }
    removed.sort(null);
    return new ListDelta(added, changed, removed);
  }

  /** Labels read {@code v12 (2023-05-23)}: the store's handle and the publication date. */
  static ListVersionRef ref(ListVersion v) {
    return new ListVersionRef(v.id(), v.source(), v.label() + (v.published() == null ? "" : " (" + v.published() + ")"));
  }
}
