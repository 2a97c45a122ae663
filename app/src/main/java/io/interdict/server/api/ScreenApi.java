package io.interdict.server.api;

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
import io.interdict.server.ServerMetrics;
import io.interdict.server.TooLarge;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/screen}: one party, or a batch under {@code "queries"}, screened against the live
 * lists; every hit carries its explanation (token alignment and attribute evidence).
 */
public final class ScreenApi {
  public static final int MAX_BATCH = 1000;
  public static final int MAX_LIMIT = 100;
  private static final int DEFAULT_LIMIT = 10;

  private final ListsView lists;
  private final ServerMetrics metrics;

  public ScreenApi(ListsView lists, ServerMetrics metrics) {
    this.lists = lists;
    this.metrics = metrics;
  }

  public record Hit(
      String entityId,
      String source,
      String sourceId,
      String schema,
      String listedName,
      String matchedName,
      String matchedNameType,
      double score,
      List<String> programs,
      Explanation explanation) {
    public static Hit of(Match m) {
      ListedEntity e = m.entity();
      return new Hit(e.key(), e.source(), e.sourceId(), e.type().schema(), e.primaryName(), m.matchedName().value(),
          m.matchedName().type().name().toLowerCase(), round(m.score()), e.programs(), m.explanation());
    }
  }

  public record PartyEcho(
      String id, String name, String schema, String birthDate, String country, String identifier, String gender) {
    public static PartyEcho of(Query q) {
      return new PartyEcho(q.id(), q.name(), q.type().schema(), q.birthDate(), q.country(), q.identifier(), q.gender());
    }
  }

  public record Result(PartyEcho query, List<Hit> hits) {}

  public record Single(PartyEcho query, List<Hit> hits, double threshold, int limit, boolean demoList) {}

  public record Batch(List<Result> results, double threshold, int limit, boolean demoList) {}

  public void handle(Context ctx) {
    JsonNode body = Json.body(ctx);
    Screener screener = lists.screener();
    double threshold = Json.number(body, "threshold", screener.defaultThreshold(), 0, 1, "body");
    int limit = (int) Json.number(body, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, "body");
    JsonNode batch = body.get("queries");
    if (batch == null) {
      Query q = party(body, "body");
      List<Hit> hits = screen(screener, q, threshold, limit);
      metrics.screened(1, hits.size());
      ctx.json(new Single(PartyEcho.of(q), hits, threshold, limit, lists.demo()));
      return;
    }
    if (!batch.isArray()) {
      throw new InterdictException.InvalidInput("body.queries must be an array of parties");
    }
    if (batch.size() > MAX_BATCH) {
      throw new TooLarge("batch of " + batch.size() + " queries is over the limit of " + MAX_BATCH);
    }
    if (batch.isEmpty()) {
      throw new InterdictException.InvalidInput("body.queries is empty");
    }
    List<Query> queries = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      JsonNode p = batch.get(i);
      if (!p.isObject()) {
        throw new InterdictException.InvalidInput("body.queries[" + i + "] must be an object");
      }
      queries.add(party(p, "body.queries[" + i + "]"));
    }
    List<Result> results = new ArrayList<>(queries.size());
    int hitCount = 0;
    for (Query q : queries) {
      List<Hit> hits = screen(screener, q, threshold, limit);
      hitCount += hits.size();
      results.add(new Result(PartyEcho.of(q), hits));
    }
    metrics.screened(queries.size(), hitCount);
    ctx.json(new Batch(results, threshold, limit, lists.demo()));
  }

  public static List<Hit> screen(Screener screener, Query q, double threshold, int limit) {
    List<Match> matches = screener.screen(q, threshold, limit);
    List<Hit> hits = new ArrayList<>(matches.size());
    for (Match m : matches) {
      hits.add(Hit.of(m));
    }
    return hits;
  }

  /** Reads one party object; {@code where} names it in error messages ("body.queries[3]"). */
  public static Query party(JsonNode p, String where) {
    String name = Json.text(p, "name", where);
    String identifier = Json.text(p, "identifier", where);
    if ((name == null || name.isBlank()) && (identifier == null || identifier.isBlank())) {
      throw new InterdictException.InvalidInput(where + " needs a name or an identifier");
    }
    EntityType type = EntityType.parse(Json.text(p, "schema", where));
    return new Query(Json.text(p, "id", where), name, type, Json.text(p, "birth_date", where),
        Json.text(p, "country", where), identifier, Json.text(p, "gender", where));
  }

  static double round(double score) {
    return Math.round(score * 10000) / 10000.0;
  }
}
