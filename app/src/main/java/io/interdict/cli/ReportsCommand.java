package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.RejectsRegister;
import io.interdict.blocking.Report;
import io.interdict.blocking.ReportWriter;
import io.interdict.blocking.Reports;
import io.interdict.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
    + "annual (blocked property as of 30 June, due 30 September).")
public final class ReportsCommand implements Callable<Integer> {
  @Mixin HomeOption home;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "REPORT", description = "blocked-property, rejects or annual.")
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
    String kind = Formats.choose(report, "blocked-property", "rejects", "annual");
    if (f == ReportWriter.Format.PDF && output == null) {
      throw new InterdictException.InvalidInput("a PDF is binary: give --output FILE");
    }
    LocalDate on = asOf == null ? LocalDate.now() : asOf;
    Report r;
    try (Database db = home.resolve().openDatabase()) {
      AuditLog audit = new AuditLog(db.jdbi());
      Clock clock = Clock.systemDefaultZone();
      r = switch (kind) {
        case "blocked-property" -> Reports.blockedProperty(new BlockingLedger(db.jdbi(), audit, clock).list(), on);
        case "rejects" -> Reports.rejects(new RejectsRegister(db.jdbi(), audit, clock).list(), on);
        default -> Reports.annual(new BlockingLedger(db.jdbi(), audit, clock).list(), on);
      };
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
}
