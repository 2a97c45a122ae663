package io.interdict.cli;

import io.interdict.lists.store.ImportResult;
import io.interdict.lists.store.ListVersion;
import io.interdict.lists.update.ListUpdater;
import io.interdict.lists.update.UpdateResult;
import io.interdict.lists.update.UpdateSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code interdict lists update}: downloads every enabled source (or one), checks it and switches over
 * atomically; a rejected download leaves the previous version live and exits non-zero.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Download the enabled sources from their official URLs and import what changed.",
      "A failed, truncated or implausible download is rejected; the previous version stays live."
    })
final class ListsUpdateCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--source", paramLabel = "NAME", description = "Update only this source.")
  String source;

  @Option(names = "--base-url", paramLabel = "URL", description = "Fetch every file from this mirror (URL/FILE).")
  String baseUrl;

  @Option(names = "--max-shrink", paramLabel = "SHARE", defaultValue = "0.10",
      description = "Reject a new version with more than this share fewer entities than the live one (default 0.10).")
  double maxShrink;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m",
      converter = ListsCli.DurationConverter.class, description = "Timeout per file (default 5m).")
  Duration timeout;

  @Option(names = "--schedule", paramLabel = "DURATION", converter = ListsCli.DurationConverter.class,
      description = "Keep running and refresh every DURATION (e.g. 6h) until interrupted.")
  Duration schedule;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    UpdateSettings settings = UpdateSettings.defaults().withBaseUrl(baseUrl).withMaxShrink(maxShrink)
        .withTimeout(timeout);
    try (ListsCli.Opened o = ListsCli.Opened.of(home)) {
      ListUpdater updater = new ListUpdater(o.store(), home.resolve().lists(), settings);
      if (schedule != null) {
        if (source != null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--schedule updates every enabled source; "
              + "drop --source");
        }
        err.println("refreshing the enabled lists every " + schedule.toString().substring(2).toLowerCase()
            + "; interrupt to stop");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        try (ListUpdater.Schedule s = updater.scheduleEvery(schedule, Duration.ZERO, r -> report(r, out, err))) {
          stop.await();
        }
        return 0;
      }
      List<UpdateResult> results = source != null
          ? List.of(updater.update(source, ListsCli.actor()))
          : updater.updateAll(ListsCli.actor());
      int code = 0;
      for (UpdateResult r : results) {
        report(r, out, err);
        if (r.failed() && code == 0) {
          code = r.exitCode() == 0 ? 1 : r.exitCode();
        }
      }
      if (results.isEmpty()) {
        err.println("no enabled source to update (enable one with 'interdict lists source NAME --enable')");
      }
      return code;
    }
  }

  private static synchronized void report(UpdateResult r, PrintWriter out, PrintWriter err) {
    ImportResult i = r.imported();
    switch (r.outcome()) {
      case UPDATED -> {
        ListVersion v = i.version();
        out.println(r.source() + ": updated to " + v.label() + " (" + ListsCli.count(v.entityCount()) + " entities"
            + (v.published() == null ? "" : ", published " + v.published()) + "; "
            + (i.previous() == null ? "first version" : i.diff() + " against " + i.previous().label()) + ")");
      }
      case ALREADY_CURRENT -> out.println(r.source() + ": already current (" + i.version().label() + ")");
      case NOT_MODIFIED -> out.println(r.source() + ": not modified since the last update");
      case FAILED -> err.println(r.source() + ": update rejected: " + r.error()
          + "; the previous version stays live");
    }
    out.flush();
    err.flush();
  }
}
