package io.interdict.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.InterdictException;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.HeldPayments.Held;
import io.interdict.blocking.PaymentClearances;
import io.interdict.payments.Decision;
import io.interdict.server.Access;
import io.interdict.server.Json;
import io.interdict.server.Params;
import io.interdict.server.auth.User;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The queue of held payments over HTTP. The service enforces four-eyes (the proposer cannot confirm)
 * and what a true match may become; the server adds the role rule, as for alerts: analysts propose,
 * confirming a proposal needs a supervisor.
 */
public final class HoldsApi {
  private final HeldPayments holds;
  private final PaymentClearances clearances;

  public HoldsApi(HeldPayments holds, PaymentClearances clearances) {
    this.holds = holds;
    this.clearances = clearances;
  }

  /** {@code ?all=true} lists expired and revoked clearances too. */
  public void clearances(Context ctx) {
    ctx.json(clearances.list(!"true".equalsIgnoreCase(ctx.queryParam("all"))));
  }

  /** Body (optional): {@code {"note": "..."}}. */
  public void revokeClearance(Context ctx) {
    String note = ctx.body().isBlank() ? null : Json.text(Json.body(ctx), "note", "body");
    ctx.json(clearances.revoke(Params.id(ctx, "id"), Access.user(ctx).name(), note));
  }

  /**
   * {@code ?status=} {@code waiting} (default: not closed yet), {@code all}, or one status; oldest first,
   * paged with {@code after=} the last id seen.
   */
  public void list(Context ctx) {
    String status = ctx.queryParam("status");
    String st = status == null || status.isBlank() ? "waiting" : status.strip().toLowerCase(Locale.ROOT);
    int limit = Params.integer(ctx, "limit", 100, 1, HeldPayments.MAX_LIST);
    boolean waiting = st.equals("waiting");
    ctx.json(holds.list(waiting || st.equals("all") ? null : HeldPayments.Status.parse(st), waiting,
        Params.optionalLong(ctx, "after", 0), false, limit));
  }

  public void get(Context ctx) {
    ctx.json(holds.get(Params.id(ctx, "id")));
  }

  /** Body: {@code {"decision": "block", "entity_key": "us-ofac-sdn:43377", "note": "..."}}. */
  public void decide(Context ctx) {
    JsonNode body = Json.body(ctx);
    String d = Json.text(body, "decision", "body");
    if (d == null) {
      throw new InterdictException.InvalidInput("body.decision is required (release, block or reject)");
    }
    ctx.json(decide(holds, Params.id(ctx, "id"), HeldPayments.parseDecision(d), Json.text(body, "entity_key", "body"),
        Access.user(ctx), Json.text(body, "note", "body")));
  }

  /** Shared with the console: a proposal needs an analyst, a confirmation (second opinion) a supervisor. */
  public static Held decide(HeldPayments holds, long id, Decision decision, String entityKey, User user, String note) {
    HeldPayments.Status status = holds.get(id).hold().status();
    boolean secondOpinion = status != HeldPayments.Status.OPEN && !status.closed();
    if (secondOpinion) {
      Access.requireSecondOpinion(user, "hold " + id);
    }
    return holds.decide(id, decision, entityKey, user.name(), note, BlockingLedger.DEFAULT_INTEREST_RATE);
  }
}
