package io.interdict.cli;

import io.interdict.lists.DemoList;
import io.interdict.match.Match;
import io.interdict.match.MatchEngine;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.match.eval.BenchLists;
import io.interdict.match.eval.EntityChecks;
import io.interdict.match.eval.NameBenchCases;
import io.interdict.match.eval.PairCase;
import io.interdict.match.eval.PairEval;
import io.interdict.match.eval.PersonRow;
import io.interdict.match.eval.ScriptSplit;
import io.interdict.match.eval.Spearman;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code interdict bench}: measures the matching engine on the evaluation sets in the shared data
 * folder and compares it, in the same run, with the brute-force Jaro-Winkler baseline. Prints one
 * table of figures; sets that are absent are reported as skipped.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure matching quality and speed (name bench, UN recall, false alerts, throughput, latency).")
public final class BenchCommand implements Callable<Integer> {
  static final int BASELINE_POSITIVES = 300;
  static final long SEED = 20260227L;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--shared", description = "Shared data folder (default: ../shared).", defaultValue = "../shared")
  Path shared;

  @Option(names = "--quick", description = "Smaller samples (10,000 negatives, 500 baseline) for a fast look.")
  boolean quick;

  @Option(names = "--baseline-sample", defaultValue = "1000",
      description = "Random clean names the slow brute-force baseline screens (default: 1000; it cannot do 100,000 in a bench run).")
  int baselineSample;

  @Option(names = "--threads", description = "Threads for batch throughput (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threshold", paramLabel = "T",
      description = "Alert threshold to measure at (default: the engine's, " + MatchEngine.DEFAULT_THRESHOLD + ").")
  double threshold = MatchEngine.DEFAULT_THRESHOLD;

  @Option(names = "--errors", paramLabel = "DIR",
      description = "Write every wrong decision (name bench, entity checks, UN and script misses, false alerts) with its explanation to files in DIR.")
  Path errors;

  @Option(names = "--only", split = ",", paramLabel = "SECTION",
      description = "Run only these sections: names, entities, un, scripts, negatives, sls (default: all).")
  Set<String> only;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    Path eval = shared.resolve("eval");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new io.interdict.InterdictException.InvalidInput("--threshold must be in (0, 1], got " + threshold);
    }
    double t = threshold;
    out.printf(Locale.ROOT, "Interdict matching bench — threshold %.2f%s, %d threads, %s%n", t,
        t == MatchEngine.DEFAULT_THRESHOLD ? " (default)" : "", threads,
        quick ? "quick samples" : "full sets");

    List<ListedEntity> entities;
    boolean real = BenchLists.available(shared);
    if (real) {
      entities = BenchLists.sdnAndUn(shared);
      out.printf(Locale.ROOT, "Lists: OFAC SDN 2023-05-23 (+ 2025 aliases) and UN consolidated: %,d entities%n", entities.size());
    } else {
      entities = DemoList.snapshot().entities();
      out.printf("Lists: shared lists absent under %s, using the bundled demo list (%d entities)%n", shared, entities.size());
    }
    long b0 = System.nanoTime();
    MatchEngine engine = MatchEngine.build(entities);
    long coldMs = (System.nanoTime() - b0) / 1_000_000;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long b1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    engine = MatchEngine.build(entities);
    long warmMs = (System.nanoTime() - b1) / 1_000_000;
    long warmCpuMs = (mx.getCurrentThreadCpuTime() - c1) / 1_000_000;
    long heapMb = retainedHeapMb();
    out.printf(Locale.ROOT, "Index: %,d names, %,d vocabulary units; build %,d ms wall, %,d ms CPU (first in JVM, incl. table loading: %,d ms); heap after build %,d MB (max %,d MB)%n",
        engine.nameCount(), engine.vocabularySize(), warmMs, warmCpuMs, coldMs, heapMb, Runtime.getRuntime().maxMemory() >> 20);
    JaroWinklerScanScreener baseline = new JaroWinklerScanScreener(entities);

    if (errors != null) {
      Files.createDirectories(errors);
    }
    if (runs("names")) {
      pairSet("Name bench", eval.resolve("nomenklatura/name_bench_cases.csv"), NameBenchCases::read,
          "name_bench.txt", "; anchor logic-v2: 0.775", engine, t);
    }
    if (runs("entities")) {
      pairSet("Entity checks", eval.resolve("nomenklatura/entity_checks.yml"), EntityChecks::read,
          "entity_checks.txt", "", engine, t);
    }
    if (real) {
      if (runs("un")) {
        unRecall(engine, baseline, entities, eval.resolve("yente"), t);
      }
      if (runs("scripts")) {
        scripts(engine, baseline, entities, eval.resolve("nomenklatura/multiscript_aliases_putin.txt"), t);
      }
      if (runs("negatives")) {
        falseAlerts(engine, entities, baseline, eval.resolve("yente"), t);
      }
    } else {
      out.println("UN recall, false alerts, throughput: skipped (need the shared SDN and UN lists)");
    }
    if (runs("sls")) {
      slsCorrelation(engine, eval.resolve("nomenklatura/ofac_sls_fixtures.csv"));
    }
    return 0;
  }

  private boolean runs(String section) {
    return only == null || only.isEmpty() || only.contains(section);
  }

  private void writeErrors(String file, List<String> lines) throws java.io.IOException {
    if (errors != null) {
      Files.write(errors.resolve(file), lines, StandardCharsets.UTF_8);
    }
  }

  private static String describe(List<Match> hits) {
    StringBuilder sb = new StringBuilder();
    for (Match m : hits) {
      sb.append(String.format(Locale.ROOT, "%n    %.3f %s %s", m.score(), m.entity().key(), m.explanation().summary()));
    }
    return sb.toString();
  }

  /** Reads a labelled pair set. */
  private interface PairReader {
    List<PairCase> read(Path file) throws java.io.IOException;
  }

  /** Accuracy on one labelled pair set, with the baseline's, its wrong cases written to {@code errorsFile}. */
  private void pairSet(String title, Path file, PairReader reader, String errorsFile, String anchor,
      MatchEngine engine, double t) throws Exception {
    if (!Files.isRegularFile(file)) {
      out.println(title + ": skipped (" + file + " absent)");
      return;
    }
    List<PairCase> cases = reader.read(file);
    PairEval ours = PairEval.run(engine, cases, t);
    writeErrors(errorsFile, ours.errors());
    out.printf(Locale.ROOT, "%s (%d pairs): accuracy %.3f (TP %d TN %d FP %d FN %d); JW baseline at 0.85: %.3f%s%n",
        title, ours.total(), ours.accuracy(), ours.tp(), ours.tn(), ours.fp(), ours.fn(), baselinePairs(cases), anchor);
  }

  private static double baselinePairs(List<PairCase> cases) {
    int right = 0;
    for (PairCase c : cases) {
      JaroWinklerScanScreener jw = new JaroWinklerScanScreener(List.of(c.candidate()));
      boolean hit = !jw.screen(c.query(), jw.defaultThreshold(), 1).isEmpty();
      if (hit == c.match()) {
        right++;
      }
    }
    return cases.isEmpty() ? 0 : (double) right / cases.size();
  }

  /** The SDN entry whose written forms {@code multiscript_aliases_putin.txt} lists. */
  static final String PUTIN = "PUTIN, Vladimir Vladimirovich";

  /**
   * Recall over one listed person's name as the world writes it: 81 spellings of Vladimir Putin in
   * 20-odd scripts and languages (nomenklatura's set), each screened alone; found when his SDN entry
   * is among the hits.
   */
  private void scripts(MatchEngine engine, Screener baseline, List<ListedEntity> entities, Path file, double t)
      throws Exception {
    if (!Files.isRegularFile(file)) {
      out.println("Multi-script spellings: skipped (" + file + " absent)");
      return;
    }
    Set<String> intended = new HashSet<>();
    for (ListedEntity e : entities) {
      if (e.names().stream().anyMatch(n -> n.value().equals(PUTIN))) {
        intended.add(e.key());
      }
    }
    if (intended.isEmpty()) {
      out.println("Multi-script spellings: skipped (no entry named " + PUTIN + " on the lists)");
      return;
    }
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        names.add(line.strip());
      }
    }
    int found = 0;
    int baseFound = 0;
    List<String> misses = new ArrayList<>();
    for (String name : names) {
      Query q = Query.name(name);
      if (hitsAny(engine.screen(q, t, 25), intended)) {
        found++;
      } else {
        misses.add(name + " | near misses:" + describe(engine.screen(q, 0.5, 3)));
      }
      if (hitsAny(baseline.screen(q, baseline.defaultThreshold(), 25), intended)) {
        baseFound++;
      }
    }
    out.printf(Locale.ROOT, "Multi-script spellings of one listed person (%d, %s): found %d (recall %.3f); JW baseline at 0.85: %d%n",
        names.size(), PUTIN, found, (double) found / names.size(), baseFound);
    arabicScriptNames(entities, t, misses);
    writeErrors("script_misses.txt", misses);
  }

  /**
   * The listed names written in Arabic script (the UN list gives many persons' names in it), each
   * screened against the lists with every name not in Latin letters removed: found when its own
   * entity is among the hits, so only through the entity's Latin names.
   */
  private void arabicScriptNames(List<ListedEntity> entities, double t, List<String> misses) throws Exception {
    List<ListedEntity> latinOnly = ScriptSplit.latinNamesOnly(entities);
    Map<String, List<String>> arabic = ScriptSplit.arabicScriptNames(entities);
    MatchEngine engine = MatchEngine.build(latinOnly);
    List<String[]> pairs = new ArrayList<>(); // name, intended entity key
    arabic.forEach((key, list) -> list.forEach(name -> pairs.add(new String[] {name, key})));
    int found = 0;
    for (String[] p : pairs) {
      Query q = Query.name(p[0]);
      if (hitsAny(engine.screen(q, t, 25), Set.of(p[1]))) {
        found++;
      } else {
        misses.add("(Arabic script, Latin names only) " + p[0] + " | intended " + p[1] + " | near misses:"
            + describe(engine.screen(q, 0.5, 3)));
      }
    }
    // The brute-force baseline takes a second a name here: a random sample.
    JaroWinklerScanScreener baseline = new JaroWinklerScanScreener(latinOnly);
    List<String[]> sample = new ArrayList<>(pairs);
    Collections.shuffle(sample, new Random(SEED));
    sample = sample.subList(0, Math.min(sample.size(), 100));
    int baseFound = 0;
    for (String[] p : sample) {
      if (hitsAny(baseline.screen(Query.name(p[0]), baseline.defaultThreshold(), 25), Set.of(p[1]))) {
        baseFound++;
      }
    }
    out.printf(Locale.ROOT, "Listed names in Arabic script (%d, of %d entities) against the Latin names alone: found %d (recall %.3f); JW baseline at 0.85 (random %d): %d%n",
        pairs.size(), arabic.size(), found, pairs.isEmpty() ? 0 : (double) found / pairs.size(), sample.size(), baseFound);
  }

  private void unRecall(MatchEngine engine, Screener baseline, List<ListedEntity> entities, Path yente, double t)
      throws Exception {
    Path treated = yente.resolve("positives_un_treated.csv");
    Path untreated = yente.resolve("positives_un_untreated.csv");
    if (!Files.isRegularFile(treated) || !Files.isRegularFile(untreated)) {
      out.println("UN recall: skipped (yente positives absent)");
      return;
    }
    List<PersonRow> damaged = PersonRow.read(treated);
    List<PersonRow> clean = PersonRow.read(untreated);
    Map<String, Set<String>> byName = new HashMap<>();
    for (ListedEntity e : entities) {
      if (!e.source().equals("un-sc")) {
        continue;
      }
      for (Name n : e.names()) {
        byName.computeIfAbsent(nameKey(n.value()), k -> new HashSet<>()).add(e.key());
      }
    }
    int mapped = 0;
    int found = 0;
    int foundName = 0;
    List<String> misses = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < damaged.size() && i < clean.size(); i++) {
      Set<String> intended = byName.get(nameKey(clean.get(i).fullName()));
      if (intended == null) {
        continue;
      }
      mapped++;
      rows.add(i);
      List<Match> hits = engine.screen(damaged.get(i).fullQuery(), t, 25);
      if (hitsAny(hits, intended)) {
        found++;
      } else {
        misses.add(damaged.get(i).fullName() + " | intended " + clean.get(i).fullName() + " " + intended
            + " | near misses:" + describe(engine.screen(damaged.get(i).fullQuery(), 0.5, 3)));
      }
      if (hitsAny(engine.screen(damaged.get(i).nameQuery(), t, 25), intended)) {
        foundName++;
      } else {
        misses.add("(name only) " + damaged.get(i).fullName() + " | intended " + clean.get(i).fullName() + " " + intended
            + " | near misses:" + describe(engine.screen(damaged.get(i).nameQuery(), 0.5, 3)));
      }
    }
    writeErrors("un_misses.txt", misses);
    Collections.shuffle(rows, new Random(SEED));
    List<Integer> sample = rows.subList(0, Math.min(rows.size(), quick ? 100 : Math.min(BASELINE_POSITIVES, baselineSample)));
    int baseFound = 0;
    for (int i : sample) {
      Set<String> intended = byName.get(nameKey(clean.get(i).fullName()));
      if (hitsAny(baseline.screen(damaged.get(i).nameQuery(), baseline.defaultThreshold(), 25), intended)) {
        baseFound++;
      }
    }
    out.printf(Locale.ROOT, "UN damaged names (%d of %d rows mapped to a UN entry): recall %.4f with DOB/nationality, %.4f name only; JW baseline at 0.85 (random %d): %.4f%n",
        mapped, damaged.size(), ratio(found, mapped), ratio(foundName, mapped), sample.size(), ratio(baseFound, sample.size()));
  }

  private void falseAlerts(MatchEngine engine, List<ListedEntity> entities, Screener baseline, Path yente, double t)
      throws Exception {
    List<PersonRow> negatives = new ArrayList<>();
    for (String f : new String[] {"negatives_global.csv", "negatives_us.csv"}) {
      Path p = yente.resolve(f);
      if (Files.isRegularFile(p)) {
        negatives.addAll(PersonRow.read(p));
      }
    }
    if (negatives.isEmpty()) {
      out.println("False alerts: skipped (yente negatives absent)");
      return;
    }
    if (quick) {
      Collections.shuffle(negatives, new Random(SEED));
      negatives = negatives.subList(0, 10_000);
    }
    List<Query> names = new ArrayList<>();
    List<Query> full = new ArrayList<>();
    for (PersonRow r : negatives) {
      names.add(r.nameQuery());
      full.add(r.fullQuery());
    }
    // Warm-up as JMH does it: untimed passes over the whole set, each on its own engine so that memo
    // misses run as often as in a timed pass, until the JIT has settled (the second pass is still some
    // 15% faster than the first). Each timed run then uses a freshly built engine, as after a list
    // update: no memo (romanised names, similar tokens) holds the timed names from an earlier pass.
    batch(engine, names, t, threads);
    batch(MatchEngine.build(entities), names, t, threads);
    Run one = batch(MatchEngine.build(entities), names, t, 1);
    Run all = batch(MatchEngine.build(entities), names, t, threads);
    int alertsName = all.alerts();
    int alertsFull = batch(engine, full, t, threads).alerts();
    if (errors != null) {
      List<String> alerts = new ArrayList<>();
      for (Query q : names) {
        List<Match> hits = engine.screen(q, t, 3);
        if (!hits.isEmpty()) {
          alerts.add(q.name() + describe(hits));
        }
      }
      writeErrors("false_alerts.txt", alerts);
    }
    double perSec = all.perSecond();
    out.printf(Locale.ROOT, "Clean names (%,d, many scripts): false-alert rate %.3f%% name only, %.3f%% with DOB/nationality/gender%n",
        names.size(), 100.0 * alertsName / names.size(), 100.0 * alertsFull / names.size());
    Path congress = yente.resolve("positives_us_congress_untreated.csv");
    if (Files.isRegularFile(congress)) {
      List<Query> cq = new ArrayList<>();
      for (PersonRow r : PersonRow.read(congress)) {
        cq.add(r.nameQuery());
      }
      out.printf(Locale.ROOT, "US Congress names (%,d, not sanctioned): false-alert rate %.2f%%%n", cq.size(),
          100.0 * batch(engine, cq, t, threads).alerts() / cq.size());
    }
    long[] lat = one.latencies();
    Arrays.sort(lat);
    out.printf(Locale.ROOT, "Throughput (%,d distinct names; fresh engine per run, after two untimed warm-up passes): 1 thread %,.0f names/s (%.0f us CPU per name); %d threads %,.0f names/s (%.0f us CPU per name, %.2fx the 1-thread rate); latency on 1 thread p50 %.3f ms, p99 %.3f ms (wall); process CPU incl. GC and JIT %.0f us per name%n",
        names.size(), one.perSecond(), one.cpuMicrosPerName(), threads, perSec, all.cpuMicrosPerName(),
        perSec / one.perSecond(), lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6,
        all.processCpuMicrosPerName());
    out.printf(Locale.ROOT, "Machine load while measuring: %.1f (load average over %d cores; wall-clock figures are shared with other processes)%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());

    List<Query> sample = new ArrayList<>(names);
    Collections.shuffle(sample, new Random(SEED));
    sample = sample.subList(0, Math.min(sample.size(), quick ? Math.min(300, baselineSample) : baselineSample));
    long j0 = System.nanoTime();
    int baseAlerts = batch(baseline, sample, baseline.defaultThreshold(), threads).alerts();
    double baseSecs = (System.nanoTime() - j0) / 1e9;
    double basePerSec = sample.size() / baseSecs;
    out.printf(Locale.ROOT, "JW baseline at 0.85 (random %,d clean names): false-alert rate %.2f%%, %,.1f names/s on %d threads; engine/baseline throughput ratio %,.0fx%n",
        sample.size(), 100.0 * baseAlerts / sample.size(), basePerSec, threads, perSec / basePerSec);
  }

  /**
   * One batch run: queries with at least one hit, wall and summed screening-thread CPU time, CPU time
   * of the whole process (GC and JIT threads too), and each query's wall time on a single thread.
   */
  record Run(int names, int alerts, long wallNanos, long cpuNanos, long processCpuNanos, long[] latencies) {
    double perSecond() {
      return names / (wallNanos / 1e9);
    }

    double cpuMicrosPerName() {
      return cpuNanos / 1e3 / names;
    }

    double processCpuMicrosPerName() {
      return processCpuNanos / 1e3 / names;
    }
  }

  /** Screens all queries on {@code threads} threads, each taking the next unscreened query. */
  private static Run batch(Screener s, List<Query> queries, double t, int threads) throws Exception {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] lat = threads == 1 ? new long[queries.size()] : null;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      AtomicInteger alerts = new AtomicInteger();
      List<Future<Long>> fs = new ArrayList<>();
      long p0 = processCpuNanos();
      long w0 = System.nanoTime();
      for (int k = 0; k < threads; k++) {
        fs.add(pool.submit(() -> {
          long c0 = mx.getCurrentThreadCpuTime();
          for (int i; (i = next.getAndIncrement()) < queries.size(); ) {
            long a = System.nanoTime();
            if (!s.screen(queries.get(i), t, 10).isEmpty()) {
              alerts.incrementAndGet();
            }
            if (lat != null) {
              lat[i] = System.nanoTime() - a;
            }
          }
          return mx.getCurrentThreadCpuTime() - c0;
        }));
      }
      long cpu = 0;
      for (Future<Long> f : fs) {
        cpu += f.get();
      }
      long wall = System.nanoTime() - w0;
      return new Run(queries.size(), alerts.get(), wall, cpu, processCpuNanos() - p0, lat);
    } finally {
      pool.shutdown();
    }
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private void slsCorrelation(MatchEngine engine, Path file) throws Exception {
    if (!Files.isRegularFile(file)) {
      out.println("OFAC SLS correlation: skipped (" + file + " absent)");
      return;
    }
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        double ofac = Double.parseDouble(rec.get("ofac_score"));
        if (ofac < 0) {
          continue; // not returned by OFAC's tool at its slider: no score to compare
        }
        ListedEntity e = ListedEntity.builder("sls", Long.toString(rec.getRecordNumber()), EntityType.ANY)
            .name(rec.get("result_name"), NameType.PRIMARY).build();
        ours.add(engine.compare(Query.name(rec.get("query_name")), e).explanation().nameScore());
        theirs.add(ofac);
      }
    }
    double rho = Spearman.of(ours.stream().mapToDouble(Double::doubleValue).toArray(),
        theirs.stream().mapToDouble(Double::doubleValue).toArray());
    out.printf(Locale.ROOT, "OFAC Sanctions List Search fixtures (%d scored pairs): Spearman rank correlation %.3f (information)%n",
        ours.size(), rho);
  }

  private static boolean hitsAny(List<Match> hits, Set<String> keys) {
    for (Match m : hits) {
      if (keys.contains(m.entity().key())) {
        return true;
      }
    }
    return false;
  }

  /** Upper-case letter tokens, sorted: the same name in any word order. */
  static String nameKey(String s) {
    String[] t = s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ");
    Arrays.sort(t);
    return String.join(" ", t);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static long retainedHeapMb() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }
}
