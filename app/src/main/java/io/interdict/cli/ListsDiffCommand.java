package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormats;
import io.interdict.lists.diff.DiffReport;
import io.interdict.lists.diff.DiffResult;
import io.interdict.lists.diff.ListDiff;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict lists diff OLD NEW}: what was added, removed and changed between two versions, each
 * a list file or directory, or a stored version ({@code v12}, {@code us-ofac-sdn@2023-05-19}, or a
 * source id for its current version).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two versions of a list: added, removed and changed entities with the changed fields.",
      "OLD and NEW are list paths (any supported format) or stored versions: v12, us-ofac-sdn@2023-05-19, "
          + "or a source id (its current version)."
    })
final class ListsDiffCommand implements Callable<Integer> {
  enum Format { text, json }

  private static final Pattern VERSION_ID = Pattern.compile("v(\\d+)");
  private static final Pattern AT_DATE = Pattern.compile("([a-z0-9][a-z0-9._-]*)@(\\d{4}-\\d{2}-\\d{2})");

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "OLD") String older;

  @Parameters(index = "1", paramLabel = "NEW") String newer;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private ListsCli.Opened opened;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      long t0 = System.nanoTime();
      // The two sides are independent; reading dominates, so read them side by side.
      CompletableFuture<Side> later = CompletableFuture.supplyAsync(() -> resolve(newer));
      Side a = resolve(older);
      Side b = join(later);
      long t1 = System.nanoTime();
      DiffResult d = ListDiff.compare(a.entities(), b.entities());
      long t2 = System.nanoTime();
      if (format == Format.json) {
        out.println(DiffReport.json(d));
      } else {
        out.println(a.label() + " \u2192 " + b.label() + ": " + d.summary() + " (" + ListsCli.count(d.unchanged())
            + " unchanged)");
        out.print(DiffReport.text(d));
        out.flush();
      }
      // CPU time too: on a loaded machine wall time says more about the neighbours than about the diff.
      err.printf(Locale.ROOT, "diff of %s and %s entities in %d ms (reading %d ms, comparing %d ms; process CPU %d ms)%n",
          ListsCli.count(a.entities().size()), ListsCli.count(b.entities().size()), (t2 - t0) / 1_000_000,
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, processCpuMillis());
      return 0;
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }

  private record Side(String label, List<ListedEntity> entities) {}

  private static Side join(CompletableFuture<Side> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  private Side resolve(String ref) {
    Path p = asExistingPath(ref);
    if (p != null) {
      ListSnapshot s = ListFormats.read(p, false);
      return new Side(s.source() + (s.published() == null ? "" : " " + s.published()) + " (" + p.getFileName() + ")",
          s.entities());
    }
    ListStore store = store();
    ListVersion v;
    Matcher id = VERSION_ID.matcher(ref);
    Matcher at = AT_DATE.matcher(ref);
    if (id.matches()) {
      v = store.version(Long.parseLong(id.group(1)))
          .orElseThrow(() -> new InterdictException.NotFound("no stored list version " + ref));
    } else if (at.matches()) {
      LocalDate date;
      try {
        date = LocalDate.parse(at.group(2));
      } catch (DateTimeParseException e) {
        throw new InterdictException.InvalidInput("'" + at.group(2) + "' in " + ref + " is not a date");
      }
      v = store.version(at.group(1), date).orElseThrow(() -> new InterdictException.NotFound(
          "no stored version of " + at.group(1) + " published on " + date));
    } else if (store.sources().get(ref).isPresent()) {
      v = store.current(ref).orElseThrow(() -> new InterdictException.NotFound(ref + " has no imported version"));
    } else {
      throw new InterdictException.InvalidInput("'" + ref + "' is neither an existing list path nor a stored version "
          + "(v12, us-ofac-sdn@2023-05-19 or a source id)");
    }
    return new Side(v.source() + (v.published() == null ? "" : " " + v.published()) + " (" + v.label() + ")",
        store.entities(v.id()));
  }

  private synchronized ListStore store() {
    if (opened == null) {
      opened = ListsCli.Opened.of(home);
    }
    return opened.store();
  }

  private static long processCpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1_000_000;
    }
    return -1;
  }

  private static Path asExistingPath(String ref) {
    try {
      Path p = Path.of(ref);
      return Files.exists(p) ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
