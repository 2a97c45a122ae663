package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.cases.CaseJson;
import io.interdict.lists.store.ListStore;
import io.interdict.monitoring.Monitor;
import io.interdict.payments.PaymentPolicy;
import io.interdict.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interdict monitor}: runs the pending re-screening (list changes against all screened
 * customers, new and changed customers against the full lists). New alerts go to stdout as JSON
 * lines, the figures to stderr. Safe to interrupt: a new run resumes where the last one stopped.
 */
@Command(name = "monitor", description = {
    "Run pending ongoing-monitoring re-screening: customers against new or changed list entries, new or",
    "changed customers against the full lists. Prints new alerts as JSON lines; resumable after a crash."})
public final class MonitorCommand implements Callable<Integer> {
  @Mixin HomeOption home;
  @Spec CommandSpec spec;

  @Option(names = "--threshold", paramLabel = "T", description = "minimum score to alert (default: the engine's)")
  Double threshold;

  @Option(names = "--chunk", paramLabel = "N", description = "customers per transaction (default ${DEFAULT-VALUE})")
  int chunk = 1000;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "payment policy (JSON or YAML) saying which listings block, for the 50%% rule; defaults otherwise")
  Path policy;

  @Option(names = "--user", description = "user recorded in the audit trail (default ${DEFAULT-VALUE})")
  String user = "monitor";

  @Override
  public Integer call() {
    Monitor.Options options = Monitor.Options.defaults().withChunkSize(chunk).withActor(user)
        .withThreshold(threshold == null ? Double.NaN : threshold);
    try (Database db = home.resolve().openDatabase()) {
      AuditLog audit = new AuditLog(db.jdbi());
      Monitor monitor = Monitor.overStore(db.jdbi(), new ListStore(db, audit), audit,
          policy == null ? PaymentPolicy.DEFAULT : PaymentPolicy.load(policy), options);
      Monitor.Result r = runWithProgress(monitor);
      PrintWriter out = spec.commandLine().getOut();
      for (Monitor.NewAlert a : r.alerts()) {
        out.println(CaseJson.line(a));
      }
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println(summary(r));
      err.flush();
      return 0;
    }
  }

  /** A progress bar on the terminal only (never in pipes or logs). */
  private static Monitor.Result runWithProgress(Monitor monitor) {
    if (System.console() == null) {
      return monitor.run();
    }
    Monitor.Pending p = monitor.pending();
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("monitor")
        .setInitialMax(Math.max(1, p.screenedCustomers() + p.unscreenedCustomers()))
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build()) {
      return monitor.run((phase, done) -> {
        bar.setExtraMessage(phase);
        bar.stepTo(Math.min(bar.getMax(), done));
      });
    }
  }

  static String summary(Monitor.Result r) {
    return String.format(Locale.ROOT,
        "monitor: list versions processed: %s; %d customers re-screened against %d new or changed list entries; "
            + "%d new or changed customers screened against %d list entries; %d new alerts (%d hits covered by open "
            + "alerts, %d suppressed by earlier decisions, %d alerts annotated); %.2f s",
        r.listVersions().isEmpty() ? "none" : String.join(", ", r.listVersions()), r.customersRescreened(),
        r.changedEntities(), r.customersScreened(), r.listEntities(), r.alerts().size(), r.covered(), r.suppressed(),
        r.annotated(), r.elapsed().toNanos() / 1e9);
  }
}
