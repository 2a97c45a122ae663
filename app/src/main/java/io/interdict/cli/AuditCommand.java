package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.audit.AuditSettings;
import io.interdict.cases.CaseJson;
import io.interdict.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict audit verify|list|retention}: the hash-chained audit trail. */
@Command(name = "audit",
    mixinStandardHelpOptions = true,
    description = "Inspect and verify the tamper-evident audit trail.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.ListRecords.class, AuditCommand.Retention.class})
public final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "an audit command is required");
  }

  /** Exit code when the chain is broken. */
  public static final int BROKEN = 1;

  @Command(name = "verify", description = "Re-compute the hash chain. Exit 0 when intact; 1 naming the first broken record.")
  static final class Verify implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        AuditLog.Verification v = new AuditLog(db.jdbi()).verify();
        if (v.intact()) {
          spec.commandLine().getOut().println("audit trail intact: " + v.records() + " records");
          return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("interdict: audit trail broken: " + v.problem());
        err.flush();
        return BROKEN;
      }
    }
  }

  @Command(name = "list", description = "The newest audit records, newest first, as JSON lines.")
  static final class ListRecords implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "how many records (default ${DEFAULT-VALUE})")
    int limit = 50;

    @Option(names = "--subject", paramLabel = "S", description = "only records about this subject, e.g. alert:12, hold:3")
    String subject;

    @Option(names = "--action", paramLabel = "A",
        description = "only this action, or with a final dot a family of them: alert.closed, alert.")
    String action;

    @Option(names = "--actor", paramLabel = "USER", description = "only records of this user")
    String actor;

    @Option(names = "--before", paramLabel = "SEQ", description = "only records older than record SEQ (paging back)")
    Long before;

    @Override
    public Integer call() {
      AuditLog.Filter filter = new AuditLog.Filter(subject, action, actor, before, limit);
      try (Database db = home.resolve().openDatabase()) {
        List<AuditLog.AuditRecord> records = new AuditLog(db.jdbi()).find(filter);
        PrintWriter out = spec.commandLine().getOut();
        for (AuditLog.AuditRecord r : records) {
          out.println(CaseJson.line(r));
        }
        out.flush();
        return 0;
      }
    }
  }

  @Command(name = "retention", description = "Show, or with --set change, how many years audit records are kept (default 10, 31 CFR 501.601).")
  static final class Retention implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Option(names = "--set", paramLabel = "YEARS", description = "new retention period in years")
    Integer years;

    @Option(names = "--user", description = "user recorded in the audit trail (default: the OS user)")
    String user = System.getProperty("user.name", "cli");

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        AuditSettings settings = new AuditSettings(db.jdbi(), new AuditLog(db.jdbi()));
        if (years != null) {
          settings.setRetentionYears(years, user);
        }
        spec.commandLine().getOut().println("audit retention: " + settings.retentionYears() + " years");
        return 0;
      }
    }
  }
}
