package io.interdict.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.InterdictException;
import io.interdict.entry.EntryDecider;
import io.interdict.entry.EntryRecorder;
import io.interdict.entry.EntryDecision;
import io.interdict.entry.EntryOutcome;
import io.interdict.entry.Mrz;
import io.interdict.entry.Traveller;
import io.interdict.match.Screener;
import io.interdict.model.ListedEntity;
import io.interdict.server.Access;
import io.interdict.server.Json;
import io.interdict.server.ServerMetrics;
import io.interdict.server.ServerServices;
import io.interdict.server.TooLarge;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/entry/screen}: one traveller ({@code {"mrz": [line, line]}} or the fields) or a
 * manifest under {@code "travellers"} → CLEAR, REFER or DENY each, with hits and reasons, against the
 * live lists. A traveller that cannot be read (malformed MRZ, bad date, unknown country) is a 400
 * naming it, for the whole request, as {@code /v1/screen} does: nothing is decided on half a manifest.
 * Every REFER and DENY goes into the audit trail with the caller's name, and a manifest's counts as
 * one record, unless {@code record=false} (see {@link EntryRecorder}).
 */
public final class EntryApi {
  private final ServerServices services;
  private final EntryRecorder recorder;
  private final ServerMetrics metrics;
  /** The decider for the entity list it was built from; rebuilt when the lists change. */
  private volatile Built built;

  private record Built(List<ListedEntity> of, Screener screener, EntryDecider decider) {}

  public EntryApi(ServerServices services, ServerMetrics metrics) {
    this.services = services;
    this.recorder = new EntryRecorder(services.audit());
    this.metrics = metrics;
  }

  public void screen(Context ctx) {
    JsonNode body = Json.body(ctx);
    LocalDate today = LocalDate.now(services.clock());
    JsonNode batch = body.get("travellers");
    EntryDecider decider = decider();
    boolean record = !"false".equalsIgnoreCase(ctx.queryParam("record"));
    String user = Access.user(ctx).name();
    if (batch == null) {
      EntryDecision d = decide(traveller(body, "body", today), user, record);
      Map<String, Object> out = Json.MAPPER.convertValue(d, LinkedHashMap.class);
      out.put("demo_list", services.lists().demo());
      ctx.json(out);
      return;
    }
    if (!batch.isArray()) {
      throw new InterdictException.InvalidInput("body.travellers must be an array of travellers");
    }
    if (batch.size() > ScreenApi.MAX_BATCH) {
      throw new TooLarge("manifest of " + batch.size() + " travellers is over the limit of " + ScreenApi.MAX_BATCH);
    }
    if (batch.isEmpty()) {
      throw new InterdictException.InvalidInput("body.travellers is empty");
    }
    List<Traveller> travellers = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      travellers.add(traveller(batch.get(i), "body.travellers[" + i + "]", today));
    }
    List<EntryDecision> decisions = new ArrayList<>(travellers.size());
    Map<String, Integer> summary = new LinkedHashMap<>();
    for (EntryOutcome o : EntryOutcome.values()) {
      summary.put(o.name(), 0);
    }
    int hits = 0;
    for (Traveller t : travellers) {
      EntryDecision d = decider.decide(t);
      if (record) {
        recorder.record(d, user);
      }
      decisions.add(d);
      summary.merge(d.decision().name(), 1, Integer::sum);
      hits += d.hits().size();
    }
    if (record) {
      recorder.recordRun(user, "api", summary);
    }
    metrics.screened(travellers.size(), hits);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("decisions", decisions);
    out.put("summary", summary);
    out.put("demo_list", services.lists().demo());
    ctx.json(out);
  }

  /** Reads one traveller object; {@code where} names it in error messages ("body.travellers[3]"). */
  static Traveller traveller(JsonNode t, String where, LocalDate today) {
    if (t == null || !t.isObject()) {
      throw new InterdictException.InvalidInput(where + " must be an object");
    }
    String id = Json.text(t, "id", where);
    JsonNode mrz = t.get("mrz");
    try {
      if (mrz != null && !mrz.isNull()) {
        if (!mrz.isArray()) {
          throw new InterdictException.InvalidInput("mrz must be an array of 2 or 3 lines");
        }
        List<String> lines = new ArrayList<>(mrz.size());
        for (JsonNode line : mrz) {
          if (!line.isTextual()) {
            throw new InterdictException.InvalidInput("mrz lines must be strings, got " + line.getNodeType().name().toLowerCase());
          }
          lines.add(line.asText());
        }
        return Traveller.of(Mrz.parse(lines, today), id);
      }
      return Traveller.of(id, Json.text(t, "surname", where), Json.text(t, "given_names", where),
          Json.text(t, "birth_date", where), Json.text(t, "nationality", where), Json.text(t, "sex", where),
          Json.text(t, "document_number", where), Json.text(t, "document_country", where));
    } catch (InterdictException.InvalidInput e) {
      throw new InterdictException.InvalidInput(e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage());
    }
  }

  /** Decides one traveller against the live lists, recording a REFER or DENY as {@code user} when asked. */
  public EntryDecision decide(Traveller t, String user, boolean record) {
    EntryDecision d = decider().decide(t);
    if (record) {
      recorder.record(d, user);
    }
    metrics.screened(1, d.hits().size());
    return d;
  }

  private EntryDecider decider() {
    List<ListedEntity> entities = services.lists().entities();
    Screener screener = services.lists().screener();
    Built b = built;
    if (b == null || b.of != entities || b.screener != screener) {
      b = new Built(entities, screener, new EntryDecider(screener, entities, services.entryPolicy(), services.clock()));
      built = b;
    }
    return b.decider;
  }
}
