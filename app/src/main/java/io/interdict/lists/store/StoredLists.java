package io.interdict.lists.store;

import io.interdict.audit.AuditLog;
import io.interdict.model.ListSnapshot;
import io.interdict.store.Database;
import io.interdict.store.Home;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The current stored lists of a home, for commands that screen once and exit. */
public final class StoredLists {
  private StoredLists() {}

  /**
   * The current version of every enabled source in {@code home}, as snapshots; empty when nothing is
   * imported. A home without a database yet is not created: it simply has no lists.
   */
  public static List<ListSnapshot> current(Home home) {
    String url = System.getenv("INTERDICT_DB_URL");
    boolean configured = url != null && !url.isBlank();
    if (!configured && !Files.exists(home.dir().resolve("interdict.mv.db"))) {
      return List.of();
    }
    try (Database db = home.openDatabase()) {
      return current(new ListStore(db, new AuditLog(db.jdbi())));
    }
  }

  public static List<ListSnapshot> current(ListStore store) {
    List<ListSnapshot> out = new ArrayList<>();
    for (ListVersion v : store.currentVersions()) {
      out.add(new ListSnapshot(v.source(), v.published(), v.checksum(), v.source() + " " + v.label(), v.importedAt(),
          store.entities(v.id()), List.of()));
    }
    return out;
  }
}
