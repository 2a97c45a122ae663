package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.RejectsRegister;
import io.interdict.blocking.Report;
import io.interdict.blocking.ReportWriter;
import io.interdict.blocking.ReportFilings;
import io.interdict.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict reports blocked-property|rejects|annual}: OFAC reports from the ledger and the rejects register. */
@Command(name = "reports", description = "OFAC reports: blocked-property (initial, 501.603), rejects (501.604), "
    + "annual (blocked property as of 30 June, due 30 September); which are due, and recording their filing.",
    subcommands = {ReportsCommand.Due.class, ReportsCommand.Filed.class})
public final class ReportsCommand implements Callable<Integer> {
  @Mixin HomeOption home;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "REPORT", arity = "0..1", description = "blocked-property, rejects or annual.")
  String report;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date the report speaks for (default today; annual: the "
      + "30 June on or before it).")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "json", description = "json, csv, html or pdf (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output (required for pdf).")
  Path output;

  @Override
  public Integer call() throws IOException {
    ReportWriter.Format f = ReportWriter.Format.valueOf(Formats.choose(format, "json", "csv", "html", "pdf")
        .toUpperCase(Locale.ROOT));
    if (report == null) {
      throw new InterdictException.InvalidInput("a report is required: blocked-property, rejects or annual (or due, filed)");
    }
    String kind = Formats.choose(report, "blocked-property", "rejects", "annual");
    if (f == ReportWriter.Format.PDF && output == null) {
      throw new InterdictException.InvalidInput("a PDF is binary: give --output FILE");
    }
    LocalDate on = asOf == null ? LocalDate.now() : asOf;
    Report r;
    try (Database db = home.resolve().openDatabase()) {
      AuditLog audit = new AuditLog(db.jdbi());
      r = filings(db).report(kind, on);
      audit.append(System.getProperty("user.name", "interdict"), "report.generated", "report:" + kind,
          Map.of("as_of", r.asOf().toString(), "items", r.rows().size(), "format", f.name().toLowerCase(Locale.ROOT)));
    }
    if (output != null) {
      try (OutputStream o = Files.newOutputStream(output)) {
        ReportWriter.write(r, f, o);
      }
      spec.commandLine().getErr().println("interdict: " + r.title() + " (" + r.rows().size() + " item(s)) written to " + output);
      spec.commandLine().getErr().flush();
    } else {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      ReportWriter.write(r, f, buf);
      spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  static ReportFilings filings(Database db) {
    AuditLog audit = new AuditLog(db.jdbi());
    Clock clock = Clock.systemDefaultZone();
    return new ReportFilings(db.jdbi(), audit, new BlockingLedger(db.jdbi(), audit, clock),
        new RejectsRegister(db.jdbi(), audit, clock), clock);
  }

  @Command(name = "due", description = "Reports not filed yet, soonest due first: each blocked item's and rejected "
      + "transaction's, and the annual one of each 30 June with property held blocked.")
  static final class Due implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date to judge by (default today).")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-if-overdue", description = "Exit 1 when a report is overdue (for a scheduler).")
    boolean failIfOverdue;

    @Override
    public Integer call() {
      boolean jsonl = Formats.choose(format, "table", "jsonl").equals("jsonl");
      LocalDate on = asOf == null ? LocalDate.now() : asOf;
      List<ReportFilings.Due> due;
      try (Database db = home.resolve().openDatabase()) {
        due = filings(db).due(on);
      }
      Formats.print(spec.commandLine().getOut(), due, jsonl, rows -> table(rows, on));
      return failIfOverdue && due.stream().anyMatch(ReportFilings.Due::overdue) ? 1 : 0;
    }
  }

  static String table(List<ReportFilings.Due> due, LocalDate on) {
    if (due.isEmpty()) {
      return "no report due: everything blocked or rejected by " + on + " is reported";
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-17s %-6s %-10s %-8s %s%n", "REPORT", "ITEM", "DUE", "",
        "SUBJECT"));
    for (ReportFilings.Due d : due) {
      sb.append(String.format(Locale.ROOT, "%-17s %-6s %-10s %-8s %s%n", d.kind(), d.itemId() == null ? "" : d.itemId(),
          d.dueOn(), d.overdue() ? "OVERDUE" : "", d.subject()));
    }
    return sb.toString().stripTrailing();
  }

  @Command(name = "filed", description = "Record that a report was filed with OFAC: the items it covered (or the "
      + "annual report's 30 June), the day, and the reference OFAC's reporting system gave.")
  static final class Filed implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "REPORT", description = "blocked-property, rejects or annual.")
    String report;

    @Option(names = "--item", paramLabel = "ID", split = ",", description = "Blocked item or rejected transaction "
        + "the report covered (repeatable, or comma-separated).")
    List<Long> items = new ArrayList<>();

    @Option(names = "--period", paramLabel = "DATE", description = "The 30 June an annual report speaks for.")
    LocalDate period;

    @Option(names = "--on", paramLabel = "DATE", description = "Day it was filed (default today).")
    LocalDate on;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "OFAC's reference for the filing.")
    String reference;

    @Option(names = "--user", required = true, description = "Who records it.")
    String user;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        List<ReportFilings.Filing> filed = filings(db).record(report, items, period, on == null ? LocalDate.now() : on,
            reference, user);
        PrintWriter out = spec.commandLine().getOut();
        for (ReportFilings.Filing f : filed) {
          out.println(f.kind() + " report of " + (f.itemId() == null ? f.period() : "item " + f.itemId()) + ": filed on "
              + f.filedOn() + " (" + f.reference() + ")" + (f.late() ? ", after its due date " + f.dueOn() : ""));
        }
        out.flush();
        return 0;
      }
    }
  }
}
