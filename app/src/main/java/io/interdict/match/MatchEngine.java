package io.interdict.match;

import io.interdict.match.names.Acronyms;
import io.interdict.match.text.PersianZ;
import io.interdict.match.names.NameAlternatives;
import io.interdict.match.names.NameAnalyzer;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interdict's screening engine: name analysis ({@link NameAnalyzer}), a candidate index that never
 * misses what a full scan would find ({@link CandidateIndex}), a rarity-weighted token alignment
 * scorer ({@link NameScorer}), secondary attributes ({@link Attributes}) and identifiers, with an
 * {@link Explanation} for every hit. Built once per list version; immutable and thread-safe.
 */
public final class MatchEngine implements Screener {
  /**
   * The recommended alert threshold, chosen from the measurements in the README (name benchmark
   * accuracy, recall of damaged UN names, false alerts on clean names).
   */
  public static final double DEFAULT_THRESHOLD = 0.80;
  /** A weak alias (OFAC weak a.k.a., UN low-quality alias) counts only at or above this name score. */
  public static final double WEAK_ALIAS_MIN = 0.95;

  /** Float noise allowed below the threshold when pruning, as final scores are rounded to six decimals. */
  private static final double SCORE_TOLERANCE = 1e-6;
  private static final ThreadLocal<EngineSim> ENGINE_SIM = ThreadLocal.withInitial(EngineSim::new);

  private final List<ListedEntity> entities;
  private final NameAnalyzer analyzer;
  private final TokenWeights weights;
  private final NameUnits[] names;
  private final Name[] nameRefs;
  /** Per listed name: it is the acronym of {@code nameRefs}, spelled by us, not listed. */
  private final boolean[] acronym;
  private final int[] nameEntity;
  /**
   * Per listed name, side by side: total weight, initials' weight, heaviest token weight, number of
   * initials. The candidate bound reads them for thousands of names per query: one cache line each,
   * instead of a pointer to a {@link NameUnits} object.
   */
  private final float[] nameBoundStats;
  /**
   * Per listed name, side by side: the letters an initial can pair with (a word starting with it, or
   * the same initial: {@link NameUnits#wordLetters} and {@link NameUnits#initialLetters}), and the
   * letters of its own initials.
   */
  private final int[] nameLetters;
  private final CandidateIndex index;
  private final Map<String, int[]> identifierIndex;

  private MatchEngine(List<ListedEntity> entities) {
    this.entities = List.copyOf(entities);
    this.analyzer = NameAnalyzer.standard();
    List<io.interdict.match.names.AnalyzedName> analyzed = new ArrayList<>();
    List<Name> refs = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    List<Boolean> acronyms = new ArrayList<>();
    for (int e = 0; e < this.entities.size(); e++) {
      ListedEntity entity = this.entities.get(e);
      for (Name n : entity.names()) {
        for (Form f : forms(entity, n)) {
          analyzed.add(f.name());
          acronyms.add(f.acronym());
          refs.add(n);
          owner.add(e);
          for (String t : new java.util.HashSet<>(Arrays.asList(f.name().tokens()))) {
            df.merge(t, 1, Integer::sum);
          }
        }
      }
    }
    this.acronym = new boolean[acronyms.size()];
    for (int i = 0; i < acronym.length; i++) {
      acronym[i] = acronyms.get(i);
    }
    this.weights = new TokenWeights(df, analyzed.size());
    this.names = new NameUnits[analyzed.size()];
    this.nameRefs = refs.toArray(new Name[0]);
    this.nameEntity = new int[names.length];
    this.nameBoundStats = new float[4 * names.length];
    this.nameLetters = new int[2 * names.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = new NameUnits(analyzed.get(i), weights);
      nameEntity[i] = owner.get(i);
      nameBoundStats[4 * i] = names[i].totalWeight;
      nameBoundStats[4 * i + 1] = names[i].initialWeight;
      nameBoundStats[4 * i + 2] = names[i].maxTokenWeight;
      nameBoundStats[4 * i + 3] = names[i].initials;
      nameLetters[2 * i] = names[i].wordLetters | names[i].initialLetters;
      nameLetters[2 * i + 1] = names[i].initialLetters;
    }
    this.index = new CandidateIndex(Arrays.asList(names));
    Map<String, List<Integer>> ids = new HashMap<>();
    for (int e = 0; e < this.entities.size(); e++) {
      for (Identifier id : this.entities.get(e).identifiers()) {
        String key = Identifiers.key(id);
        if (key != null) {
          List<Integer> l = ids.computeIfAbsent(key, k -> new ArrayList<>());
          if (l.isEmpty() || l.get(l.size() - 1) != e) {
            l.add(e);
          }
        }
      }
    }
    Map<String, int[]> frozen = new HashMap<>();
    ids.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.identifierIndex = frozen;
  }

  public static MatchEngine build(List<ListedEntity> entities) {
    return new MatchEngine(entities);
  }

  @Override
  public double defaultThreshold() {
    return DEFAULT_THRESHOLD;
  }

  public int nameCount() {
    return names.length;
  }

  public int vocabularySize() {
    return index.vocabSize();
  }

  @Override
  public List<Match> screen(Query query, double threshold, int limit) {
    return screen(query, threshold, limit, true);
  }

  /** Same as {@link #screen} but scoring every listed name: the reference the index is tested against. */
  List<Match> screenByScan(Query query, double threshold, int limit) {
    return screen(query, threshold, limit, false);
  }

  private List<Match> screen(Query query, double threshold, int limit, boolean useIndex) {
    if (limit <= 0) {
      return List.of();
    }
    ParsedQuery pq = parse(query);
    Map<Integer, Match> byEntity = new HashMap<>();
    identifierHits(pq, byEntity);
    scoreNames(pq, threshold, useIndex, byEntity);
    for (String reading : PersianZ.alternatives(query.name())) {
      scoreNames(parse(query, reading), threshold, useIndex, byEntity);
    }
    List<Match> out = new ArrayList<>();
    for (Match m : byEntity.values()) {
      if (m.score() >= threshold) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingDouble(Match::score).reversed()
        .thenComparing(m -> m.entity().key()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  /** Scores the names {@code pq} can reach, keeping each entity's best hit in {@code byEntity}. */
  private void scoreNames(ParsedQuery pq, double threshold, boolean useIndex, Map<Integer, Match> byEntity) {
    Query query = pq.query;
    NameUnits q = pq.units;
    if (q.tokenCount > 0) {
      EngineSim engineSim = ENGINE_SIM.get();
      int[] cands;
      int count;
      if (useIndex) {
        CandidateIndex.Similar[] sims = similars(q);
        engineSim.query(q, sims);
        count = candidates(pq, sims, threshold);
        cands = index.scratch().candidates;
      } else {
        cands = allNames();
        count = cands.length;
      }
      for (int i = 0; i < count; i++) {
        int n = cands[i];
        ListedEntity e = entities.get(nameEntity[n]);
        if (!query.type().compatibleWith(e.type())) {
          continue;
        }
        NameUnits l = names[n];
        boolean person = person(query, e);
        NameScorer.Sim sim = useIndex ? engineSim.listed(l, person) : directSim(q, l, person);
        double s = NameScorer.score(q, l, person, sim, null, null);
        if ((nameRefs[n].type() == NameType.WEAK_AKA || acronym[n]) && s < WEAK_ALIAS_MIN) {
          continue;
        }
        if (s <= 0 || s + Attributes.maxBoost(pq) < threshold - SCORE_TOLERANCE) {
          continue;
        }
        Match prev = byEntity.get(nameEntity[n]);
        if (prev != null && (prev.explanation().nameScore() >= s || isIdentifierHit(prev))) {
          continue;
        }
        byEntity.put(nameEntity[n], explain(pq, e, n, sim, s));
      }
    }
  }

  /** Compares a query with one entity that need not be on the list (benchmarks, what-if checks). */
  public Match compare(Query query, ListedEntity entity) {
    ParsedQuery pq = parse(query);
    Match best = bestName(pq, entity, null);
    for (String reading : PersianZ.alternatives(query.name())) {
      best = bestName(parse(query, reading), entity, best);
    }
    List<Explanation.Evidence> ev = new ArrayList<>();
    if (identifierMatches(pq, entity, ev)) {
      return new Match(entity, entity.names().get(0), 1.0,
          new Explanation("identifier " + ev.get(0).listedValue() + " matches", -1, List.of(), ev));
    }
    if (best == null) {
      return new Match(entity, entity.names().get(0), 0,
          new Explanation("no comparable name", 0, List.of(), List.of()));
    }
    return best;
  }

  /** The best of {@code best} and the entity's names as {@code pq} scores them. */
  private Match bestName(ParsedQuery pq, ListedEntity entity, Match best) {
    Query query = pq.query;
    for (Name n : entity.names()) {
      for (Form f : forms(entity, n)) {
        if (pq.units.tokenCount == 0) {
          continue;
        }
        NameUnits l = new NameUnits(f.name(), weights);
        boolean person = person(query, entity);
        NameScorer.Sim sim = directSim(pq.units, l, person);
        double s = NameScorer.score(pq.units, l, person, sim, null, null);
        if ((n.type() == NameType.WEAK_AKA || f.acronym()) && s < WEAK_ALIAS_MIN) {
          s = 0;
        }
        if (best == null || s > best.explanation().nameScore()) {
          best = explainUnits(pq, entity, n, l, sim, s, f.acronym());
        }
      }
    }
    return best;
  }

  private static boolean person(Query q, ListedEntity e) {
    return e.type() == EntityType.PERSON || (e.type() == EntityType.ANY && q.type() == EntityType.PERSON);
  }

  private static boolean isIdentifierHit(Match m) {
    return m.explanation().nameScore() < 0;
  }

  /** Parses an ISO date, year-month or year; null when it is none of these. */
  public static io.interdict.model.PartialDate parseDate(String s) {
    return Attributes.parseDate(s);
  }

  private ParsedQuery parse(Query query) {
    return parse(query, query.name());
  }

  /** The query with its name read as {@code written} (a second reading of the same name). */
  private ParsedQuery parse(Query query, String written) {
    return new ParsedQuery(query, new NameUnits(analyzer.analyze(written), weights));
  }

  private int[] allNames() {
    int[] all = new int[names.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  private CandidateIndex.Similar[] similars(NameUnits q) {
    CandidateIndex.Similar[] s = new CandidateIndex.Similar[q.units()];
    for (int u = 0; u < s.length; u++) {
      s[u] = index.similar(q.text[u], q.span[u] > 1, q.abjad(u));
    }
    return s;
  }

  private static NameScorer.Sim directSim(NameUnits q, NameUnits l, boolean person) {
    return (a, b) -> NameScorer.nicknamesApply(q, a, l, b, person)
        ? TokenSimilarity.personSim(q.text[a], q.abjad(a), l.text[b], l.abjad(b))
        : TokenSimilarity.sim(q.text[a], q.abjad(a), l.text[b], l.abjad(b), q.span[a] > 1 || l.span[b] > 1);
  }

  /**
   * Similarity of a query's units to the units of one listed name at a time (see {@link #listed}):
   * strong pairs come from the index; soft ones and initials are computed here (joined units have
   * neither) and memoised for the query by query unit and vocabulary id, because the same listed
   * words recur across a query's candidates. Nickname pairs count only where {@link
   * NameScorer#nicknamesApply} says so. One per thread, reset per query.
   */
  private static final class EngineSim implements NameScorer.Sim {
    private static final int SLOTS = 4096;
    private static final int MAX_UNIT = 1 << 11;
    private static final int MAX_VOCAB = 1 << 20;
    private final int[] keys = new int[SLOTS];
    private final float[] values = new float[SLOTS];
    private final int[] stamps = new int[SLOTS];
    private int epoch;
    private int used;
    private NameUnits q;
    private CandidateIndex.Similar[] sims;
    private NameUnits l;
    private boolean person;

    void query(NameUnits q, CandidateIndex.Similar[] sims) {
      this.q = q;
      this.sims = sims;
      used = 0;
      if (++epoch == Integer.MAX_VALUE) {
        Arrays.fill(stamps, 0);
        epoch = 1;
      }
    }

    EngineSim listed(NameUnits l, boolean person) {
      this.l = l;
      this.person = person;
      return this;
    }

    @Override
    public float sim(int a, int b) {
      int v = l.vocab[b];
      float s = sims[a].get(v, NameScorer.nicknamesApply(q, a, l, b, person));
      if (s > 0f) {
        return s;
      }
      if (q.span[a] > 1 || l.span[b] > 1) {
        return 0f;
      }
      if (v < 0 || v >= MAX_VOCAB || a >= MAX_UNIT) {
        return TokenSimilarity.soft(q.text[a], l.text[b]);
      }
      int key = (a << 20) | v;
      int slot = (key * 0x9E3779B9 >>> 20) & (SLOTS - 1);
      for (; stamps[slot] == epoch; slot = (slot + 1) & (SLOTS - 1)) {
        if (keys[slot] == key) {
          return values[slot];
        }
      }
      s = TokenSimilarity.soft(q.text[a], l.text[b]);
      if (used < SLOTS / 2) {
        stamps[slot] = epoch;
        keys[slot] = key;
        values[slot] = s;
        used++;
      }
      return s;
    }
  }

  /**
   * Names that may reach {@code threshold}: touched by a similar token and with a score upper bound
   * (see {@link CandidateIndex}) plus the largest possible attribute boost at or above it. Writes them
   * to the per-thread {@link CandidateIndex.Scratch#candidates} and returns how many there are.
   */
  private int candidates(ParsedQuery pq, CandidateIndex.Similar[] sims, double threshold) {
    NameUnits q = pq.units;
    CandidateIndex.Scratch sc = index.scratch();
    if (sc.epoch == Integer.MAX_VALUE || sc.unitEpoch > Integer.MAX_VALUE - 4096) {
      Arrays.fill(sc.nameMarks, 0);
      sc.epoch = 0;
      sc.unitEpoch = 0;
    }
    int epoch = ++sc.epoch;
    int base = sc.unitEpoch + 1;
    sc.unitEpoch += q.units() + 1;
    int[] marks = sc.nameMarks; // per name: epoch last seen, query unit last counted
    float[] acc = sc.nameWeights; // per name: query weight, listed weight that can align
    int[] touched = sc.touchedNames;
    int nt = 0;
    for (int u = 0; u < q.units(); u++) {
      CandidateIndex.Similar sim = sims[u];
      int stamp = base + u;
      float wq = q.weight[u];
      for (int k = 0; k < sim.ids().length; k++) {
        int v = sim.ids()[k];
        float wl = index.maxUnitWeight(v);
        for (int n : index.postings(v)) {
          int m = 2 * n;
          if (marks[m] != epoch) {
            marks[m] = epoch;
            acc[m] = 0;
            acc[m + 1] = 0;
            if (nt == touched.length) {
              touched = Arrays.copyOf(touched, nt * 2);
              sc.touchedNames = touched;
            }
            touched[nt++] = n;
          }
          if (marks[m + 1] != stamp) {
            marks[m + 1] = stamp;
            acc[m] += wq;
          }
          acc[m + 1] += wl;
        }
      }
    }
    double minBound = threshold - Attributes.maxBoost(pq) - SCORE_TOLERANCE;
    double wq = q.totalWeight;
    float[] st = nameBoundStats;
    int[] letters = nameLetters;
    int[] qInitialBits = q.initialBits;
    float[] qInitialWeights = q.initialWeights;
    int qLetters = q.wordLetters | q.initialLetters;
    if (sc.candidates.length < nt) {
      sc.candidates = new int[Math.max(nt, 2 * sc.candidates.length)];
    }
    int[] out = sc.candidates;
    int no = 0;
    for (int i = 0; i < nt; i++) {
      int n = touched[i];
      int o = 4 * n;
      float total = st[o];
      // Initials (single characters) pair without an index lookup, and only with a word of the
      // other side that starts with them or the same initial: each can take at most one such
      // token, so it adds at most the heaviest token there.
      double initQ = 0;
      int pairableQ = 0;
      for (int k = 0; k < qInitialBits.length; k++) {
        if ((letters[2 * n] & qInitialBits[k]) != 0) {
          initQ += qInitialWeights[k];
          pairableQ++;
        }
      }
      boolean pairableL = (letters[2 * n + 1] & qLetters) != 0;
      double qm = Math.min(acc[2 * n] + initQ + (pairableL ? st[o + 3] * q.maxTokenWeight : 0), wq);
      double lm = Math.min(acc[2 * n + 1] + (pairableL ? st[o + 1] : 0) + pairableQ * st[o + 2], total);
      if (bound(qm + lm, wq - qm, total - lm) >= minBound) {
        out[no++] = n;
      }
    }
    return no;
  }

  /**
   * Upper bound of {@link NameScorer#score} for a name whose strongly similar units can carry at most
   * {@code x} weight (both sides), leaving {@code rq} query and {@code rl} listed weight that can at
   * best pair softly (similarity at most {@link TokenSimilarity#SOFT_MAX}) or stay unmatched (listed
   * words then cost at least {@link NameScorer#LISTED_EXTRA}). The score is a ratio linear in each
   * choice, so the maximum is at one of the two extremes: every remaining listed word paired softly,
   * or none.
   */
  static double bound(double x, double rq, double rl) {
    double sigma = TokenSimilarity.SOFT_MAX;
    double b = Math.max(
        ratioBound(x, sigma * rq, rq + NameScorer.LISTED_EXTRA * rl),
        ratioBound(x, sigma * (rq + rl), rq + rl));
    // A listed name that can be found whole, strongly, lets the query's extra words cost less.
    return rl <= 1e-6 ? Math.max(b, ratioBound(x, 0, NameScorer.QUERY_EXTRA * rq)) : b;
  }

  /** max of (n + a) / (n + b) over 0 <= n <= x: increasing in n when b > a, else at least 1. */
  private static double ratioBound(double x, double a, double b) {
    if (a >= b) {
      return 1;
    }
    return x + b <= 0 ? 0 : (x + a) / (x + b);
  }

  private void identifierHits(ParsedQuery pq, Map<Integer, Match> byEntity) {
    if (pq.query.identifier() == null) {
      return;
    }
    Identifiers.QueryId qid = Identifiers.QueryId.parse(pq.query.identifier());
    for (String key : new String[] {"c:" + Identifiers.cryptoKey(qid.value()), "d:" + Identifiers.documentKey(qid.value())}) {
      int[] hits = identifierIndex.get(key);
      if (hits == null) {
        continue;
      }
      for (int e : hits) {
        ListedEntity ent = entities.get(e);
        List<Explanation.Evidence> ev = new ArrayList<>();
        if (identifierMatches(pq, ent, ev)) {
          byEntity.put(e, new Match(ent, ent.names().get(0), 1.0, new Explanation(
              "identifier " + ev.get(0).listedValue() + " matches (" + ev.get(0).verdict() + ")", -1, List.of(), ev)));
        }
      }
    }
  }

  /** True when the query identifier equals one of the entity's identifiers; adds the evidence. */
  static boolean identifierMatches(ParsedQuery pq, ListedEntity e, List<Explanation.Evidence> out) {
    if (pq.query.identifier() == null) {
      return false;
    }
    Identifiers.QueryId qid = Identifiers.QueryId.parse(pq.query.identifier());
    for (Identifier id : e.identifiers()) {
      String key = Identifiers.key(id);
      if (key == null) {
        continue;
      }
      boolean crypto = id.type() == IdType.CRYPTO;
      String qk = crypto ? "c:" + Identifiers.cryptoKey(qid.value()) : "d:" + Identifiers.documentKey(qid.value());
      if (!qk.equals(key)) {
        continue;
      }
      if (crypto && qid.chain() != null && id.ticker() != null
          && !qid.chain().equalsIgnoreCase(id.ticker())) {
        continue;
      }
      String label = id.label() != null ? id.label() : id.type().name().toLowerCase(Locale.ROOT);
      out.add(new Explanation.Evidence("identifier", pq.query.identifier(), id.value(), label, 1.0));
      return true;
    }
    return false;
  }

  /**
   * A written form of a listed name to index: the name, each slash alternative, its other readings
   * ({@link PersianZ#alternatives}), an organisation's acronym.
   */
  private record Form(io.interdict.match.names.AnalyzedName name, boolean acronym) {}

  private List<Form> forms(ListedEntity entity, Name n) {
    List<Form> out = new ArrayList<>(2);
    for (String written : NameAlternatives.of(n.value())) {
      var a = analyzer.analyze(written);
      if (a.isEmpty()) {
        continue;
      }
      out.add(new Form(a, false));
      for (String reading : PersianZ.alternatives(written)) {
        out.add(new Form(analyzer.analyze(reading), false));
      }
      String acr = entity.type() == EntityType.ORGANIZATION ? Acronyms.of(a) : null;
      if (acr != null) {
        out.add(new Form(analyzer.analyze(acr), true));
      }
    }
    return out;
  }

  private Match explain(ParsedQuery pq, ListedEntity e, int n, NameScorer.Sim sim, double s) {
    return explainUnits(pq, e, nameRefs[n], names[n], sim, s, acronym[n]);
  }

  private Match explainUnits(ParsedQuery pq, ListedEntity e, Name name, NameUnits l, NameScorer.Sim sim, double s,
      boolean acronym) {
    List<Explanation.TokenPair> pairs = new ArrayList<>();
    List<Explanation.Evidence> ev = new ArrayList<>();
    if (acronym) {
      ev.add(new Explanation.Evidence("name_rule", null, null,
          "the query is the acronym of the listed name (" + l.name.canonical() + ")", 0));
    }
    romanisation(ev, "query", pq.units.name);
    romanisation(ev, "listed name", l.name);
    NameScorer.score(pq.units, l, person(pq.query, e), sim, pairs, ev);
    Attributes.compare(pq, e, ev);
    double score = s;
    for (Explanation.Evidence x : ev) {
      score += x.effect();
    }
    // Weights are floats: rounded to six decimals, a score that is the threshold in decimal (0.75 for
    // the name, +0.03 and +0.02 for birth year and country) does not fall an ulp below it.
    score = sixDecimals(Math.max(0, Math.min(1, score)));
    return new Match(e, name, score, new Explanation(summary(name, pairs, ev), sixDecimals(s), pairs, ev));
  }

  private static double sixDecimals(double score) {
    return Math.rint(score * 1e6) / 1e6;
  }

  /** Says when a name's words were read back from another language's romanisation of an East Slavic name. */
  private static void romanisation(List<Explanation.Evidence> ev, String side, io.interdict.match.names.AnalyzedName a) {
    if (a.romanisation() != null) {
      ev.add(new Explanation.Evidence("name_rule", null, null, side + " read as an East Slavic name in "
          + a.romanisation() + " spelling (" + a.canonical() + ")", 0));
    }
  }

  static String summary(Name name, List<Explanation.TokenPair> pairs, List<Explanation.Evidence> ev) {
    StringBuilder sb = new StringBuilder();
    sb.append(name.type() == NameType.PRIMARY ? "name '" : "alias '").append(name.value()).append("': ");
    boolean first = true;
    for (Explanation.TokenPair p : pairs) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      if (p.queryToken() == null) {
        sb.append("+").append(p.listedToken()).append(" (listed only)");
      } else if (p.listedToken() == null) {
        sb.append("-").append(p.queryToken()).append(" (query only)");
      } else {
        sb.append(p.queryToken()).append('=').append(p.listedToken())
            .append(String.format(Locale.ROOT, " %.2f", p.similarity()));
      }
    }
    for (Explanation.Evidence x : ev) {
      sb.append("; ").append(x.attribute()).append(' ').append(x.verdict());
      if (x.effect() != 0) {
        sb.append(String.format(Locale.ROOT, " %+.2f", x.effect()));
      }
    }
    return sb.toString();
  }
}
