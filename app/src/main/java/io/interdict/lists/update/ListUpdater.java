package io.interdict.lists.update;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormats;
import io.interdict.lists.ListReader;
import io.interdict.lists.store.ImportResult;
import io.interdict.lists.store.ListSources.FileState;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.lists.store.SourceState;
import io.interdict.model.ListSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads each enabled source from where it is published, checks it, and imports it as the new
 * current version in one transaction. Anything doubtful is rejected and the previous version keeps
 * screening: a failed, truncated or corrupt download, a file the reader refuses, a list with no
 * entities, one that lost more entities than {@link UpdateSettings#maxShrink()} allows, one older
 * than the live version. A rejection is recorded as the source's last error and audited, and the
 * rejected files are kept in {@code WORKDIR/SOURCE.rejected} for inspection.
 *
 * <p>Accepted files are kept in {@code WORKDIR/SOURCE} with their HTTP validators, so the next
 * update asks the server only for what changed (ETag / Last-Modified, 304 Not Modified).
 */
public final class ListUpdater {
  private static final Logger LOG = LoggerFactory.getLogger(ListUpdater.class);

  private final ListStore store;
  private final Path workDir;
  private final UpdateSettings settings;
  private final Downloader downloader;
  private final Clock clock;

  public ListUpdater(ListStore store, Path workDir, UpdateSettings settings) {
    this(store, workDir, settings, Clock.systemUTC());
  }

  public ListUpdater(ListStore store, Path workDir, UpdateSettings settings, Clock clock) {
    this.store = store;
    this.workDir = workDir;
    this.settings = settings;
    this.clock = clock;
    this.downloader = new Downloader(settings.timeout(), settings.maxBytes(), clock);
  }

  /** A running schedule; closing it stops further refreshes. */
  public interface Schedule extends AutoCloseable {
    @Override
    void close();
  }

  /** Updates every enabled source Interdict knows how to download, one after the other. */
  public List<UpdateResult> updateAll(String actor) {
    List<UpdateResult> out = new ArrayList<>();
    for (SourceState s : store.sources().all()) {
      if (s.enabled() && OfficialSources.find(s.source()).isPresent()) {
        out.add(update(s.source(), actor));
      }
    }
    return out;
  }

  /** Updates one source (enabled or not: naming it is asking for it). Never throws for a bad download. */
  public UpdateResult update(String source, String actor) {
    SourceSpec spec = OfficialSources.get(source);
    SourceState state = store.sources().require(source);
    Optional<ListVersion> live = store.current(source);
    List<URI> urls = spec.urls(state.url(), settings.baseUrl());
    Path incoming = null;
    String stage = "download";
    try {
      Files.createDirectories(workDir);
      incoming = Files.createTempDirectory(workDir, source + ".incoming-");
      Path accepted = workDir.resolve(source);
      // Without a live version a 304 would leave nothing to screen: ask unconditionally.
      Map<String, FileState> known = live.isPresent() ? store.sources().files(source) : Map.of();
      List<FileState> files = new ArrayList<>();
      List<String> unchanged = new ArrayList<>();
      for (int i = 0; i < spec.files().size(); i++) {
        String name = spec.files().get(i);
        FileState previous = known.get(name);
        if (previous != null && !Files.isRegularFile(accepted.resolve(name))) {
          previous = null;
        }
        Downloader.Fetched f = downloader.fetch(name, urls.get(i), incoming.resolve(name), previous);
        if (f.notModified()) {
          unchanged.add(name);
          files.add(previous);
        } else {
          files.add(f.state());
        }
      }
      if (unchanged.size() == spec.files().size()) {
        store.sources().recordSuccess(source, clock.instant());
        deleteTree(incoming);
        return new UpdateResult(source, UpdateResult.Outcome.NOT_MODIFIED, null, null, 0);
      }
      // A family is read whole: the files the server did not resend come from the accepted copy.
      for (String name : unchanged) {
        Files.copy(accepted.resolve(name), incoming.resolve(name));
      }
      stage = "read";
      Path path = spec.family() ? incoming : incoming.resolve(spec.files().get(0));
      ListReader reader = ListFormats.detect(path);
      ListSnapshot read = reader.read(path, false);
      ListSnapshot snapshot = new ListSnapshot(read.source(), read.published(), read.checksum(),
          urls.get(0).toString(), read.readAt(), read.entities(), read.warnings());
      stage = "check";
      checkPlausible(source, snapshot, live.orElse(null), settings.maxShrink());
      stage = "import";
      ImportResult imported = store.importSnapshot(snapshot, reader.format(), actor, ListStore.Progress.NONE);
      accept(incoming, accepted, spec.files());
      store.sources().saveFiles(source, files);
      store.sources().recordSuccess(source, clock.instant());
      return new UpdateResult(source, imported.alreadyCurrent() ? UpdateResult.Outcome.ALREADY_CURRENT
          : UpdateResult.Outcome.UPDATED, imported, null, 0);
    } catch (IOException | RuntimeException e) {
      String message = e instanceof InterdictException ? e.getMessage() : e.toString();
      Path rejected = workDir.resolve(source + ".rejected");
      if (incoming != null) {
        // The files move to the rejected folder: name them there, so the message leads to the line.
        message = message.replace(incoming.toString(), rejected.toString());
      }
      LOG.warn("update of {} rejected ({}): {}; the previous version stays live", source, stage, message);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("stage", stage);
      details.put("url", urls.get(0).toString());
      details.put("live_version", live.map(ListVersion::id).orElse(null));
      store.sources().recordFailure(source, clock.instant(), message, actor, details);
      keepRejected(incoming, rejected);
      int code = e instanceof InterdictException ie ? ie.exitCode() : 1;
      return new UpdateResult(source, UpdateResult.Outcome.FAILED, null, message, code);
    }
  }

  /**
   * Refreshes every enabled source every {@code every}, the first time one interval from now.
   */
  public Schedule scheduleEvery(Duration every) {
    return scheduleEvery(every, every, r -> {});
  }

  /**
   * Refreshes every enabled source every {@code every} (measured from the end of one round to the
   * start of the next) on a daemon thread; each result goes to {@code onResult}.
   */
  public Schedule scheduleEvery(Duration every, Duration initialDelay, Consumer<UpdateResult> onResult) {
    if (every.isNegative() || every.isZero()) {
      throw new InterdictException.InvalidInput("update interval must be positive, got " + every);
    }
    ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "interdict-list-updater");
      t.setDaemon(true);
      return t;
    });
    exec.scheduleWithFixedDelay(() -> {
      try {
        for (UpdateResult r : updateAll("scheduler")) {
          LOG.info("scheduled update of {}: {}{}", r.source(), r.outcome(), r.failed() ? " (" + r.error() + ")" : "");
          onResult.accept(r);
        }
      } catch (RuntimeException e) {
        // Keep the schedule alive: one broken round (database down) must not stop later ones.
        LOG.error("scheduled list update failed: {}", e.toString(), e);
      }
    }, initialDelay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return () -> {
      exec.shutdownNow();
      try {
        exec.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /**
   * Rejects a snapshot no publisher would ship: of another source, empty, shrunk by more than
   * {@code maxShrink} against the live version, or published before it.
   */
  static void checkPlausible(String source, ListSnapshot s, ListVersion live, double maxShrink) {
    if (!s.source().equals(source)) {
      throw new InterdictException("downloaded file is a " + s.source() + " list, not " + source);
    }
    if (s.entities().isEmpty()) {
      throw new InterdictException("implausible " + source + " list: it has no entities");
    }
    if (live == null) {
      return;
    }
    int n = s.entities().size();
    if (n < live.entityCount() * (1 - maxShrink)) {
      double drop = 100.0 * (live.entityCount() - n) / live.entityCount();
      throw new InterdictException(String.format(Locale.ROOT,
          "implausible %s list: %d entities where %d are live (%.1f %% fewer, more than the %.0f %% allowed)",
          source, n, live.entityCount(), drop, maxShrink * 100));
    }
    if (s.published() != null && live.published() != null && s.published().isBefore(live.published())) {
      throw new InterdictException("implausible " + source + " list: published " + s.published()
          + ", before the live version's " + live.published());
    }
  }

  private static void accept(Path incoming, Path accepted, List<String> files) throws IOException {
    Files.createDirectories(accepted);
    for (String f : files) {
      Files.move(incoming.resolve(f), accepted.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    deleteTree(incoming);
  }

  private static void keepRejected(Path incoming, Path rejected) {
    if (incoming == null || !Files.exists(incoming)) {
      return;
    }
    try {
      deleteTree(rejected);
      Files.move(incoming, rejected);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot keep rejected files in {}: {}", rejected, e.toString());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
