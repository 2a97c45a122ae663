package io.interdict.server.console;

import io.interdict.cases.Alert;
import io.interdict.monitoring.CustomerStore;
import io.interdict.monitoring.CustomerStore.CustomerDetail;
import io.interdict.monitoring.CustomerStore.CustomerVersion;
import io.interdict.server.Access;
import io.interdict.server.Routes;
import io.interdict.server.ServerServices;
import io.interdict.server.auth.Role;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The customers under monitoring: a search by id or name, and one customer with its versions, its
 * alerts and the form that closes it (the relationship ended: monitoring stops, the alerts stay).
 */
final class CustomerPages implements Console.ConsolePages {
  private static final int SHOWN = 200;

  private final ServerServices services;

  CustomerPages(ServerServices services) {
    this.services = services;
  }

  @Override
  public void register(Routes r) {
    r.page(HandlerType.GET, "/console/customers", Role.ANALYST, this::search);
    r.page(HandlerType.GET, "/console/customers/{id}", Role.ANALYST, this::customer);
    r.page(HandlerType.POST, "/console/customers/{id}/close", Role.ANALYST, this::close);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("/console/customers", "Customers");
  }

  static String href(String customerId) {
    return "/console/customers/" + Layout.url(customerId).replace("+", "%20");
  }

  private void search(Context ctx) {
    String text = ctx.queryParam("search") == null ? "" : ctx.queryParam("search").strip();
    String status = ctx.queryParam("status") == null ? "open" : ctx.queryParam("status").strip().toLowerCase(Locale.ROOT);
    List<Html.Safe> rows = new ArrayList<>();
    for (CustomerStore.Listed c : services.customers().search(text, CustomerStore.Status.parse(status), SHOWN)) {
      rows.add(Html.fmt("""
          <tr class="customer-row"><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>""",
          href(c.current().customerId()), c.current().customerId(), c.current().customer().name(),
          c.current().customer().type().schema(), c.current().version(), c.closedAt() == null ? "" : "closed " + c.closedAt()));
    }
    List<Html.Safe> options = new ArrayList<>();
    for (String s : List.of("open", "closed", "all")) {
      options.add(Html.fmt("<option value=\"{}\"{}>{}</option>", s, s.equals(status) ? Html.fmt(" selected") : Html.EMPTY, s));
    }
    ctx.html(Layout.page(ctx, "Customers", services.lists().demo(), Html.fmt("""
        <form method="get" action="/console/customers" class="card filters" id="customer-search">
          <label>Id or name <input name="search" id="search" value="{}"></label>
          <label>Status <select name="status">{}</select></label>
          <button type="submit">Search</button>
        </form>
        <table id="customers"><thead><tr><th>Id</th><th>Name</th><th>Type</th><th>Version</th><th>Closed</th></tr></thead>
        <tbody>{}</tbody></table>
        <p class="meta">At most {} customers, in id order.</p>""", text, Html.join(options), Html.join(rows), SHOWN)));
  }

  private void customer(Context ctx) {
    CustomerDetail d = services.customers().detail(ctx.pathParam("id"));
    String id = d.current().customerId();
    List<Html.Safe> versions = new ArrayList<>();
    for (int i = d.versions().size() - 1; i >= 0; i--) {
      CustomerVersion v = d.versions().get(i);
      versions.add(Html.fmt("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", v.version(),
          v.customer().name(), v.importedAt(), v.screenedAt() == null ? "not yet" : v.screenedAt(),
          v.reopened() ? "reopened" : ""));
    }
    List<Html.Safe> alerts = new ArrayList<>();
    for (Alert a : services.alerts().list(null, id, SHOWN)) {
      alerts.add(Html.fmt("""
          <tr class="alert-row"><td><a href="/console/alerts/{}">#{}</a></td><td><span class="state">{}</span></td>
          <td>{}</td><td class="score">{}</td><td>{}</td><td>{}</td></tr>""", a.id(), a.id(), AlertPages.label(a.status()),
          a.entityName(), Console.score(a.score()), a.reason().label(), a.createdAt()));
    }
    ctx.html(Layout.page(ctx, "Customer " + id, services.lists().demo(), Html.fmt("""
        <p><span class="state" id="customer-state">{}</span></p>
        <section class="card"><h2>As monitored now (version {})</h2>{}</section>
        {}
        <section class="card"><h2>Alerts</h2><table id="customer-alerts"><thead><tr><th>Alert</th><th>Status</th>
        <th>Listed party</th><th>Score</th><th>Reason</th><th>Raised</th></tr></thead><tbody>{}</tbody></table></section>
        <section class="card"><h2>Versions</h2><table id="versions"><thead><tr><th>Version</th><th>Name</th><th>Imported</th>
        <th>Screened in full</th><th></th></tr></thead><tbody>{}</tbody></table>{}</section>""",
        d.closed() ? "closed" : "monitored", d.current().version(), AlertPages.customer(d.current().customer(), d),
        d.closed() ? Html.EMPTY : closeForm(ctx, id), Html.join(alerts), Html.join(versions),
        AuditPages.link(Access.user(ctx), "customer:" + id))));
  }

  private static Html.Safe closeForm(Context ctx, String id) {
    return Html.fmt("""
        <form method="post" action="{}/close" class="card" id="close-form">{}
          <h2>Close</h2>
          <p class="meta">The relationship has ended: monitoring stops screening this customer; its open alerts are
          annotated and still need their decision. Importing it again reopens it.</p>
          <label>Why <input name="note" id="close-note" size="60" required></label>
          <button type="submit" id="close">Close the customer</button>
        </form>""", href(id), Layout.csrf(ctx));
  }

  private void close(Context ctx) {
    String id = ctx.pathParam("id");
    services.customers().close(id, Access.user(ctx).name(), ctx.formParam("note"));
    ctx.redirect(href(id));
  }
}
