package io.interdict.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.InterdictException;
import io.interdict.blocking.AccountBlocks;
import io.interdict.blocking.BlockingLedger;
import io.interdict.cases.Alert;
import io.interdict.cases.AlertService;
import io.interdict.cases.AlertStatus;
import io.interdict.cases.Decision;
import io.interdict.server.Access;
import io.interdict.server.Json;
import io.interdict.server.Params;
import io.interdict.server.auth.User;
import io.javalin.http.Context;
import java.math.BigDecimal;

/**
 * Alerts and their four-eyes review. The service enforces four-eyes (the proposer cannot confirm);
 * the server adds the role rule: analysts propose, confirming a proposal needs a supervisor.
 */
public final class AlertsApi {
  private final AlertService alerts;
  private final AccountBlocks accounts;

  public AlertsApi(AlertService alerts, AccountBlocks accounts) {
    this.alerts = alerts;
    this.accounts = accounts;
  }

  /**
   * {@code POST /v1/alerts/{id}/block}: {@code {"account": "...", "balance": "1000.00", "currency": "USD"}}
   * blocks an account of the customer the alert confirmed designated.
   */
  public void blockAccount(Context ctx) {
    JsonNode b = Json.body(ctx);
    String balance = Json.text(b, "balance", "body");
    BigDecimal amount;
    try {
      amount = balance == null ? null : new BigDecimal(balance.strip());
    } catch (NumberFormatException e) {
      throw new InterdictException.InvalidInput("body.balance must be a decimal amount, not '" + balance + "'");
    }
    ctx.status(201).json(accounts.block(Params.id(ctx, "id"), Json.text(b, "account", "body"), amount,
        Json.text(b, "currency", "body"), BlockingLedger.DEFAULT_INTEREST_RATE, Access.user(ctx).name()));
  }

  /**
   * {@code ?status=&customer=&source=&min_score=&q=&after=&limit=}, all optional: oldest first, so a
   * client works through the queue by passing the last id it saw as {@code after}.
   */
  public void list(Context ctx) {
    String status = ctx.queryParam("status");
    ctx.json(alerts.find(new AlertService.Filter(status == null || status.isBlank() ? null : AlertStatus.parse(status),
        ctx.queryParam("customer"), ctx.queryParam("source"), Params.number(ctx, "min_score", 0, 0, 1), ctx.queryParam("q"),
        Params.optionalLong(ctx, "after", 0), null, false, Params.integer(ctx, "limit", 100, 1, AlertService.MAX_LIST))));
  }

  public void get(Context ctx) {
    ctx.json(alerts.get(Params.id(ctx, "id")));
  }

  public void review(Context ctx) {
    ctx.json(alerts.review(Params.id(ctx, "id"), Access.user(ctx).name()));
  }

  public void decide(Context ctx) {
    JsonNode body = Json.body(ctx);
    String d = Json.text(body, "decision", "body");
    if (d == null) {
      throw new InterdictException.InvalidInput("body.decision is required (false-positive or true-match)");
    }
    ctx.json(decide(alerts, Params.id(ctx, "id"), Decision.parse(d), Access.user(ctx), Json.text(body, "note", "body")));
  }

  /** Shared with the console: a proposal needs an analyst, a confirmation (second opinion) a supervisor. */
  public static Alert decide(AlertService alerts, long id, Decision decision, User user, String note) {
    AlertStatus status = alerts.get(id).alert().status();
    boolean secondOpinion = status == AlertStatus.PROPOSED_FALSE_POSITIVE || status == AlertStatus.PROPOSED_TRUE_MATCH;
    if (secondOpinion) {
      Access.requireSecondOpinion(user, "alert " + id);
    }
    return alerts.decide(id, decision, user.name(), note);
  }
}
