package io.interdict.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.InterdictException;
import io.interdict.blocking.BlockedItem;
import io.interdict.blocking.Licence;
import io.interdict.blocking.Report;
import io.interdict.blocking.ReportFilings;
import io.interdict.blocking.ReportWriter;
import io.interdict.server.Access;
import io.interdict.server.Json;
import io.interdict.server.Params;
import io.interdict.server.ServerServices;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The blocked-property ledger (list, release under a licence or after delisting, four-eyes approval),
 * licences, and the regulatory reports as JSON, CSV, HTML or PDF downloads.
 */
public final class BlockingApi {
  private final ServerServices services;

  public BlockingApi(ServerServices services) {
    this.services = services;
  }

  public record Item(BlockedItem item, BigDecimal interestToDate, List<?> releaseRequests) {}

  public void list(Context ctx) {
    ctx.json(services.ledger().list());
  }

  public void get(Context ctx) {
    long id = Params.id(ctx, "id");
    BlockedItem item = services.ledger().get(id);
    ctx.json(new Item(item, item.interest(LocalDate.now(services.clock())), services.ledger().requests(id)));
  }

  /** First eyes: {@code {"licence": "GL-21"}} or {@code {"delisted": true}}. */
  public void proposeRelease(Context ctx) {
    long id = Params.id(ctx, "id");
    JsonNode body = Json.body(ctx);
    String licence = Json.text(body, "licence", "body");
    boolean delisted = body.path("delisted").asBoolean(false);
    if ((licence == null) == !delisted) {
      throw new InterdictException.InvalidInput("give either body.licence (a licence number) or body.delisted: true");
    }
    String user = Access.user(ctx).name();
    ctx.status(201).json(licence != null
        ? services.ledger().proposeRelease(id, licence, user)
        : services.ledger().proposeUnblock(id, user, stillListed()));
  }

  /** Second eyes: approves the pending release; the service refuses the proposer. */
  public void approve(Context ctx) {
    ctx.json(approveAs(Params.id(ctx, "id"), Access.user(ctx).name()));
  }

  /** Shared with the console. */
  public BlockedItem approveAs(long id, String user) {
    return services.ledger().approve(id, user, stillListed());
  }

  public void licences(Context ctx) {
    ctx.json(services.licences().list());
  }

  /** {@code {"number","type":"general|specific","issuer","program","entity_key","max_amount","expires_on","description"}}. */
  public void addLicence(Context ctx) {
    JsonNode b = Json.body(ctx);
    String type = Json.text(b, "type", "body");
    Licence.Type t;
    try {
      t = type == null ? null : Licence.Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InterdictException.InvalidInput("body.type must be general or specific, got '" + type + "'");
    }
    String max = b.hasNonNull("max_amount") ? b.get("max_amount").asText() : null;
    BigDecimal maxAmount;
    try {
      maxAmount = max == null ? null : new BigDecimal(max);
    } catch (NumberFormatException e) {
      throw new InterdictException.InvalidInput("body.max_amount must be a number, got '" + max + "'");
    }
    Licence l = new Licence(Json.text(b, "number", "body"), t, Json.text(b, "issuer", "body"),
        Json.text(b, "program", "body"), Json.text(b, "entity_key", "body"), maxAmount,
        date(Json.text(b, "expires_on", "body"), "body.expires_on", null), Json.text(b, "description", "body"));
    ctx.status(201).json(services.licences().add(l, Access.user(ctx).name()));
  }

  /** {@code /v1/reports/{kind}?format=json|csv|html|pdf&as_of=YYYY-MM-DD}; kinds: blocked-property, rejects, annual. */
  public void report(Context ctx) throws IOException {
    String kind = ctx.pathParam("kind");
    LocalDate asOf = date(ctx.queryParam("as_of"), "as_of", LocalDate.now(services.clock()));
    if (!ReportFilings.KINDS.contains(kind)) {
      throw new InterdictException.NotFound("no report '" + kind + "' (blocked-property, rejects, annual)");
    }
    Report r = services.filings().report(kind, asOf);
    String f = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").strip().toLowerCase(Locale.ROOT);
    ReportWriter.Format format;
    try {
      format = ReportWriter.Format.valueOf(f.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InterdictException.InvalidInput("format must be json, csv, html or pdf, got '" + f + "'");
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ReportWriter.write(r, format, buf);
    ctx.contentType(switch (format) {
      case JSON -> "application/json";
      case CSV -> "text/csv; charset=utf-8";
      case HTML -> "text/html; charset=utf-8";
      case PDF -> "application/pdf";
    });
    ctx.header("Content-Disposition", "attachment; filename=\"" + kind + "-" + asOf + "." + f + "\"");
    ctx.result(buf.toByteArray());
  }

  /** {@code /v1/reports/due?as_of=YYYY-MM-DD}: reports not filed yet, soonest due first. */
  public void due(Context ctx) {
    ctx.json(services.filings().due(date(ctx.queryParam("as_of"), "as_of", LocalDate.now(services.clock()))));
  }

  /**
   * {@code POST /v1/reports/{kind}/filings}: {@code {"items": [3, 4], "filed_on": "2026-11-30", "reference": "..."}},
   * or for the annual report {@code "period": "2026-06-30"} instead of items.
   */
  public void filed(Context ctx) {
    String kind = ctx.pathParam("kind");
    if (!ReportFilings.KINDS.contains(kind)) {
      throw new InterdictException.NotFound("no report '" + kind + "' (blocked-property, rejects, annual)");
    }
    JsonNode b = Json.body(ctx);
    List<Long> items = new ArrayList<>();
    JsonNode array = b.get("items");
    if (array != null && !array.isNull()) {
      if (!array.isArray()) {
        throw new InterdictException.InvalidInput("body.items must be an array of item ids");
      }
      for (JsonNode n : array) {
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
          throw new InterdictException.InvalidInput("body.items holds '" + n + "', not an item id");
        }
        items.add(n.asLong());
      }
    }
    LocalDate period = date(Json.text(b, "period", "body"), "body.period", null);
    LocalDate filedOn = date(Json.text(b, "filed_on", "body"), "body.filed_on", LocalDate.now(services.clock()));
    ctx.status(201).json(services.filings().record(kind, items, period, filedOn, Json.text(b, "reference", "body"),
        Access.user(ctx).name()));
  }

  /** Delisting is judged against the stored lists in force; with none imported it cannot be confirmed. */
  private Predicate<String> stillListed() {
    return key -> {
      if (services.lists().demo()) {
        throw new InterdictException.Conflict("no list is imported: cannot confirm the owner was delisted");
      }
      return services.lists().entity(key).isPresent();
    };
  }

  private static LocalDate date(String s, String name, LocalDate dflt) {
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new InterdictException.InvalidInput(name + " must be a date YYYY-MM-DD, got '" + s + "'");
    }
  }
}
