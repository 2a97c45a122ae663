package io.interdict.server.yente;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.InterdictException;
import io.interdict.match.Explanation;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.server.Json;
import io.interdict.server.ListsView;
import io.interdict.server.Params;
import io.interdict.server.ServerMetrics;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The yente-compatible API: {@code POST /match/{dataset}}, {@code GET /entities/{id}},
 * {@code GET /search/{dataset}}, {@code GET /algorithms}. Field names, defaults and error statuses
 * follow yente's models (EntityMatchQuery, EntityMatchResponse, ScoredEntityResponse, SearchResponse),
 * so a yente client can point at Interdict unchanged; scoring is Interdict's own engine.
 */
public final class YenteApi {
  /** yente's MATCH_PAGE and MAX_MATCHES. */
  static final int DEFAULT_LIMIT = 5;
  static final int MAX_LIMIT = 500;
  public static final int MAX_BATCH = 1000;
  private static final int MAX_SEARCH = 100;

  private final ListsView lists;
  private final ServerMetrics metrics;

  public YenteApi(ListsView lists, ServerMetrics metrics) {
    this.lists = lists;
    this.metrics = metrics;
  }

  public record FeatureResult(double score, String detail, String query, String candidate) {}

  public record ScoredEntity(
      String id, String caption, String schema, Map<String, List<String>> properties, List<String> datasets,
      List<String> referents, boolean target, Instant firstSeen, Instant lastSeen, Instant lastChange,
      double score, Map<String, Double> features, Map<String, FeatureResult> explanations, boolean match,
      String token) {}

  public record Total(long value, String relation) {}

  public record EntityMatches(int status, List<ScoredEntity> results, Total total, EntityExample query) {}

  public record FeatureDoc(String description, double coefficient, String url) {}

  public record AlgorithmUsed(String requested, String name) {}

  public record MatchResponse(
      Map<String, EntityMatches> responses, Map<String, FeatureDoc> matcher, int limit, AlgorithmUsed algorithm) {}

  public record SearchResponse(int limit, int offset, Total total, List<FtmEntity> results, Map<String, Object> facets) {}

  public record Algorithm(String name, String description, Map<String, FeatureDoc> features) {}

  /** Features our engine reports, documented the way yente documents an algorithm's features. */
  static final Map<String, FeatureDoc> FEATURES = features();

  private static Map<String, FeatureDoc> features() {
    Map<String, FeatureDoc> f = new LinkedHashMap<>();
    f.put("name_score", new FeatureDoc("Similarity of the best-aligned query and listed name, token by token", 1.0, null));
    f.put("birth_date", new FeatureDoc("Birth date agreement (+) or contradiction (-)", 1.0, null));
    f.put("country", new FeatureDoc("Nationality, citizenship or address country agreement or contradiction", 1.0, null));
    f.put("identifier", new FeatureDoc("Identifier (passport, registration, IMO, BIC, wallet) agreement", 1.0, null));
    f.put("gender", new FeatureDoc("Gender agreement or contradiction", 1.0, null));
    return f;
  }

  public void match(Context ctx) {
    Set<String> sources = sources();
    String source = Datasets.resolve(ctx.pathParam("dataset"), sources);
    AlgorithmUsed algorithm = Algorithms.resolve(ctx.queryParam("algorithm"), lists.screener());
    Screener screener = lists.screener();
    double threshold = Params.number(ctx, "threshold", screener.defaultThreshold(), 0, 1);
    double cutoff = Math.min(Params.number(ctx, "cutoff", threshold, 0, 1), threshold);
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);

    JsonNode body = Json.body(ctx);
    JsonNode queries = body.get("queries");
    if (queries == null || !queries.isObject()) {
      throw new InterdictException.InvalidInput("body.queries must be an object of named query examples");
    }
    if (queries.size() > MAX_BATCH) {
      throw new InterdictException.InvalidInput("Too many queries in one batch (limit: " + MAX_BATCH + ")");
    }
    if (queries.isEmpty()) {
      throw new InterdictException.InvalidInput("No queries provided.");
    }
    Map<String, EntityExample> examples = new LinkedHashMap<>();
    Map<String, List<Query>> expanded = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> q = it.next();
      EntityExample ex = EntityExample.parse(q.getKey(), q.getValue());
      examples.put(q.getKey(), ex);
      expanded.put(q.getKey(), ex.queries(q.getKey()));
    }
    Map<String, Instant> loadedAt = loadedAt();
    Map<String, EntityMatches> responses = new LinkedHashMap<>();
    int hits = 0;
    for (Map.Entry<String, EntityExample> e : examples.entrySet()) {
      List<Match> best = best(screener, expanded.get(e.getKey()), cutoff, limit, source);
      List<ScoredEntity> results = new ArrayList<>(best.size());
      for (Match m : best) {
        results.add(scored(m, threshold, loadedAt.get(m.entity().source())));
      }
      hits += results.size();
      responses.put(e.getKey(), new EntityMatches(200, results, new Total(results.size(), "eq"), e.getValue()));
    }
    metrics.screened(responses.size(), hits);
    ctx.header("x-batch-size", Integer.toString(responses.size()));
    ctx.header("x-algorithm", algorithm.name());
    ctx.json(new MatchResponse(responses, FEATURES, limit, algorithm));
  }

  public void entity(Context ctx) {
    String id = ctx.pathParam("id");
    ListedEntity e = lists.entity(id).orElseThrow(() -> new InterdictException.NotFound("No such entity: " + id));
    ctx.json(FtmEntity.of(e, loadedAt().get(e.source())));
  }

  public void search(Context ctx) {
    String source = Datasets.resolve(ctx.pathParam("dataset"), sources());
    int limit = Params.integer(ctx, "limit", 10, 0, MAX_SEARCH);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
    String schemaParam = ctx.queryParam("schema");
    EntityType schema;
    try {
      schema = EntityType.parse(schemaParam);
    } catch (InterdictException e) {
      throw new InterdictException.InvalidInput("schema: " + e.getMessage());
    }
    String q = ctx.queryParam("q");
    List<ListedEntity> found = new ArrayList<>();
    if (q == null || q.isBlank()) {
      for (ListedEntity e : lists.entities()) {
        if ((source == null || e.source().equals(source)) && schema.compatibleWith(e.type())) {
          found.add(e);
        }
      }
    } else {
      Screener screener = lists.screener();
      double threshold = Math.min(0.7, screener.defaultThreshold());
      Query query = new Query(null, q, schema, null, null, null, null);
      for (Match m : screener.screen(query, threshold, source == null ? offset + limit : 10 * (offset + limit) + 100)) {
        if (source == null || m.entity().source().equals(source)) {
          found.add(m.entity());
        }
      }
    }
    Map<String, Instant> loadedAt = loadedAt();
    List<FtmEntity> page = new ArrayList<>();
    for (int i = offset; i < Math.min(found.size(), offset + limit); i++) {
      page.add(FtmEntity.of(found.get(i), loadedAt.get(found.get(i).source())));
    }
    ctx.json(new SearchResponse(limit, offset, new Total(found.size(), "eq"), page, Map.of()));
  }

  public void algorithms(Context ctx) {
    List<Algorithm> all = new ArrayList<>();
    for (String name : Algorithms.YENTE_NAMES) {
      all.add(new Algorithm(name, "Served by Interdict's engine (" + Algorithms.engineName(lists.screener()) + ")", FEATURES));
    }
    ctx.json(Map.of("algorithms", all, "default", Algorithms.DEFAULT, "best", Algorithms.BEST));
  }

  /** Best score per entity over every expanded query, best first. */
  static List<Match> best(Screener screener, List<Query> queries, double cutoff, int limit, String source) {
    int fetch = source == null ? limit : Math.max(10 * limit, 100);
    Map<String, Match> byEntity = new HashMap<>();
    for (Query q : queries) {
      for (Match m : screener.screen(q, cutoff, fetch)) {
        if (source != null && !m.entity().source().equals(source)) {
          continue;
        }
        byEntity.merge(m.entity().key(), m, (a, b) -> b.score() > a.score() ? b : a);
      }
    }
    List<Match> out = new ArrayList<>(byEntity.values());
    out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.entity().key()));
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  static ScoredEntity scored(Match m, double threshold, Instant loadedAt) {
    FtmEntity e = FtmEntity.of(m.entity(), loadedAt);
    Explanation x = m.explanation();
    Map<String, Double> features = new LinkedHashMap<>();
    Map<String, FeatureResult> explanations = new LinkedHashMap<>();
    features.put("name_score", round(x.nameScore()));
    explanations.put("name_score", new FeatureResult(round(x.nameScore()), x.summary(), null, m.matchedName().value()));
    for (Explanation.Evidence ev : x.evidence()) {
      String key = ev.attribute().toLowerCase(Locale.ROOT);
      features.merge(key, round(ev.effect()), Double::sum);
      explanations.put(key, new FeatureResult(round(ev.effect()), ev.verdict(), ev.queryValue(), ev.listedValue()));
    }
    double score = round(m.score());
    return new ScoredEntity(e.id(), e.caption(), e.schema(), e.properties(), e.datasets(), e.referents(), e.target(),
        e.firstSeen(), e.lastSeen(), e.lastChange(), score, features, explanations, m.score() >= threshold, null);
  }

  private Set<String> sources() {
    Set<String> s = new java.util.TreeSet<>();
    for (ListsView.ListStatus st : lists.status()) {
      s.add(st.source());
    }
    return s;
  }

  private Map<String, Instant> loadedAt() {
    Map<String, Instant> m = new HashMap<>();
    for (ListsView.ListStatus st : lists.status()) {
      m.put(st.source(), st.loadedAt());
    }
    return m;
  }

  static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
