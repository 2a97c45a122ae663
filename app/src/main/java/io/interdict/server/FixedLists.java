package io.interdict.server;

import io.interdict.match.Screener;
import io.interdict.model.ListedEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A {@link ListsView} over one fixed set of entities (tests, and a server started on a file). */
public final class FixedLists implements ListsView {
  private final List<ListedEntity> entities;
  private final Map<String, ListedEntity> byKey;
  private final Screener screener;
  private final boolean demo;
  private final List<ListStatus> status;

  public FixedLists(
      List<ListedEntity> entities, Function<List<ListedEntity>, Screener> engine, boolean demo, Instant loadedAt) {
    this.entities = List.copyOf(entities);
    this.byKey = new HashMap<>(this.entities.size() * 2);
    Map<String, Integer> counts = new TreeMap<>();
    for (ListedEntity e : this.entities) {
      byKey.put(e.key(), e);
      counts.merge(e.source(), 1, Integer::sum);
    }
    this.screener = engine.apply(this.entities);
    this.demo = demo;
    List<ListStatus> s = new ArrayList<>();
    counts.forEach((source, n) -> s.add(new ListStatus(source, demo ? "demo" : "fixed", null, loadedAt, n, null)));
    this.status = List.copyOf(s);
  }

  @Override
  public Screener screener() {
    return screener;
  }

  @Override
  public List<ListedEntity> entities() {
    return entities;
  }

  @Override
  public Optional<ListedEntity> entity(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public boolean demo() {
    return demo;
  }

  @Override
  public List<ListStatus> status() {
    return status;
  }
}
