package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.blocking.PaymentClearances;
import io.interdict.blocking.PaymentClearances.Stored;
import io.interdict.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict payments clearances list|revoke}: the good-guy list released holds leave behind. */
@Command(name = "clearances", description = "Name hits two users released as false positives, which payment screening "
    + "releases again for a year: list them, revoke one.",
    subcommands = {PaymentClearancesCommand.ListClearances.class, PaymentClearancesCommand.Revoke.class})
public final class PaymentClearancesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: list or revoke");
  }

  static PaymentClearances clearances(Database db) {
    return new PaymentClearances(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemDefaultZone());
  }

  @Command(name = "list", description = "List clearances, newest first (default: those in force).")
  static final class ListClearances implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Option(names = "--all", description = "expired and revoked ones too") boolean all;

    @Option(names = "--format", paramLabel = "F", description = "table or jsonl (default ${DEFAULT-VALUE})")
    String format = "table";

    @Override
    public Integer call() {
      boolean jsonl = Formats.choose(format, "table", "jsonl").equals("jsonl");
      try (Database db = home.resolve().openDatabase()) {
        Formats.print(spec.commandLine().getOut(), clearances(db).list(!all), jsonl, PaymentClearancesCommand::table);
        return 0;
      }
    }
  }

  @Command(name = "revoke", description = "End a clearance now: the next payment with that name holds again.")
  static final class Revoke implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID") long id;

    @Option(names = "--user", required = true, description = "the revoking user") String user;

    @Option(names = "--note", description = "why") String note;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        Stored c = clearances(db).revoke(id, user, note);
        spec.commandLine().getOut().println("clearance " + c.id() + " of '" + c.nameValue() + "' against " + c.entityKey()
            + ": revoked by " + c.revokedBy());
        return 0;
      }
    }
  }

  static String table(List<Stored> list) {
    if (list.isEmpty()) {
      return "no clearances";
    }
    LocalDate today = LocalDate.now();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-5s %-28s %-24s %-6s %-20s %-10s %s%n", "ID", "NAME",
        "ENTITY", "HOLD", "BY", "UNTIL", "STATE"));
    for (Stored c : list) {
      sb.append(String.format(Locale.ROOT, "%-5d %-28s %-24s %-6d %-20s %-10s %s%n", c.id(), c.nameValue(), c.entityKey(),
          c.holdId(), c.clearedBy() + ", " + c.confirmedBy(), c.expiresOn(),
          c.revokedAt() != null ? "revoked by " + c.revokedBy() : c.inForce(today) ? "in force" : "expired"));
    }
    return sb.toString().stripTrailing();
  }
}
