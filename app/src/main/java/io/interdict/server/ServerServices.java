package io.interdict.server;

import io.interdict.audit.AuditLog;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.PaymentClearances;
import io.interdict.blocking.ReportFilings;
import io.interdict.blocking.LicenceRegistry;
import io.interdict.blocking.RejectsRegister;
import io.interdict.cases.AlertService;
import io.interdict.entry.EntryPolicy;
import io.interdict.lists.store.CurrentLists;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.update.ListUpdater;
import io.interdict.lists.update.UpdateSettings;
import io.interdict.monitoring.CustomerStore;
import io.interdict.monitoring.Monitor;
import io.interdict.ownership.OwnershipStore;
import io.interdict.payments.PaymentPolicy;
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
    AlertService alerts,
    CustomerStore customers,
    BlockingLedger ledger,
    RejectsRegister rejects,
    LicenceRegistry licences,
    PaymentPolicy paymentPolicy,
    EntryPolicy entryPolicy,
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
    // The blocking side works in local business days (report due dates), as the CLI does.
    Clock local = Clock.systemDefaultZone();
    return new ServerServices(db, audit, new UserStore(db.jdbi(), audit), store, lists, updater,
        new AlertService(db.jdbi(), audit), new CustomerStore(db.jdbi(), audit), new BlockingLedger(db.jdbi(), audit, local),
        new RejectsRegister(db.jdbi(), audit, local), new LicenceRegistry(db.jdbi(), audit, local), PaymentPolicy.DEFAULT,
        EntryPolicy.DEFAULT, Clock.systemUTC());
  }

  /** A monitoring run over the stored customers and lists, recorded as {@code actor}. */
  public Monitor monitor(String actor) {
    return Monitor.overStore(database.jdbi(), listStore, audit, paymentPolicy, Monitor.Options.defaults().withActor(actor));
  }

  /** The queue of held payments, deciding into this ledger and rejects register. */
  public HeldPayments holds() {
    return new HeldPayments(database.jdbi(), audit, ledger, rejects, Clock.systemDefaultZone());
  }

  /** Which OFAC reports were filed, and which are due. */
  public ReportFilings filings() {
    return new ReportFilings(database.jdbi(), audit, ledger, rejects, Clock.systemDefaultZone());
  }

  /** The good-guy list of payment screening. */
  public PaymentClearances clearances() {
    return new PaymentClearances(database.jdbi(), audit, Clock.systemDefaultZone());
  }

  /** The ownership register in force (the 50 % rule); a view over the database, cheap to make. */
  public OwnershipStore ownership() {
    return new OwnershipStore(database.jdbi(), audit, clock);
  }

  public ServerServices withUpdater(ListUpdater u) {
    return new ServerServices(database, audit, users, listStore, lists, u, alerts, customers, ledger, rejects, licences,
        paymentPolicy, entryPolicy, clock);
  }

  public ServerServices withPaymentPolicy(PaymentPolicy p) {
    return new ServerServices(database, audit, users, listStore, lists, updater, alerts, customers, ledger, rejects,
        licences, p, entryPolicy, clock);
  }

  public ServerServices withEntryPolicy(EntryPolicy p) {
    return new ServerServices(database, audit, users, listStore, lists, updater, alerts, customers, ledger, rejects,
        licences, paymentPolicy, p, clock);
  }
}
