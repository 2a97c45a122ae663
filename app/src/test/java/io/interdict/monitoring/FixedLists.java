package io.interdict.monitoring;

import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** List versions held in memory, for monitoring tests that need no list store. */
final class FixedLists implements ListChangeSource {
  private final Map<String, List<ListVersionRef>> versions = new LinkedHashMap<>();
  private final Map<Long, List<ListedEntity>> entities = new LinkedHashMap<>();
  private long nextId = 1;

  /** Adds a version of a source and returns it (ids are assigned in order, as a store would). */
  ListVersionRef publish(String source, String label, List<ListedEntity> list) {
    ListVersionRef v = new ListVersionRef(nextId++, source, label);
    versions.computeIfAbsent(source, s -> new ArrayList<>()).add(v);
    entities.put(v.id(), List.copyOf(list));
    return v;
  }

  static ListedEntity person(String id, String... names) {
    return entity(EntityType.PERSON, id, names);
  }

  static ListedEntity organization(String id, String... names) {
    return entity(EntityType.ORGANIZATION, id, names);
  }

  private static ListedEntity entity(EntityType type, String id, String... names) {
    ListedEntity.Builder b = ListedEntity.builder("us-ofac-sdn", id, type).program("DPRK3");
    for (int i = 0; i < names.length; i++) {
      b.name(names[i], i == 0 ? NameType.PRIMARY : NameType.STRONG_AKA);
    }
    return b.build();
  }

  @Override
  public List<String> sources() {
    return List.copyOf(versions.keySet());
  }

  @Override
  public Optional<ListVersionRef> current(String source) {
    List<ListVersionRef> v = versions.get(source);
    return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  @Override
  public List<ListedEntity> entities(ListVersionRef version) {
    return entities.get(version.id());
  }
}
