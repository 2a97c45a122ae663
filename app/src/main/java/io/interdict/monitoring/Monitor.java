package io.interdict.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.cases.AlertCandidate;
import io.interdict.cases.AlertReason;
import io.interdict.cases.AlertService;
import io.interdict.lists.store.EntityCodec;
import io.interdict.lists.store.ListStore;
import io.interdict.match.Match;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import io.interdict.monitoring.CustomerStore.CustomerVersion;
import io.interdict.ownership.OwnershipDerivations;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
import io.interdict.payments.PaymentPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Ongoing monitoring: re-screens only what can have changed since the last run.
 *
 * <ol>
 *   <li>Per list source, when a new version arrived: every customer already screened is screened
 *       against the entries the version added or changed only (a small screener over a handful of
 *       entities, hence fast). Removed entries are not screened; their alerts still under review
 *       are annotated.
 *   <li>Every new or changed customer is screened against the full current lists.
 * </ol>
 *
 * <p>Idempotent and resumable: customers are processed in chunks, and each chunk's alerts commit in
 * one transaction with the progress marker (the last customer id done, or the customer versions'
 * screened flag). A run killed at any point resumes where the last commit left off; the unique
 * constraint on (customer version, entity, list version) guards against a duplicate alert.
 */
public final class Monitor {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param threshold minimum score to alert; NaN for the engine's default
   * @param chunkSize customers per transaction
   * @param maxHitsPerCustomer most alerts one customer can raise against one screener
   * @param actor the user recorded in the audit trail
   */
  public record Options(double threshold, int chunkSize, int maxHitsPerCustomer, String actor) {
    public Options {
      if (!Double.isNaN(threshold) && (threshold <= 0 || threshold > 1)) {
        throw new InterdictException.InvalidInput("threshold " + threshold + " is outside (0, 1]");
      }
      if (chunkSize < 1 || maxHitsPerCustomer < 1) {
        throw new InterdictException.InvalidInput("chunk size and hits per customer must be positive");
      }
    }

    public static Options defaults() {
      return new Options(Double.NaN, 1000, 10, "monitor");
    }

    public Options withThreshold(double t) {
      return new Options(t, chunkSize, maxHitsPerCustomer, actor);
    }

    public Options withChunkSize(int n) {
      return new Options(threshold, n, maxHitsPerCustomer, actor);
    }

    public Options withActor(String a) {
      return new Options(threshold, chunkSize, maxHitsPerCustomer, a);
    }
  }

  /** An alert raised by a run, as the CLI prints it. {@code entityId} is the entity key (source:id). */
  public record NewAlert(long alertId, String customerId, String entityId, double score, String reason) {}

  /**
   * What a run did.
   *
   * @param customersRescreened screened customers checked against changed list entries
   * @param changedEntities added or changed list entries they were checked against
   * @param customersScreened new or changed customers screened against the full lists
   * @param listEntities entries in the full lists
   * @param covered hits already covered by an alert under review
   * @param suppressed hits suppressed by an earlier decision (good-guy list)
   * @param annotated alerts annotated because their entry left the list
   * @param listVersions list versions processed, as {@code source@label}
   */
  public record Result(
      List<NewAlert> alerts, long customersRescreened, int changedEntities, long customersScreened, int listEntities,
      int covered, int suppressed, int annotated, List<String> listVersions, Duration elapsed) {}

  /** Told after every committed chunk (progress bars; tests that stop a run at a chosen point). */
  public interface Listener {
    Listener NONE = (phase, done) -> {};

    void chunkCommitted(String phase, long customersDone);
  }

  private final Jdbi jdbi;
  private final ListChangeSource lists;
  private final Function<List<ListedEntity>, Screener> screeners;
  private final CustomerStore customers;
  private final AlertService alerts;
  private final AuditLog audit;
  private final MonitorState state;
  private final Options options;
  private final Clock clock;

  public Monitor(Jdbi jdbi, ListChangeSource lists, Function<List<ListedEntity>, Screener> screeners, AuditLog audit,
      Options options, Clock clock) {
    this.jdbi = jdbi;
    this.lists = lists;
    this.screeners = screeners;
    this.audit = audit;
    this.options = options;
    this.clock = clock;
    this.customers = new CustomerStore(jdbi, audit, clock);
    this.alerts = new AlertService(jdbi, audit, clock);
    this.state = new MonitorState(jdbi);
  }

  public Monitor(Jdbi jdbi, ListChangeSource lists, Function<List<ListedEntity>, Screener> screeners, AuditLog audit,
      Options options) {
    this(jdbi, lists, screeners, audit, options, Clock.systemUTC());
  }

  /**
   * Monitoring as the CLI and the server run it: the list store, and the entities the ownership
   * register in force blocks under the OFAC rule (with {@code policy} saying which listings block),
   * all in one database. A customer whose id is the register id of a blocked entity hits it whatever
   * its name ({@link RegisterPartyIds}).
   */
  public static Monitor overStore(Jdbi jdbi, ListStore store, AuditLog audit, PaymentPolicy policy, Options options) {
    Clock clock = Clock.systemUTC();
    ListChangeSource lists = new OwnershipChanges(new StoreListChanges(store), new OwnershipStore(jdbi, audit, clock),
        new OwnershipDerivations(jdbi, audit, clock), Screeners::forEntities, policy, OwnershipRule.OFAC,
        options.actor());
    return new Monitor(jdbi, lists, entities -> RegisterPartyIds.over(Screeners.forEntities(entities), entities),
        audit, options, clock);
  }

  /** Customers whose screening is still due: those already screened (for list changes) and those never screened. */
  public record Pending(long screenedCustomers, long unscreenedCustomers) {}

  public Pending pending() {
    return new Pending(customers.countScreened(), customers.countUnscreened());
  }

  public Result run() {
    return run(Listener.NONE);
  }

  /**
   * Runs the pending re-screening. Only one run at a time: a second one fails at once with a
   * Conflict rather than waiting.
   */
  public Result run(Listener listener) {
    try (Handle lock = jdbi.open()) {
      lock.begin();
      try {
        lock.createQuery("SELECT id FROM monitor_lock WHERE id = 1 FOR UPDATE NOWAIT").mapTo(Integer.class).one();
      } catch (JdbiException e) {
        throw new InterdictException.Conflict("another monitoring run is in progress; try again when it has finished");
      }
      try {
        return runLocked(listener);
      } finally {
        lock.rollback();
      }
    }
  }

  private Result runLocked(Listener listener) {
    long start = System.nanoTime();
    Tally t = new Tally();
    for (String source : lists.sources()) {
      rescreenListChanges(source, t, listener);
    }
    screenNewCustomers(t, listener);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Result r = new Result(List.copyOf(t.alerts), t.rescreened, t.changedEntities, t.screened, t.listEntities,
        t.covered, t.suppressed, t.annotated, List.copyOf(t.versions), elapsed);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("alerts", r.alerts().size());
    details.put("customers_rescreened", r.customersRescreened());
    details.put("changed_entities", r.changedEntities());
    details.put("customers_screened", r.customersScreened());
    details.put("suppressed", r.suppressed());
    details.put("annotated", r.annotated());
    details.put("list_versions", r.listVersions());
    details.put("elapsed_ms", elapsed.toMillis());
    audit.append(options.actor(), "monitor.run", "monitoring", details);
    return r;
  }

  /** Finishes any re-screening under way for this source, then processes the newest version if it is new. */
  private void rescreenListChanges(String source, Tally t, Listener listener) {
    while (true) {
      Optional<MonitorState.Progress> progress = state.progress(source);
      ListVersionRef from = state.watermark(source).orElse(null);
      ListVersionRef to;
      String after;
      if (progress.isPresent()) {
        to = progress.get().to();
        after = progress.get().lastCustomerId();
      } else {
        Optional<ListVersionRef> current = lists.current(source);
        if (current.isEmpty() || (from != null && from.id() == current.get().id())) {
          return;
        }
        to = current.get();
        after = null;
      }
      rescreen(from, to, after, t, listener);
    }
  }

  private void rescreen(ListVersionRef from, ListVersionRef to, String after, Tally t, Listener listener) {
    ListDelta delta = lists.diff(from, to);
    List<ListedEntity> screenable = new ArrayList<>(delta.added());
    screenable.addAll(delta.changed());
    Map<String, AlertReason> reasons = new HashMap<>();
    AlertReason added = lists.addedReason(to.source());
    delta.added().forEach(e -> reasons.put(e.key(), added));
    delta.changed().forEach(e -> reasons.put(e.key(), AlertReason.CHANGED_LIST_ENTRY));
    Map<String, ListVersionRef> versionOf = Map.of(to.source(), to);
    String phase = "list " + to.source() + "@" + to.label();
    // Before any customer is screened in full there is nothing to re-screen (the first list version, typically).
    if (!screenable.isEmpty() && customers.countScreened() > 0) {
      Screener screener = screeners.apply(screenable);
      String cursor = after;
      long done = 0;
      while (true) {
        List<CustomerVersion> chunk = customers.screenedAfter(cursor, options.chunkSize());
        if (chunk.isEmpty()) {
          break;
        }
        List<List<Match>> hits = screen(screener, chunk);
        String last = chunk.get(chunk.size() - 1).customerId();
        jdbi.useTransaction(h -> {
          raiseAll(h, chunk, hits, m -> reasons.get(m.entity().key()), versionOf, t);
          MonitorState.saveProgress(h, to.source(), from, to, last, clock.instant());
        });
        cursor = last;
        done += chunk.size();
        t.rescreened += chunk.size();
        listener.chunkCommitted(phase, done);
      }
      t.changedEntities += screenable.size();
    }
    jdbi.useTransaction(h -> {
      int annotated = 0;
      for (String key : delta.removed()) {
        annotated += alerts.annotateRemoved(h, key, to.label(), options.actor());
      }
      t.annotated += annotated;
      MonitorState.finish(h, to, clock.instant());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("from", from == null ? null : from.label());
      details.put("to", to.label());
      details.put("added", delta.added().size());
      details.put("changed", delta.changed().size());
      details.put("removed", delta.removed().size());
      details.put("alerts_annotated", annotated);
      audit.append(h, options.actor(), "monitor.list_version", "list:" + to.source(), details);
    });
    t.versions.add(to.source() + "@" + to.label());
  }

  private void screenNewCustomers(Tally t, Listener listener) {
    if (customers.countUnscreened() == 0) {
      return;
    }
    // Only the sources screening uses now (a disabled source keeps its watermark but is not screened).
    List<String> active = lists.sources();
    List<ListVersionRef> marks = new ArrayList<>();
    for (ListVersionRef v : state.watermarks()) {
      if (active.contains(v.source())) {
        marks.add(v);
      }
    }
    if (marks.isEmpty()) {
      // No list yet: customers stay due and are screened in full once a list arrives.
      return;
    }
    Map<String, ListVersionRef> versionOf = new HashMap<>();
    List<ListedEntity> all = new ArrayList<>();
    for (ListVersionRef v : marks) {
      versionOf.put(v.source(), v);
      all.addAll(lists.entities(v));
    }
    t.listEntities = all.size();
    Screener screener = screeners.apply(all);
    long done = 0;
    while (true) {
      List<CustomerVersion> chunk = customers.unscreened(options.chunkSize());
      if (chunk.isEmpty()) {
        break;
      }
      List<List<Match>> hits = screen(screener, chunk);
      jdbi.useTransaction(h -> {
        raiseAll(h, chunk, hits, null, versionOf, t);
        CustomerStore.markScreened(h, chunk, clock.instant());
      });
      done += chunk.size();
      t.screened += chunk.size();
      listener.chunkCommitted("customers", done);
    }
  }

  private List<List<Match>> screen(Screener screener, List<CustomerVersion> chunk) {
    double threshold = Double.isNaN(options.threshold()) ? screener.defaultThreshold() : options.threshold();
    // Screeners are read-only and thread-safe; a chunk is screened on all cores.
    return chunk.parallelStream()
        .map(v -> screener.screen(v.customer().query(), threshold, options.maxHitsPerCustomer()))
        .toList();
  }

  /** {@code entityReason} null: the reason comes from the customer (new or changed). */
  private void raiseAll(Handle h, List<CustomerVersion> chunk, List<List<Match>> hits,
      Function<Match, AlertReason> entityReason, Map<String, ListVersionRef> versionOf, Tally t) {
    for (int i = 0; i < chunk.size(); i++) {
      CustomerVersion v = chunk.get(i);
      for (Match m : hits.get(i)) {
        ListedEntity e = m.entity();
        ListVersionRef lv = versionOf.get(e.source());
        if (lv == null) {
          throw new IllegalStateException("entity " + e.key() + " is from no list version being screened");
        }
        AlertReason reason = entityReason != null ? entityReason.apply(m)
            : v.reopened() ? AlertReason.REOPENED_CUSTOMER
            : v.version() == 1 ? AlertReason.NEW_CUSTOMER : AlertReason.CHANGED_CUSTOMER;
        AlertCandidate c = new AlertCandidate(v.customerId(), v.versionId(), v.contentHash(), e.key(), e.primaryName(),
            EntityCodec.hash(e), lv.source(), lv.id(), lv.label(), m.score(), m.matchedName().value(),
            explanationJson(m), reason);
        AlertService.Raised r = alerts.raise(h, c, options.actor());
        switch (r.outcome()) {
          case RAISED:
            t.alerts.add(new NewAlert(r.alert().id(), v.customerId(), e.key(), r.alert().score(), r.alert().reason().label()));
            break;
          case COVERED_BY_OPEN_ALERT:
            t.covered++;
            break;
          case SUPPRESSED_BY_DECISION:
            t.suppressed++;
            break;
          default:
            throw new IllegalStateException("unhandled outcome " + r.outcome());
        }
      }
    }
  }

  private static String explanationJson(Match m) {
    try {
      return JSON.writeValueAsString(m.explanation());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the explanation of a hit on " + m.entity().key(), e);
    }
  }

  /** Running totals of one run. */
  private static final class Tally {
    final List<NewAlert> alerts = new ArrayList<>();
    final List<String> versions = new ArrayList<>();
    long rescreened;
    long screened;
    int changedEntities;
    int listEntities;
    int covered;
    int suppressed;
    int annotated;
  }
}
