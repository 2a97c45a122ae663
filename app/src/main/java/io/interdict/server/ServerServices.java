package io.interdict.server;

import io.interdict.audit.AuditLog;
import io.interdict.server.auth.UserStore;
import io.interdict.store.Database;
import java.time.Clock;

/**
 * The services the server exposes; the same ones the CLI uses. The server owns none of them: it
 * authenticates, parses, calls, and maps results and errors to HTTP.
 */
public record ServerServices(Database database, AuditLog audit, UserStore users, ListsView lists, Clock clock) {
  public static ServerServices open(Database db, ListsView lists) {
    AuditLog audit = new AuditLog(db.jdbi());
    return new ServerServices(db, audit, new UserStore(db.jdbi(), audit), lists, Clock.systemUTC());
  }
}
