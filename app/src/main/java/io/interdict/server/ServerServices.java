package io.interdict.server;

import io.interdict.audit.AuditLog;
import io.interdict.lists.store.CurrentLists;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.update.ListUpdater;
import io.interdict.lists.update.UpdateSettings;
import io.interdict.server.auth.UserStore;
import io.interdict.store.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The services the server exposes; the same ones the CLI uses. The server owns none of them: it
 * authenticates, parses, calls, and maps results and errors to HTTP.
 */
public record ServerServices(
    Database database,
    AuditLog audit,
    UserStore users,
    ListStore listStore,
    ListsView lists,
    ListUpdater updater,
    Clock clock) {

  /**
   * Every service over one store, with the lists it holds (the demo list when none is loaded);
   * {@code listsDir} is where list updates download to (the home's {@code lists} folder).
   */
  public static ServerServices open(Database db, Path listsDir) {
    AuditLog audit = new AuditLog(db.jdbi());
    ListStore store = new ListStore(db, audit);
    StoreLists lists = new StoreLists(store, new CurrentLists(store));
    ListUpdater updater = new ListUpdater(store, listsDir, UpdateSettings.defaults());
    return new ServerServices(db, audit, new UserStore(db.jdbi(), audit), store, lists, updater, Clock.systemUTC());
  }
}
