package io.interdict.cli;

import io.interdict.lists.DemoList;
import io.interdict.lists.ListFormats;
import io.interdict.lists.store.StoredLists;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.store.Home;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which lists a command screens against: the files named with {@code --list}, else the
 * current stored versions of the enabled sources (see {@code interdict lists}), else the bundled demo
 * list (with a notice, so nobody mistakes it for a real list).
 */
public final class ListSelection {
  private final List<ListSnapshot> snapshots;
  private final String notice;

  private ListSelection(List<ListSnapshot> snapshots, String notice) {
    this.snapshots = List.copyOf(snapshots);
    this.notice = notice;
  }

  /**
   * Reads every {@code --list} path (format detected by {@link ListFormats}); with none, the demo list.
   * A path that is missing or no list fails with a message naming it.
   */
  public static ListSelection resolve(List<Path> lists, boolean lenient) {
    if (lists == null || lists.isEmpty()) {
      ListSnapshot demo = DemoList.snapshot();
      return new ListSelection(
          List.of(demo),
          "no list loaded; screening against the bundled demo list (" + demo.entities().size() + " entries)");
    }
    List<ListSnapshot> out = new ArrayList<>(lists.size());
    for (Path p : lists) {
      out.add(ListFormats.read(p, lenient));
    }
    return new ListSelection(out, null);
  }

  /** As {@link #resolve(List, boolean)}, with the stored lists of {@code home} before the demo list. */
  public static ListSelection resolve(List<Path> lists, boolean lenient, Home home) {
    if (lists == null || lists.isEmpty()) {
      List<ListSnapshot> stored = StoredLists.current(home);
      if (!stored.isEmpty()) {
        return new ListSelection(stored, null);
      }
    }
    return resolve(lists, lenient);
  }

  public List<ListSnapshot> snapshots() {
    return snapshots;
  }

  /** Every entity of every selected list, in list order. */
  public List<ListedEntity> entities() {
    List<ListedEntity> all = new ArrayList<>();
    for (ListSnapshot s : snapshots) {
      all.addAll(s.entities());
    }
    return all;
  }

  /** A line for stderr when the selection is not what the user may assume (the demo list); else null. */
  public String notice() {
    return notice;
  }
}
