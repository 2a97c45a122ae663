package io.interdict.stream;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.store.Database;
import io.interdict.lists.ListFormats;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipRegister;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lists a task manager screens against, loaded once per JVM and shared by every parallel subtask in
 * it (the index is read-only, and one copy per slot would multiply the heap). They come from list files,
 * or from the list store the rest of Interdict keeps (PostgreSQL in production), whose current versions
 * {@code interdict lists update} moves only after a list has been read whole; from a store, the entities
 * its ownership register in force makes blocked (the 50 % rule, OFAC) are screened as list entries too.
 *
 * <p>A daemon thread looks every {@code reloadSeconds}; when the files or the store's current versions
 * changed it builds the new index beside the old one and swaps it in only if every list reads cleanly.
 * A truncated or malformed file is logged and the previous lists stay live.
 */
public final class SharedLists {
  private static final Logger LOG = LoggerFactory.getLogger(SharedLists.class);
  private static final Map<Spec, Holder> HOLDERS = new ConcurrentHashMap<>();
  private static final Map<String, Store> STORES = new ConcurrentHashMap<>();
  private static final ScheduledExecutorService RELOADER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "interdict-list-reload");
    t.setDaemon(true);
    return t;
  });

  /**
   * Which lists (files, or a store's JDBC URL), how often to look for changes, and the payment policy
   * file (null: defaults). Strings, so that the spec ships to task managers as it is: each path must be
   * readable there, and the store's user and password are the task manager's {@code INTERDICT_DB_USER}
   * and {@code INTERDICT_DB_PASSWORD}, never part of the job graph.
   */
  public record Spec(List<String> paths, String store, long reloadSeconds, String policy) implements Serializable {
    public Spec {
      paths = List.copyOf(paths);
      if (paths.isEmpty() == (store == null)) {
        throw new InterdictException.InvalidInput("give either --list (one or more) or --store, not both or neither");
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
      h.reloading = RELOADER.scheduleWithFixedDelay(h::reloadIfChanged, spec.reloadSeconds(), spec.reloadSeconds(),
          TimeUnit.SECONDS);
    }
    return h;
  }

  /**
   * Stops following a store and closes its pool (a task manager keeps both for its life; tests, whose
   * store files are deleted afterwards, do not).
   */
  static void closeStore(String url) {
    HOLDERS.entrySet().removeIf(e -> {
      boolean of = url.equals(e.getKey().store());
      if (of && e.getValue().reloading != null) {
        e.getValue().reloading.cancel(false);
      }
      return of;
    });
    Recording.forget(url);
    Store s = STORES.remove(url);
    if (s != null) {
      s.db().close();
    }
  }

  /** Looks at the files now; used by the reload thread and by tests. Returns whether a new version went live. */
  static boolean reloadNow(Spec spec) {
    Holder h = HOLDERS.get(spec);
    return h != null && h.reloadIfChanged();
  }

  private static final class Holder {
    private final Spec spec;
    private volatile Loaded current;
    private ScheduledFuture<?> reloading;

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
        LOG.info("lists {} now at version {} ({} entities)", describe(spec), version, next.entities().size());
        return true;
      } catch (RuntimeException e) {
        LOG.error("lists {} not reloaded, version {} stays live: {}", describe(spec), current.version(), e.getMessage());
        return false;
      }
    }
  }

  /** Reads the lists the version names; throws when any of them does not read cleanly. */
  static Loaded load(Spec spec, String version) {
    List<ListedEntity> all = new ArrayList<>();
    PaymentPolicy policy = spec.policy() == null ? PaymentPolicy.DEFAULT : PaymentPolicy.load(Path.of(spec.policy()));
    if (spec.store() != null) {
      Store store = store(spec);
      String lists = version.substring("store:".length(), version.indexOf(";own:"));
      for (String id : lists.split(",")) {
        if (!id.isEmpty()) {
          all.addAll(store.lists().entities(Long.parseLong(id)));
        }
      }
      if (!version.endsWith(";own:0") && !all.isEmpty()) {
        // entities blocked by ownership under the register in force, as the server's payment screening does
        OwnershipRegister reg = store.ownership().currentRegister().orElseThrow();
        all.addAll(OwnershipAnalysis.analyse(reg, all, Screeners.forEntities(all), policy, OwnershipRule.OFAC)
            .derivedEntities());
      }
    } else {
      for (String p : spec.paths()) {
        all.addAll(ListFormats.read(Path.of(p), false).entities());
      }
    }
    if (all.isEmpty()) {
      throw new InterdictException.InvalidInput("lists " + describe(spec) + " hold no entity");
    }
    Screener screener = Screeners.forEntities(all);
    return new Loaded(version, List.copyOf(all), screener, new PaymentDecider(screener, all, policy));
  }

  /**
   * What identifies the lists as they are now, cheap to take: for a store, the ids of its current list
   * versions and of the ownership register in force ({@code store:12,15;own:3}, {@code own:0} for none);
   * for files, a hash of names, sizes and modification times.
   */
  static String fingerprint(Spec spec) {
    if (spec.store() != null) {
      Store store = store(spec);
      StringBuilder ids = new StringBuilder("store:");
      for (ListVersion v : store.lists().currentVersions()) {
        ids.append(ids.length() > 6 ? "," : "").append(v.id());
      }
      return ids + ";own:" + store.ownership().current().map(OwnershipStore.Version::id).orElse(0L);
    }
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

  private record Store(Database db, ListStore lists, OwnershipStore ownership) {}

  /** One connection pool per store URL and JVM, opened on first use and kept for the JVM's life. */
  private static Store store(Spec spec) {
    return STORES.computeIfAbsent(spec.store(), url -> {
      Database db = Database.jdbc(url, System.getenv("INTERDICT_DB_USER"), System.getenv("INTERDICT_DB_PASSWORD"));
      AuditLog audit = new AuditLog(db.jdbi());
      return new Store(db, new ListStore(db, audit), new OwnershipStore(db.jdbi(), audit, Clock.systemUTC()));
    });
  }

  /** The store's database (its one pool in this JVM), for what the job records there. */
  static Database database(Spec spec) {
    return store(spec).db();
  }

  private static String describe(Spec spec) {
    return spec.store() != null ? "in store " + spec.store() : String.valueOf(spec.paths());
  }
}
