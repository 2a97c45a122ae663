package io.interdict.lists.store;

import io.interdict.lists.DemoList;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screener over the current version of every enabled source, shared by the CLI, the server,
 * payments and monitoring. It is rebuilt only when the set of current versions changes, off to the
 * side, and swapped in atomically: screening never sees a half-built index, and keeps running on the
 * previous lists while a new version is indexed. When nothing is imported it screens the bundled demo
 * list and says so ({@link #usingDemo()}).
 */
public final class CurrentLists {
  private static final Logger LOG = LoggerFactory.getLogger(CurrentLists.class);

  private final ListStore store;
  private final AtomicReference<State> state = new AtomicReference<>();

  /** Loads the current lists now and follows every change made through {@code store}. */
  public CurrentLists(ListStore store) {
    this.store = store;
    refresh();
    store.onChange(this::refresh);
  }

  public Screener screener() {
    return state.get().screener();
  }

  /** True when no list is imported and the screener runs on the bundled demo list. */
  public boolean usingDemo() {
    return state.get().demo();
  }

  /** The versions the screener was built from (empty when using the demo list). */
  public List<ListVersion> versions() {
    return state.get().versions();
  }

  /** The entities the screener was built from. */
  public List<ListedEntity> entities() {
    return state.get().entities();
  }

  /**
   * Re-reads which versions are current and rebuilds the screener when they differ from those in use.
   * Changes made through this process's store arrive by themselves; call this to pick up imports made
   * by another process (the CLI while the server runs). Returns true when the screener was swapped.
   */
  public synchronized boolean refresh() {
    List<ListVersion> current = store.currentVersions();
    State old = state.get();
    if (old != null && old.versions().equals(current)) {
      return false;
    }
    State next;
    if (current.isEmpty()) {
      List<ListedEntity> demo = DemoList.snapshot().entities();
      next = new State(Screeners.forEntities(demo), List.of(), demo, true);
    } else {
      List<ListedEntity> all = store.currentEntities();
      next = new State(Screeners.forEntities(all), current, List.copyOf(all), false);
    }
    state.set(next);
    LOG.info("screening against {}", next.demo() ? "the demo list" : describe(current));
    return true;
  }

  private static String describe(List<ListVersion> versions) {
    StringBuilder sb = new StringBuilder();
    for (ListVersion v : versions) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(v.source()).append(' ').append(v.label()).append(" (").append(v.entityCount()).append(')');
    }
    return sb.toString();
  }

  private record State(Screener screener, List<ListVersion> versions, List<ListedEntity> entities, boolean demo) {}
}
