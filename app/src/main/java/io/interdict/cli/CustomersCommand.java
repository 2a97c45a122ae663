package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.monitoring.CustomerStore;
import io.interdict.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict customers import FILE}: upserts the customer base that monitoring screens. */
@Command(name = "customers",
    mixinStandardHelpOptions = true,
    description = "Manage the customers (counterparties) under ongoing monitoring.",
    subcommands = {CustomersCommand.Import.class})
public final class CustomersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a customers command is required");
  }


  @Command(name = "import", description = {
      "Import customers from a CSV file with header id,name,schema,birth_date,country,identifier.",
      "Upserts by id: changed rows become a new version (history is kept), identical rows are no-ops.",
      "A bad row rejects the whole file, naming the line."})
  static final class Import implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "customer CSV file")
    Path file;

    @Option(names = "--user", description = "user recorded in the audit trail (default: the OS user)")
    String user = System.getProperty("user.name", "cli");

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        CustomerStore.ImportResult r = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi())).importCsv(file, user);
        spec.commandLine().getOut().printf("%d new, %d changed, %d unchanged (%d rows)%n",
            r.added(), r.changed(), r.unchanged(), r.total());
        return 0;
      }
    }
  }
}
