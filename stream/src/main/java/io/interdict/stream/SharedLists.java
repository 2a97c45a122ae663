package io.interdict.stream;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormats;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentPolicy;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lists a task manager screens against, loaded once per JVM and shared by every parallel subtask in
 * it (the index is read-only, and one copy per slot would multiply the heap). A daemon thread looks at
 * the list files every {@code reloadSeconds}; when they changed it builds the new index beside the old
 * one and swaps it in only if every file reads cleanly. A truncated or malformed file is logged and the
 * previous lists stay live.
 */
public final class SharedLists {
  private static final Logger LOG = LoggerFactory.getLogger(SharedLists.class);
  private static final Map<Spec, Holder> HOLDERS = new ConcurrentHashMap<>();
  private static final ScheduledExecutorService RELOADER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "interdict-list-reload");
    t.setDaemon(true);
    return t;
  });

  /**
   * Which lists, how often to look for changes, and the payment policy file (null: defaults).
   * Paths are strings so that the spec ships to task managers as it is; each must be readable there.
   */
  public record Spec(List<String> paths, long reloadSeconds, String policy) implements Serializable {
    public Spec {
      paths = List.copyOf(paths);
      if (paths.isEmpty()) {
        throw new InterdictException.InvalidInput("at least one --list is needed");
      }
      if (reloadSeconds < 0) {
        throw new InterdictException.InvalidInput("--reload-seconds must not be negative, got " + reloadSeconds);
      }
    }
  }

  /** One loaded version: its entities, index and payment decider, and the fingerprint of its files. */
  public record Loaded(String version, List<ListedEntity> entities, Screener screener, PaymentDecider decider) {}

  private SharedLists() {}

  /** The current version for this spec, loading it the first time (and failing then if it cannot). */
  public static Loaded get(Spec spec) {
    return HOLDERS.computeIfAbsent(spec, SharedLists::start).current;
  }

  private static Holder start(Spec spec) {
    Holder h = new Holder(spec, load(spec, fingerprint(spec)));
    if (spec.reloadSeconds() > 0) {
      RELOADER.scheduleWithFixedDelay(h::reloadIfChanged, spec.reloadSeconds(), spec.reloadSeconds(), TimeUnit.SECONDS);
    }
    return h;
  }

  /** Looks at the files now; used by the reload thread and by tests. Returns whether a new version went live. */
  static boolean reloadNow(Spec spec) {
    Holder h = HOLDERS.get(spec);
    return h != null && h.reloadIfChanged();
  }

  private static final class Holder {
    private final Spec spec;
    private volatile Loaded current;

    Holder(Spec spec, Loaded first) {
      this.spec = spec;
      this.current = first;
    }

    synchronized boolean reloadIfChanged() {
      try {
        String version = fingerprint(spec);
        if (version.equals(current.version())) {
          return false;
        }
        Loaded next = load(spec, version);
        current = next;
        LOG.info("lists {} now at version {} ({} entities)", spec.paths(), version, next.entities().size());
        return true;
      } catch (RuntimeException e) {
        LOG.error("lists {} not reloaded, version {} stays live: {}", spec.paths(), current.version(), e.getMessage());
        return false;
      }
    }
  }

  static Loaded load(Spec spec, String version) {
    List<ListedEntity> all = new ArrayList<>();
    for (String p : spec.paths()) {
      all.addAll(ListFormats.read(Path.of(p), false).entities());
    }
    Screener screener = Screeners.forEntities(all);
    PaymentPolicy policy = spec.policy() == null ? PaymentPolicy.DEFAULT : PaymentPolicy.load(Path.of(spec.policy()));
    return new Loaded(version, List.copyOf(all), screener, new PaymentDecider(screener, all, policy));
  }

  /** Names, sizes and modification times of every list file: cheap to take, changes with any update. */
  static String fingerprint(Spec spec) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : spec.paths()) {
        Path path = Path.of(p);
        if (!Files.exists(path)) {
          throw new InterdictException.InvalidInput("list path does not exist: " + p);
        }
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update((f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n")
              .getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest(), 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
