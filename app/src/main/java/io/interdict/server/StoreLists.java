package io.interdict.server;

import io.interdict.lists.store.CurrentLists;
import io.interdict.lists.store.EntityVersion;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.lists.store.SourceState;
import io.interdict.match.Screener;
import io.interdict.model.ListedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The server's view of the stored lists: {@link CurrentLists} (the screener every component shares)
 * plus the {@link ListStore} for status and entity history.
 */
public final class StoreLists implements ListsView {
  private final ListStore store;
  private final CurrentLists current;
  /** Entity index of the entity list it was built from; rebuilt when CurrentLists swaps lists. */
  private volatile Index index = new Index(List.of(), Map.of());

  private record Index(List<ListedEntity> of, Map<String, ListedEntity> byKey) {}

  public StoreLists(ListStore store, CurrentLists current) {
    this.store = store;
    this.current = current;
  }

  public ListStore store() {
    return store;
  }

  @Override
  public Screener screener() {
    return current.screener();
  }

  @Override
  public List<ListedEntity> entities() {
    return current.entities();
  }

  @Override
  public Optional<ListedEntity> entity(String key) {
    List<ListedEntity> all = current.entities();
    Index i = index;
    if (i.of != all) {
      Map<String, ListedEntity> m = new HashMap<>(all.size() * 2);
      for (ListedEntity e : all) {
        m.put(e.key(), e);
      }
      i = new Index(all, m);
      index = i;
    }
    return Optional.ofNullable(i.byKey.get(key));
  }

  @Override
  public boolean demo() {
    return current.usingDemo();
  }

  @Override
  public List<ListStatus> status() {
    List<ListStatus> out = new ArrayList<>();
    Map<String, SourceState> states = new TreeMap<>();
    for (SourceState s : store.sources().all()) {
      states.put(s.source(), s);
    }
    for (ListVersion v : current.versions()) {
      SourceState s = states.remove(v.source());
      out.add(new ListStatus(v.source(), v.label(), v.published(), v.importedAt(), v.entityCount(),
          s == null ? null : s.lastError()));
    }
    for (SourceState s : states.values()) {
      if (s.lastError() != null) {
        out.add(new ListStatus(s.source(), "none", null, null, 0, s.lastError()));
      }
    }
    if (current.usingDemo()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (ListedEntity e : current.entities()) {
        counts.merge(e.source(), 1, Integer::sum);
      }
      counts.forEach((source, n) -> out.add(new ListStatus(source, "demo", null, null, n, null)));
    }
    return out;
  }

  @Override
  public List<EntityVersion> history(String key) {
    return store.history(key);
  }
}
