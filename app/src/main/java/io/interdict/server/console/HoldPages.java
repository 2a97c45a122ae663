package io.interdict.server.console;

import static io.interdict.server.console.Console.nz;

import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.HeldPayments.Held;
import io.interdict.blocking.PaymentClearances;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import io.interdict.server.Access;
import io.interdict.server.Params;
import io.interdict.server.Routes;
import io.interdict.server.ServerServices;
import io.interdict.server.api.HoldsApi;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The queue of held payments, one hold with its hits, and the four-eyes decision form. */
final class HoldPages implements Console.ConsolePages {
  /** Holds shown when closed ones are included, newest first. */
  private static final int SHOWN = 500;

  private final ServerServices services;

  HoldPages(ServerServices services) {
    this.services = services;
  }

  @Override
  public void register(Routes r) {
    r.page(HandlerType.GET, "/console/holds", Role.ANALYST, this::queue);
    r.page(HandlerType.GET, "/console/holds/{id}", Role.ANALYST, this::hold);
    r.page(HandlerType.POST, "/console/holds/{id}/decide", Role.ANALYST, this::decide);
    r.page(HandlerType.POST, "/console/clearances/{id}/revoke", Role.ANALYST, this::revoke);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("/console/holds", "Held payments");
  }

  private void queue(Context ctx) {
    boolean all = "all".equals(ctx.queryParam("status"));
    List<Html.Safe> rows = new ArrayList<>();
    // The waiting queue is worked oldest first; every hold, including closed ones, is read from the latest.
    for (Held h : services.holds().list(null, !all, null, all, all ? SHOWN : HeldPayments.MAX_LIST)) {
      Hit top = top(h);
      rows.add(Html.fmt("""
          <tr class="hold-row"><td><a href="/console/holds/{}">#{}</a></td><td><span class="state">{}</span></td>
          <td>{}</td><td class="score">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>""",
          h.id(), h.id(), h.status().label().replace('-', ' '), h.messageId() == null ? h.origin() : h.messageId(),
          amount(h), top == null ? firstReason(h) : top.listedName() + " (" + top.entityKey() + ", "
              + String.format(Locale.ROOT, "%.2f", top.score()) + ")",
          h.heldOn(), h.proposedBy() == null ? "" : h.proposedDecision().name().toLowerCase(Locale.ROOT) + " by " + h.proposedBy()));
    }
    List<Html.Safe> cleared = new ArrayList<>();
    for (PaymentClearances.Stored c : services.clearances().list(true)) {
      cleared.add(Html.fmt("""
          <tr class="clearance-row" id="clearance-{}"><td>{}</td><td>{}</td><td>{}</td><td><a href="/console/holds/{}">#{}</a></td>
          <td>{}, {}</td><td>{}</td><td><form method="post" action="/console/clearances/{}/revoke">{}
          <button type="submit" class="secondary">Revoke</button></form></td></tr>""",
          c.id(), c.nameValue(), c.listedName(), c.entityKey(), c.holdId(), c.holdId(), c.clearedBy(), c.confirmedBy(),
          c.expiresOn(), c.id(), Layout.csrf(ctx)));
    }
    ctx.html(Layout.page(ctx, "Held payments", services.lists().demo(), Html.fmt("""
        <p class="meta">{} · <a href="/console/holds{}">{}</a></p>
        <table id="holds"><thead><tr><th>Hold</th><th>Status</th><th>Message</th><th>Amount</th><th>Top hit</th>
        <th>Held on</th><th>Proposed</th></tr></thead><tbody>{}</tbody></table>
        <section class="card"><h2>Clearances in force</h2>
        <p class="meta">Names two users released: the same name against the same listed name is released again until
        the date shown, unless revoked.</p>
        <table id="clearances"><thead><tr><th>Name</th><th>Listed name</th><th>Entry</th><th>Hold</th><th>Released by</th>
        <th>In force to</th><th></th></tr></thead><tbody>{}</tbody></table></section>""",
        all ? "Every held payment, newest first (the latest " + SHOWN + ")" : "Payments waiting for a decision", all ? "" : "?status=all",
        all ? "only those waiting" : "show closed ones too", Html.join(rows), Html.join(cleared))));
  }

  private void revoke(Context ctx) {
    services.clearances().revoke(Params.id(ctx, "id"), Access.user(ctx).name(), "revoked in the console");
    ctx.redirect("/console/holds");
  }

  private void hold(Context ctx) {
    HeldPayments.Detail d = services.holds().get(Params.id(ctx, "id"));
    Held h = d.hold();
    List<Html.Safe> hits = new ArrayList<>();
    for (Hit x : h.screening().hits()) {
      hits.add(Html.fmt("<tr class=\"hit-row\"><td>{}</td><td>{}</td><td>{}</td><td class=\"score\">{}</td><td>{}</td>"
              + "<td>{}</td></tr>", x.field(), x.value(), x.entityKey() == null ? x.program() : x.listedName() + " ("
              + x.entityKey() + ")", String.format(Locale.ROOT, "%.2f", x.score()), nz(x.program()),
          x.ifConfirmed() == null ? "" : x.ifConfirmed().name()));
    }
    List<Html.Safe> reasons = new ArrayList<>();
    for (String r : h.screening().reasons()) {
      reasons.add(Html.fmt("<li>{}</li>", r));
    }
    List<Html.Safe> events = new ArrayList<>();
    for (HeldPayments.Event e : d.events()) {
      events.add(Html.fmt("<li>{} — {} {}{}{}</li>", e.at(), e.actor(), e.action(),
          e.decision() == null ? "" : " " + e.decision().name().toLowerCase(Locale.ROOT)
              + (e.entityKey() == null ? "" : " on " + e.entityKey()), e.note() == null ? "" : ": " + e.note()));
    }
    ctx.html(Layout.page(ctx, "Held payment #" + h.id(), services.lists().demo(), Html.fmt("""
        <p><span class="state" id="hold-state">{}</span> · {} ({}) · {} · held {} by {}</p>
        {}
        <section class="card"><h2>Hits</h2><table id="hits"><thead><tr><th>Field</th><th>Value</th><th>Listed</th>
        <th>Score</th><th>Programs</th><th>If confirmed</th></tr></thead><tbody>{}</tbody></table>
        <ul class="meta">{}</ul></section>
        {}
        <section class="card"><h2>History</h2><ol id="events">{}</ol>{}</section>""",
        h.status().label().replace('-', ' '), h.messageId() == null ? "unread message" : h.messageId(), h.origin(), amount(h),
        h.heldAt(), h.heldBy(), fourEyes(h), Html.join(hits), Html.join(reasons), form(ctx, h, Access.user(ctx)),
        Html.join(events), AuditPages.link(Access.user(ctx), "hold:" + h.id()))));
  }

  private void decide(Context ctx) {
    long id = Params.id(ctx, "id");
    String entity = ctx.formParam("entity_key");
    HoldsApi.decide(services.holds(), id, HeldPayments.parseDecision(ctx.formParam("decision")),
        entity == null || entity.isBlank() ? null : entity, Access.user(ctx), ctx.formParam("note"));
    ctx.redirect("/console/holds/" + id);
  }

  private static Html.Safe fourEyes(Held h) {
    if (h.status().closed()) {
      return Html.fmt("<p class=\"four-eyes\" id=\"four-eyes\">Closed as {}: proposed by {}, confirmed by {} on {} ({}).</p>",
          h.status().label(), h.proposedBy(), h.closedBy(), h.closedAt(), h.outcome());
    }
    if (h.proposedBy() != null) {
      return Html.fmt("<p class=\"four-eyes\" id=\"four-eyes\">{} proposed {}{} on {}; awaiting a second reviewer "
              + "(a supervisor other than {}).</p>", h.proposedBy(), h.proposedDecision().name().toLowerCase(Locale.ROOT),
          h.proposedEntity() == null ? "" : " on " + h.proposedEntity(), h.proposedAt(), h.proposedBy());
    }
    return Html.fmt("<p class=\"four-eyes\" id=\"four-eyes\">No decision yet: a first reviewer proposes, a second confirms."
        + "</p>");
  }

  /** The decision form: the hits a block or reject can name, the three decisions, a note. */
  private static Html.Safe form(Context ctx, Held h, User me) {
    if (h.status().closed()) {
      return Html.EMPTY;
    }
    boolean secondOpinion = h.proposedBy() != null;
    Html.Safe refused = secondOpinion ? Layout.cannotConfirm(me, h.proposedBy()) : null;
    if (refused != null) {
      return refused;
    }
    List<Html.Safe> entities = new ArrayList<>();
    entities.add(Html.fmt("<option value=\"\">none (release, or a reject without a listed party)</option>"));
    List<String> seen = new ArrayList<>();
    for (Hit x : h.screening().hits()) {
      if (x.entityKey() != null && !seen.contains(x.entityKey())) {
        seen.add(x.entityKey());
        entities.add(Html.fmt("<option value=\"{}\"{}>{} ({}; if confirmed: {})</option>", x.entityKey(),
            x.entityKey().equals(h.proposedEntity()) ? Html.fmt(" selected") : Html.EMPTY, x.listedName(), x.entityKey(),
            x.ifConfirmed() == null ? "?" : x.ifConfirmed().name().toLowerCase(Locale.ROOT)));
      }
    }
    List<Html.Safe> buttons = new ArrayList<>();
    for (Decision d : List.of(Decision.RELEASE, Decision.BLOCK, Decision.REJECT)) {
      String verb = !secondOpinion ? "Propose " : d == h.proposedDecision() ? "Confirm " : "Dispute: ";
      String name = d.name().toLowerCase(Locale.ROOT);
      buttons.add(Html.fmt("<button type=\"submit\" name=\"decision\" value=\"{}\" id=\"decide-{}\">{}{}</button> ",
          name, name, verb, name));
    }
    return Html.fmt("""
        <form method="post" action="/console/holds/{}/decide" class="card" id="decide">{}
          <label>True match on <select name="entity_key" id="entity">{}</select></label>
          <label>Note <textarea name="note" rows="2" cols="60"></textarea></label>
          {}
        </form>""", h.id(), Layout.csrf(ctx), Html.join(entities), Html.join(buttons));
  }

  private static Hit top(Held h) {
    Hit top = null;
    for (Hit x : h.screening().hits()) {
      if (x.entityKey() != null && (top == null || x.score() > top.score())) {
        top = x;
      }
    }
    return top;
  }

  private static String amount(Held h) {
    return h.amount() == null ? "amount unknown" : h.amount().toPlainString() + " " + nz(h.currency());
  }

  private static String firstReason(Held h) {
    return h.screening().reasons().isEmpty() ? "" : h.screening().reasons().get(0);
  }
}
