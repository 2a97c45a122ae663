package io.interdict.server.console;

import static io.interdict.server.console.Console.nz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.InterdictException;
import io.interdict.blocking.AccountBlocks;
import io.interdict.blocking.BlockingLedger;
import io.interdict.cases.Alert;
import io.interdict.cases.AlertEvent;
import io.interdict.cases.AlertService;
import io.interdict.cases.AlertStatus;
import io.interdict.cases.Decision;
import io.interdict.lists.store.EntityVersion;
import io.interdict.match.Explanation;
import io.interdict.model.ListedEntity;
import io.interdict.monitoring.Customer;
import io.interdict.monitoring.CustomerStore;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipDerivations;
import io.interdict.server.Access;
import io.interdict.server.Params;
import io.interdict.server.Routes;
import io.interdict.server.ServerServices;
import io.interdict.server.api.AlertsApi;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The alert queue (with filters and a chart), an alert side by side, and the four-eyes decision forms. */
final class AlertPages implements Console.ConsolePages {
  /** The monitor stores the matcher's explanation as plain (camelCase) JSON. */
  private static final ObjectMapper EXPLANATION =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final int QUEUE = 500;
  private static final int CHART_DAYS = 30;

  private final ServerServices services;

  AlertPages(ServerServices services) {
    this.services = services;
  }

  @Override
  public void register(Routes r) {
    r.page(HandlerType.GET, "/console/alerts", Role.ANALYST, this::queue);
    r.page(HandlerType.GET, "/console/alerts/{id}", Role.ANALYST, this::alert);
    r.page(HandlerType.POST, "/console/alerts/{id}/decide", Role.ANALYST, this::decide);
    r.page(HandlerType.POST, "/console/alerts/{id}/block", Role.ANALYST, this::blockAccount);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("/console/alerts", "Alert queue");
  }

  private void queue(Context ctx) {
    LocalDate today = LocalDate.now(services.clock().withZone(ZoneOffset.UTC));
    String status = blankToNull(ctx.queryParam("status"));
    String source = blankToNull(ctx.queryParam("source"));
    String q = blankToNull(ctx.queryParam("q"));
    double minScore = Params.number(ctx, "min_score", 0, 0, 1);
    List<Html.Safe> rows = new ArrayList<>();
    for (Alert a : services.alerts().find(new AlertService.Filter(status == null ? null : AlertStatus.parse(status), null,
        source, minScore, q, null, null, true, QUEUE))) {
      rows.add(Html.fmt("""
          <tr class="alert-row"><td><a href="/console/alerts/{}">#{}</a></td><td><span class="state">{}</span></td>
          <td>{}</td><td>{}</td><td class="score">{}</td><td>{}</td><td>{}</td></tr>""",
          a.id(), a.id(), label(a.status()), a.customerId(), a.entityName(), Console.score(a.score()), a.listSource(),
          a.createdAt()));
    }
    List<Html.Safe> statusOptions = new ArrayList<>();
    statusOptions.add(Html.fmt("<option value=\"\">any</option>"));
    for (AlertStatus s : AlertStatus.values()) {
      statusOptions.add(option(s.name().toLowerCase(Locale.ROOT), label(s), s.name().equalsIgnoreCase(nz(status).replace('-', '_'))));
    }
    List<Html.Safe> sourceOptions = new ArrayList<>();
    sourceOptions.add(Html.fmt("<option value=\"\">any</option>"));
    for (String s : services.alerts().sources()) {
      sourceOptions.add(option(s, s, s.equals(source)));
    }
    ctx.html(Layout.page(ctx, "Alerts", services.lists().demo(), Html.fmt("""
        <section class="card"><h2>Alerts raised and decisions taken, last 30 days</h2>{}</section>
        <form method="get" action="/console/alerts" class="card filters" id="alert-filters">
          <label>Status <select name="status">{}</select></label>
          <label>List <select name="source">{}</select></label>
          <label>Minimum score <input name="min_score" value="{}" size="4"></label>
          <label>Customer or listed name <input name="q" value="{}"></label>
          <button type="submit">Filter</button>
        </form>
        <table id="alerts"><thead><tr><th>Alert</th><th>Status</th><th>Customer</th><th>Listed party</th>
        <th>Score</th><th>List</th><th>Raised</th></tr></thead><tbody>{}</tbody></table>""",
        Chart.alertsAndDecisions(services.alerts().activeSince(today.minusDays(CHART_DAYS - 1L).atStartOfDay()
            .toInstant(ZoneOffset.UTC)), today, CHART_DAYS),
        Html.join(statusOptions), Html.join(sourceOptions), minScore == 0 ? "" : Console.score(minScore), nz(q),
        Html.join(rows))));
  }

  private void alert(Context ctx) {
    long id = Params.id(ctx, "id");
    AlertService.AlertDetail d = services.alerts().get(id);
    Alert a = d.alert();
    User me = Access.user(ctx);
    CustomerStore.CustomerVersion cv = services.customers().version(a.customerVersionId());
    Optional<ListedEntity> listed = listedAsAlerted(a);
    ctx.html(Layout.page(ctx, "Alert #" + a.id(), services.lists().demo(), Html.fmt("""
        <p><span class="state" id="alert-state">{}</span> score <span class="score">{}</span> · {} · raised {}</p>
        {}
        <div class="side">
          <section class="card" id="customer"><h2>Customer <a href="{}">{}</a></h2>{}</section>
          <section class="card" id="listed"><h2>Listed: {}</h2>{}</section>
        </div>
        <section class="card"><h2>Why it matched</h2>{}</section>
        {}
        <section class="card"><h2>History</h2><ol id="events">{}</ol>{}</section>""",
        label(a.status()), Console.score(a.score()), a.reason() == null ? "" : a.reason().label(), a.createdAt(),
        fourEyes(a), CustomerPages.href(a.customerId()), a.customerId() + " (version " + cv.version() + ")", customer(cv.customer(), services.customers().detail(a.customerId())), a.entityName(),
        listed.map(EntityView::render).orElse(Html.fmt("<p class=\"meta\">Entry {} is not in the stored lists any more.</p>",
            a.entityKey())),
        why(a), a.status() == AlertStatus.CLOSED_TRUE_MATCH ? blockForm(ctx, a) : decideForms(ctx, a, me),
        events(d.events()), AuditPages.link(me, "alert:" + a.id()))));
  }

  /** A confirmed true match: the customer's accounts are what is blocked next. */
  private static Html.Safe blockForm(Context ctx, Alert a) {
    return Html.fmt("""
        <form method="post" action="/console/alerts/{}/block" class="card" id="block-account">{}
          <h2>Block an account of {}</h2>
          <label>Account <input name="account" required></label>
          <label>Balance <input name="balance" required size="12"></label>
          <label>Currency <input name="currency" required size="3" value="USD"></label>
          <button type="submit" id="block">Block into the ledger</button>
        </form>""", a.id(), Layout.csrf(ctx), a.customerId());
  }

  private void blockAccount(Context ctx) {
    long id = Params.id(ctx, "id");
    BigDecimal balance;
    try {
      balance = new BigDecimal(nz(ctx.formParam("balance")).strip());
    } catch (NumberFormatException e) {
      throw new InterdictException.InvalidInput("balance must be a decimal amount, not '" + ctx.formParam("balance") + "'");
    }
    AccountBlocks.overStore(services.database().jdbi(), services.listStore(), services.audit(), services.paymentPolicy(),
            Clock.systemDefaultZone())
        .block(id, ctx.formParam("account"), balance, ctx.formParam("currency"), BlockingLedger.DEFAULT_INTEREST_RATE,
            Access.user(ctx).name());
    ctx.redirect("/console/blocked");
  }

  private void decide(Context ctx) {
    long id = Params.id(ctx, "id");
    String decision = ctx.formParam("decision");
    AlertsApi.decide(services.alerts(), id, Decision.parse(decision), Access.user(ctx), ctx.formParam("note"));
    ctx.redirect("/console/alerts/" + id);
  }

  /**
   * The list entry as it stood in the version that raised the alert, else as currently listed; for an
   * entity blocked by ownership, as the derivation that raised the alert held it (holdings and reasons).
   */
  private Optional<ListedEntity> listedAsAlerted(Alert a) {
    if (OwnershipAnalysis.SOURCE.equals(a.listSource())) {
      return new OwnershipDerivations(services.database().jdbi(), services.audit(), services.clock())
          .entity(a.listVersionId(), a.entityKey());
    }
    for (EntityVersion v : services.lists().history(a.entityKey())) {
      if (v.version().id() == a.listVersionId() && v.entity() != null) {
        return Optional.of(v.entity());
      }
    }
    return services.lists().entity(a.entityKey());
  }

  private static Html.Safe fourEyes(Alert a) {
    if (a.status().closed()) {
      return Html.fmt("<p class=\"four-eyes\" id=\"four-eyes\">Closed as {}: proposed by {}, confirmed by {} on {}.</p>",
          a.proposedDecision() == null ? "" : a.proposedDecision().label(), nz(a.proposedBy()), nz(a.closedBy()),
          a.closedAt());
    }
    if (a.proposedDecision() != null) {
      return Html.fmt("<p class=\"four-eyes\" id=\"four-eyes\">{} proposed {} on {}; awaiting a second reviewer "
          + "(a supervisor other than {}).</p>", a.proposedBy(), a.proposedDecision().label(), a.proposedAt(), a.proposedBy());
    }
    return Html.fmt("<p class=\"four-eyes\" id=\"four-eyes\">No decision yet: a first reviewer proposes, a second confirms.</p>");
  }

  private static Html.Safe decideForms(Context ctx, Alert a, User me) {
    if (a.status().closed()) {
      return Html.EMPTY;
    }
    boolean secondOpinion = a.proposedDecision() != null;
    Html.Safe refused = secondOpinion ? Layout.cannotConfirm(me, a.proposedBy()) : null;
    if (refused != null) {
      return refused;
    }
    List<Html.Safe> buttons = new ArrayList<>();
    for (Decision d : Decision.values()) {
      String verb = !secondOpinion ? "Propose " : d == a.proposedDecision() ? "Confirm " : "Dispute: ";
      buttons.add(Html.fmt("<button type=\"submit\" name=\"decision\" value=\"{}\" id=\"decide-{}\">{}{}</button> ",
          d.label(), d.label(), verb, d.label().replace('-', ' ')));
    }
    return Html.fmt("""
        <form method="post" action="/console/alerts/{}/decide" class="card" id="decide">{}
          <label>Note <textarea name="note" rows="2" cols="60"></textarea></label>
          {}
        </form>""", a.id(), Layout.csrf(ctx), Html.join(buttons));
  }

  /** The customer as alerted, and whether it has left since. */
  static Html.Safe customer(Customer c, CustomerStore.CustomerDetail now) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("Name", c.name());
    f.put("Type", c.type().schema());
    f.put("Birth date", c.birthDate());
    f.put("Country", c.country());
    f.put("Identifier", c.identifier());
    List<Html.Safe> rows = new ArrayList<>();
    f.forEach((k, v) -> {
      if (v != null) {
        rows.add(Html.fmt("<dt>{}</dt><dd>{}</dd>", k, v));
      }
    });
    Html.Safe closed = now.closed() ? Html.fmt("<p class=\"meta\" id=\"customer-closed\">Closed at {} by {}{}</p>",
        now.closedAt(), now.closedBy(), now.closedNote() == null ? "" : ": " + now.closedNote()) : Html.EMPTY;
    return Html.fmt("<dl class=\"entity\">{}</dl>{}", Html.join(rows), closed);
  }

  private static Html.Safe why(Alert a) {
    Explanation x = null;
    try {
      x = a.explanation() == null ? null : EXPLANATION.readValue(a.explanation(), Explanation.class);
    } catch (java.io.IOException | RuntimeException e) {
      // An explanation stored by an older engine may not parse: show it as text rather than fail the page.
    }
    if (x == null) {
      return Html.fmt("<p>Matched name: {}</p><pre>{}</pre>", nz(a.matchedName()), nz(a.explanation()));
    }
    return Html.fmt("<p>Matched name: <strong>{}</strong> — {}</p><div class=\"alignment\">{}</div>{}",
        nz(a.matchedName()), x.summary(), Console.alignment(x), Console.evidence(x));
  }

  private static Html.Safe events(List<AlertEvent> events) {
    List<Html.Safe> items = new ArrayList<>();
    for (AlertEvent e : events) {
      items.add(Html.fmt("<li>{} — {} {}{}{}</li>", e.at(), e.actor(), e.action(),
          e.decision() == null ? "" : " " + e.decision().label(), e.note() == null ? "" : ": " + e.note()));
    }
    return Html.join(items);
  }

  private static Html.Safe option(String value, String text, boolean selected) {
    return Html.fmt("<option value=\"{}\"{}>{}</option>", value, selected ? Html.fmt(" selected") : Html.EMPTY, text);
  }

  static String label(AlertStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
