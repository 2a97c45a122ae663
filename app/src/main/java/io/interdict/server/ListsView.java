package io.interdict.server;

import io.interdict.lists.store.EntityVersion;
import io.interdict.match.Screener;
import io.interdict.model.ListedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lists the server answers from, as one consistent view: the screener over every enabled list,
 * the entities behind it, and per-list status. Implementations swap the whole view atomically when a
 * list is updated, so a request never sees half of an update.
 */
public interface ListsView {
  Screener screener();

  List<ListedEntity> entities();

  /** The entity with this {@link ListedEntity#key()}, if loaded. */
  Optional<ListedEntity> entity(String key);

  /** True when no list has been loaded and the bundled demo list is served instead. */
  boolean demo();

  List<ListStatus> status();

  /** The entity through every stored version of its list, oldest first; empty when not stored. */
  default List<EntityVersion> history(String key) {
    return List.of();
  }

  /**
   * One loaded list. {@code version} is the publisher's date or the checksum prefix; {@code lastError}
   * is the last failed update (the previous version stays live), null when none.
   */
  record ListStatus(
      String source, String version, LocalDate published, Instant loadedAt, int entities, String lastError) {}
}
