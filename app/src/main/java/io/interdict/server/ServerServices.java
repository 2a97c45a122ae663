package io.interdict.server;

import io.interdict.audit.AuditLog;
import io.interdict.lists.store.CurrentLists;
import io.interdict.lists.store.ListStore;
import io.interdict.server.auth.UserStore;
import io.interdict.store.Database;
import java.time.Clock;

/**
 * The services the server exposes; the same ones the CLI uses. The server owns none of them: it
 * authenticates, parses, calls, and maps results and errors to HTTP.
 */
public record ServerServices(
    Database database, AuditLog audit, UserStore users, ListStore listStore, ListsView lists, Clock clock) {

  /** Every service over one store, with the lists it holds (the demo list when none is loaded). */
  public static ServerServices open(Database db) {
    AuditLog audit = new AuditLog(db.jdbi());
    ListStore store = new ListStore(db, audit);
    StoreLists lists = new StoreLists(store, new CurrentLists(store));
    return new ServerServices(db, audit, new UserStore(db.jdbi(), audit), store, lists, Clock.systemUTC());
  }
}
