package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormats;
import io.interdict.lists.ListReader;
import io.interdict.lists.store.ImportResult;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.SourceState;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict lists import PATH}: a list file (or OFAC CSV directory) becomes its source's current version. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import a list file (or an OFAC CSV family directory) as the new current version of its source.")
final class ListsImportCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "PATH", description = "List file or directory, in any supported format.")
  Path path;

  @Option(names = "--source", paramLabel = "NAME", description = "Store under this source id instead of the reader's.")
  String source;

  @Option(names = "--lenient", description = "Skip malformed rows (listed as warnings) instead of rejecting the file.")
  boolean lenient;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (source != null && !source.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw new InterdictException.InvalidInput("--source '" + source
          + "' is not a source id (lower-case letters, digits, '.', '_', '-'; e.g. us-ofac-sdn)");
    }
    ListReader reader = ListFormats.detect(path);
    ListSnapshot snapshot;
    try (ProgressBar bar = ListsCli.progress("reading " + path.getFileName(), -1)) {
      snapshot = reader.read(path, lenient);
    }
    if (source != null && !source.equals(snapshot.source())) {
      snapshot = renamed(snapshot, source);
    }
    for (String w : snapshot.warnings()) {
      err.println("warning: " + w);
    }
    if (snapshot.entities().isEmpty()) {
      throw new InterdictException.InvalidInput(path + " holds no entities: not imported");
    }
    try (ListsCli.Opened o = ListsCli.Opened.of(home)) {
      ImportResult r;
      try (ProgressBar bar = snapshot.entities().size() > 2000
          ? ListsCli.progress("storing", 3L * snapshot.entities().size()) : null) {
        ListStore.Progress progress = bar == null ? ListStore.Progress.NONE : (done, total) -> bar.stepTo(done);
        r = o.store().importSnapshot(snapshot, reader.format(), ListsCli.actor(), progress);
      }
      String s = snapshot.source();
      if (r.alreadyCurrent()) {
        out.println(s + ": already current (" + r.version().label() + ", same checksum); nothing imported");
      } else {
        out.println(s + " " + r.version().label() + ": " + ListsCli.count(r.version().entityCount()) + " entities"
            + (r.version().published() == null ? "" : ", published " + r.version().published())
            + " (" + r.version().format() + "); "
            + (r.previous() == null ? "first version" : r.diff() + " against " + r.previous().label()));
      }
      if (!snapshot.warnings().isEmpty()) {
        err.println(snapshot.warnings().size() + " malformed rows skipped (--lenient)");
      }
      SourceState state = o.store().sources().require(s);
      if (!state.enabled()) {
        err.println("note: source " + s + " is disabled, so it is not screened; enable it with 'interdict lists source "
            + s + " --enable'");
      }
      return 0;
    }
  }

  private static ListSnapshot renamed(ListSnapshot s, String source) {
    List<ListedEntity> entities = new ArrayList<>(s.entities().size());
    for (ListedEntity e : s.entities()) {
      entities.add(new ListedEntity(source, e.sourceId(), e.type(), e.names(), e.programs(), e.birthDates(),
          e.birthPlaces(), e.nationalities(), e.citizenships(), e.gender(), e.addresses(), e.identifiers(),
          e.vessel(), e.title(), e.remarks(), e.relations()));
    }
    return new ListSnapshot(source, s.published(), s.checksum(), s.origin(), s.readAt(), entities, s.warnings());
  }
}
