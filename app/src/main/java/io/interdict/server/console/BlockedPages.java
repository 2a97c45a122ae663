package io.interdict.server.console;

import static io.interdict.server.console.Console.nz;

import io.interdict.InterdictException;
import io.interdict.blocking.BlockedItem;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.ReportFilings;
import io.interdict.server.Access;
import io.interdict.server.Params;
import io.interdict.server.Routes;
import io.interdict.server.ServerServices;
import io.interdict.server.api.BlockingApi;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The blocked-property register with four-eyes release forms, and the report downloads. */
final class BlockedPages implements Console.ConsolePages {
  private static final List<String> REPORTS = List.of("blocked-property", "rejects", "annual");
  private static final List<String> FORMATS = List.of("pdf", "csv", "html", "json");

  private final ServerServices services;
  private final BlockingApi api;

  BlockedPages(ServerServices services) {
    this.services = services;
    this.api = new BlockingApi(services);
  }

  @Override
  public void register(Routes r) {
    r.page(HandlerType.GET, "/console/blocked", Role.ANALYST, this::register);
    r.page(HandlerType.POST, "/console/blocked/{id}/release", Role.SUPERVISOR, this::release);
    r.page(HandlerType.POST, "/console/blocked/{id}/approve", Role.SUPERVISOR, this::approve);
    r.page(HandlerType.POST, "/console/reports/filings", Role.SUPERVISOR, this::filed);
    // The same writer as the API; the console authenticates by session instead of key.
    r.page(HandlerType.GET, "/console/reports/{kind}", Role.ANALYST, api::report);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("/console/blocked", "Blocked property and reports");
  }

  private void register(Context ctx) {
    User me = Access.user(ctx);
    LocalDate today = LocalDate.now(services.clock());
    List<Html.Safe> rows = new ArrayList<>();
    for (BlockedItem i : services.ledger().list()) {
      rows.add(Html.fmt("""
          <tr class="blocked-row" id="item-{}"><td>{}</td><td>{}</td><td>{}<div class="meta">{}</div></td><td>{}</td>
          <td class="score">{} {}</td><td class="score">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>""",
          i.id(), i.id(), i.messageId(), i.ownerName(), i.entityKey(), i.program(), i.amount().toPlainString(), i.currency(),
          i.interest(today).toPlainString(), i.blockedOn(), i.reportDue(), i.status(),
          actions(ctx, me, i)));
    }
    List<Html.Safe> downloads = new ArrayList<>();
    for (String kind : REPORTS) {
      List<Html.Safe> links = new ArrayList<>();
      for (String f : FORMATS) {
        links.add(Html.fmt("<a href=\"/console/reports/{}?format={}\" class=\"download\">{}</a> ", kind, f, f.toUpperCase()));
      }
      downloads.add(Html.fmt("<li>{}: {}</li>", kind.replace('-', ' '), Html.join(links)));
    }
    List<Html.Safe> due = new ArrayList<>();
    for (ReportFilings.Due d : services.filings().due(today)) {
      due.add(Html.fmt("<tr class=\"due-row{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
          d.overdue() ? " overdue" : "", d.kind().replace('-', ' '), d.itemId() == null ? d.period() : "#" + d.itemId(),
          d.subject(), d.dueOn() + (d.overdue() ? " (overdue)" : "")));
    }
    ctx.html(Layout.page(ctx, "Blocked property", services.lists().demo(), Html.fmt("""
        <section class="card"><h2>Reports due</h2>{}</section>
        <section class="card"><h2>Reports</h2><ul id="reports">{}</ul></section>
        <table id="blocked"><thead><tr><th>Item</th><th>Message</th><th>Owner</th><th>Program</th><th>Amount</th>
        <th>Interest to date</th><th>Blocked</th><th>Report due</th><th>Status</th><th>Release</th></tr></thead>
        <tbody>{}</tbody></table>""", due.isEmpty()
            ? Html.fmt("<p class=\"meta\" id=\"reports-due\">Every report is filed.</p>")
            : Html.fmt("""
                <table id="reports-due"><thead><tr><th>Report</th><th>Of</th><th>Subject</th><th>Due</th></tr></thead>
                <tbody>{}</tbody></table>{}""", Html.join(due), filingForm(ctx, me, today)),
        Html.join(downloads), Html.join(rows))));
  }

  /** Supervisors record a filing here: the items (or the annual report's 30 June), the day, OFAC's reference. */
  private static Html.Safe filingForm(Context ctx, User me, LocalDate today) {
    if (!me.role().includes(Role.SUPERVISOR)) {
      return Html.fmt("<p class=\"meta\">A supervisor records a filing here once it is made.</p>");
    }
    return Html.fmt("""
        <form method="post" action="/console/reports/filings" id="record-filing">{}
          <label>Report <select name="kind"><option value="blocked-property">blocked property</option>
          <option value="rejects">rejects</option><option value="annual">annual</option></select></label>
          <label>Items <input name="items" placeholder="3, 4" size="10"></label>
          <label>or 30 June <input name="period" placeholder="YYYY-06-30" size="10"></label>
          <label>Filed on <input name="filed_on" value="{}" size="10"></label>
          <label>OFAC reference <input name="reference" required></label>
          <button type="submit" id="record">Record the filing</button>
        </form>""", Layout.csrf(ctx), today);
  }

  private void filed(Context ctx) {
    List<Long> items = new ArrayList<>();
    for (String part : nz(ctx.formParam("items")).split("[,\\s]+")) {
      if (!part.isBlank()) {
        try {
          items.add(Long.parseLong(part.strip().replace("#", "")));
        } catch (NumberFormatException e) {
          throw new InterdictException.InvalidInput("'" + part + "' is not an item number");
        }
      }
    }
    services.filings().record(ctx.formParam("kind"), items, date(ctx.formParam("period"), null),
        date(ctx.formParam("filed_on"), LocalDate.now(services.clock())), ctx.formParam("reference"),
        Access.user(ctx).name());
    ctx.redirect("/console/blocked");
  }

  private static LocalDate date(String s, LocalDate dflt) {
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InterdictException.InvalidInput("'" + s + "' is not a date YYYY-MM-DD");
    }
  }

  private Html.Safe actions(Context ctx, User me, BlockedItem i) {
    if (i.status() != BlockedItem.Status.BLOCKED || !me.role().includes(Role.SUPERVISOR)) {
      return Html.EMPTY;
    }
    for (BlockingLedger.ReleaseRequest r : services.ledger().requests(i.id())) {
      if ("PENDING".equals(r.status())) {
        if (r.proposedBy().equalsIgnoreCase(me.name())) {
          return Html.fmt("<span class=\"meta\">You proposed release ({}); another supervisor must approve.</span>", r.basis());
        }
        return Html.fmt("""
            <form method="post" action="/console/blocked/{}/approve">{}<span class="meta">{} proposed {} {}</span>
            <button type="submit">Approve release</button></form>""", i.id(), Layout.csrf(ctx), r.proposedBy(),
            r.basis().toLowerCase(), r.licenceNumber() == null ? "" : r.licenceNumber());
      }
    }
    return Html.fmt("""
        <form method="post" action="/console/blocked/{}/release">{}<input name="licence" placeholder="licence number" required>
        <button type="submit" class="secondary">Propose release</button></form>""", i.id(), Layout.csrf(ctx));
  }

  private void release(Context ctx) {
    long id = Params.id(ctx, "id");
    services.ledger().proposeRelease(id, ctx.formParam("licence"), Access.user(ctx).name());
    ctx.redirect("/console/blocked");
  }

  private void approve(Context ctx) {
    long id = Params.id(ctx, "id");
    api.approveAs(id, Access.user(ctx).name());
    ctx.redirect("/console/blocked");
  }
}
