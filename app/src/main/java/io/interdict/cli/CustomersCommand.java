package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.cases.CaseJson;
import io.interdict.monitoring.Customer;
import io.interdict.monitoring.CustomerStore;
import io.interdict.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict customers import|list|show|close}: the customer base that monitoring screens. */
@Command(name = "customers",
    mixinStandardHelpOptions = true,
    description = "Manage the customers (counterparties) under ongoing monitoring.",
    subcommands = {CustomersCommand.Import.class, CustomersCommand.ListCustomers.class, CustomersCommand.Show.class,
        CustomersCommand.Close.class})
public final class CustomersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a customers command is required");
  }

  @Command(name = "import", description = {
      "Import customers from a CSV file with header id,name,schema,birth_date,country,identifier.",
      "Upserts by id: changed rows become a new version (history is kept), identical rows are no-ops, a",
      "closed customer in the file is reopened and screened in full again.",
      "With --complete the file is the whole customer base: every open customer it does not name is closed.",
      "A bad row rejects the whole file, naming the line."})
  static final class Import implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "customer CSV file")
    Path file;

    @Option(names = "--complete", description = "the file holds every customer: close the open ones it does not name")
    boolean complete;

    @Option(names = "--max-closed", paramLabel = "PERCENT",
        description = "with --complete, refuse the file (nothing imported) when it would close more than this share "
            + "of the open customers, as a cut-off file would (default ${DEFAULT-VALUE})")
    double maxClosed = 5;

    @Option(names = "--user", description = "user recorded in the audit trail (default: the OS user)")
    String user = System.getProperty("user.name", "cli");

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        CustomerStore store = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi()));
        CustomerStore.ImportResult r = complete ? store.importComplete(file, user, maxClosed) : store.importCsv(file, user);
        spec.commandLine().getOut().printf("%d new, %d changed, %d unchanged, %d reopened, %d closed (%d rows)%n",
            r.added(), r.changed(), r.unchanged(), r.reopened(), r.closed(), r.total());
        return 0;
      }
    }
  }

  @Command(name = "close", description = {
      "Close a customer (the relationship ended): monitoring stops screening it, its open alerts are annotated",
      "and still need their decision. Importing it again reopens it."})
  static final class Close implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "customer id")
    String id;

    @Option(names = "--note", description = "why, e.g. account closed on request")
    String note;

    @Option(names = "--user", description = "user recorded in the audit trail (default: the OS user)")
    String user = System.getProperty("user.name", "cli");

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        CustomerStore.CustomerDetail d = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi())).close(id, user, note);
        spec.commandLine().getOut().printf("customer %s closed at %s by %s%n", id, d.closedAt(), d.closedBy());
        return 0;
      }
    }
  }

  @Command(name = "list", description = "Customers in id order: all, or those whose id starts with or whose name contains TEXT.")
  static final class ListCustomers implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT", description = "start of the id, or part of the name")
    String search;

    @Option(names = "--status", paramLabel = "S", description = "open, closed or all (default ${DEFAULT-VALUE})")
    String status = "open";

    @Option(names = "--format", paramLabel = "F", description = "jsonl or table (default ${DEFAULT-VALUE})")
    AlertsCommand.Format format = AlertsCommand.Format.TABLE;

    @Option(names = "--limit", paramLabel = "N", description = "at most N customers (default ${DEFAULT-VALUE})")
    int limit = 1000;

    @Override
    public Integer call() {
      CustomerStore.Status s = CustomerStore.Status.parse(status);
      try (Database db = home.resolve().openDatabase()) {
        List<CustomerStore.Listed> rows = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi())).search(search, s, limit);
        Formats.print(spec.commandLine().getOut(), rows, format == AlertsCommand.Format.JSONL, CustomersCommand::table);
        return 0;
      }
    }
  }

  static String table(List<CustomerStore.Listed> rows) {
    if (rows.isEmpty()) {
      return "no customers";
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %-32s %-12s %-7s %s%n",
        "ID", "NAME", "TYPE", "VERSION", "CLOSED"));
    for (CustomerStore.Listed r : rows) {
      Customer c = r.current().customer();
      sb.append(String.format(Locale.ROOT, "%-16s %-32s %-12s %-7d %s%n", Formats.cut(c.id(), 16), Formats.cut(c.name(), 32),
          c.type().schema(), r.current().version(), r.closedAt() == null ? "" : r.closedAt()));
    }
    return sb.toString().stripTrailing();
  }

  @Command(name = "show", description = "A customer as JSON: open or closed (when, by whom, why), every version.")
  static final class Show implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "customer id")
    String id;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        spec.commandLine().getOut().println(CaseJson.pretty(
            new CustomerStore(db.jdbi(), new AuditLog(db.jdbi())).detail(id)));
        return 0;
      }
    }
  }
}
