package io.interdict.server.console;

import io.interdict.InterdictException;
import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.ReportFilings;
import io.interdict.cases.AlertStatus;
import io.interdict.match.Explanation;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.server.Access;
import io.interdict.server.ListsView;
import io.interdict.server.Routes;
import io.interdict.server.ServerMetrics;
import io.interdict.server.ServerServices;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.Sessions;
import io.interdict.server.auth.User;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The analyst console: server-rendered pages over the same services as the API. Sign-in exchanges a
 * user name and API key for a session cookie (HttpOnly, SameSite=Strict); every form carries the
 * session's CSRF token; every value shown is escaped by {@link Html}.
 */
public final class Console {
  public static final String HOME = "/console";
  public static final String LOGIN = "/console/login";
  static final String LOGIN_COOKIE = "interdict_login";
  private static final Pattern STATIC = Pattern.compile("[a-z0-9-]+\\.(css|js)");

  private final ServerServices services;
  private final Sessions sessions;
  private final List<ConsolePages> extensions = new ArrayList<>();

  public Console(ServerServices services, Sessions sessions, ServerMetrics metrics) {
    this.services = services;
    this.sessions = sessions;
    extensions.add(new AlertPages(services));
    extensions.add(new HoldPages(services));
    extensions.add(new BlockedPages(services));
    extensions.add(new EntryPages(services, metrics));
    extensions.add(new OwnershipPages(services));
    extensions.add(new CustomerPages(services));
    extensions.add(new AuditPages(services));
  }

  /** Pages contributed by a service area (alerts, blocking ...), registered with the core pages. */
  public interface ConsolePages {
    void register(Routes r);

    /** Navigation links as (href, label) pairs. */
    Map<String, String> links();
  }

  public void register(Routes r) {
    r.page(HandlerType.GET, LOGIN, Role.OPEN, this::loginForm);
    r.page(HandlerType.POST, LOGIN, Role.OPEN, this::login);
    r.page(HandlerType.POST, "/console/logout", Role.SCREENING, this::logout);
    r.page(HandlerType.GET, HOME, Role.SCREENING, this::home);
    r.page(HandlerType.GET, "/console/screen", Role.SCREENING, this::screen);
    r.page(HandlerType.GET, "/console/entities/{id}", Role.SCREENING, this::entity);
    r.page(HandlerType.GET, "/console/lists", Role.SCREENING, this::lists);
    for (ConsolePages p : extensions) {
      p.register(r);
    }
  }

  // --- sign-in --------------------------------------------------------------------------------

  private void loginForm(Context ctx) {
    renderLogin(ctx, null);
  }

  private void renderLogin(Context ctx, String error) {
    // Double-submit token: the sign-in form has no session yet, so its CSRF token lives in a cookie.
    String token = Sessions.token();
    ctx.cookie(cookie(ctx, LOGIN_COOKIE, token, 600));
    Html.Safe err = error == null ? Html.EMPTY : Html.fmt("<p class=\"error\" role=\"alert\">{}</p>", error);
    ctx.html(Layout.page(ctx, "Sign in", false, Html.fmt("""
        {}
        <form method="post" action="/console/login" class="card narrow">
          <input type="hidden" name="{}" value="{}">
          <label>User name <input name="username" id="username" autocomplete="username" required></label>
          <label>API key <input name="api_key" id="api_key" type="password" autocomplete="current-password" required></label>
          <button type="submit" id="sign-in">Sign in</button>
        </form>""", err, Access.CSRF_FIELD, token)));
  }

  private void login(Context ctx) {
    String expected = ctx.cookie(LOGIN_COOKIE);
    if (expected == null || !Sessions.tokensEqual(expected, ctx.formParam(Access.CSRF_FIELD))) {
      throw new InterdictException.Forbidden("the sign-in form has expired; reload the page", false);
    }
    String name = ctx.formParam("username");
    Optional<User> user = services.users().authenticate(ctx.formParam("api_key"));
    if (user.isEmpty() || name == null || !user.get().name().equals(name.strip())) {
      ctx.status(401);
      renderLogin(ctx, "Unknown user name or API key.");
      return;
    }
    Sessions.Session s = sessions.create(user.get());
    ctx.cookie(cookie(ctx, Access.SESSION_COOKIE, s.id(), -1));
    ctx.removeCookie(LOGIN_COOKIE, "/");
    services.audit().append(user.get().name(), "console.sign-in", "user:" + user.get().name(), Map.of());
    ctx.redirect(HOME);
  }

  private void logout(Context ctx) {
    Access.session(ctx).ifPresent(s -> sessions.remove(s.id()));
    ctx.removeCookie(Access.SESSION_COOKIE, "/");
    ctx.redirect(LOGIN);
  }

  private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
    boolean secure = "https".equals(ctx.scheme());
    return new Cookie(name, value, "/", maxAge, secure, 0, true, null, null, SameSite.STRICT);
  }

  // --- pages ----------------------------------------------------------------------------------

  private void home(Context ctx) {
    ListsView lists = services.lists();
    List<Html.Safe> links = new ArrayList<>();
    for (ConsolePages p : extensions) {
      p.links().forEach((href, label) -> links.add(Html.fmt("<li><a href=\"{}\">{}</a></li>", href, label)));
    }
    ctx.html(Layout.page(ctx, "Status", lists.demo(), Html.fmt("""
        {}
        <section class="card">
          <h2>Lists</h2>
          {}
          <p><a href="/console/lists">List status</a></p>
        </section>
        <section class="card"><h2>Work</h2><ul>{}<li><a href="/console/screen">Screen a name</a></li></ul></section>
        """, Access.user(ctx).role().includes(Role.ANALYST) ? queues() : Html.EMPTY, listTable(lists),
        Html.join(links))));
  }

  /** What waits for a decision, and since when: the figures a compliance officer opens the console for. */
  private Html.Safe queues() {
    Instant now = services.clock().instant();
    Map<AlertStatus, Long> alerts = services.alerts().countByStatus();
    long waitingAlerts = 0;
    for (AlertStatus s : AlertStatus.values()) {
      waitingAlerts += s.closed() ? 0 : alerts.get(s);
    }
    long proposed = alerts.get(AlertStatus.PROPOSED_FALSE_POSITIVE) + alerts.get(AlertStatus.PROPOSED_TRUE_MATCH);
    String alertAge = services.alerts().oldestWaitingSince().map(t -> ", the oldest for " + age(Duration.between(t, now)))
        .orElse("");
    long waitingHolds = 0;
    for (HeldPayments.Status s : HeldPayments.Status.values()) {
      waitingHolds += s.closed() ? 0 : services.holds().count(s);
    }
    long holdSeconds = services.holds().oldestWaitingSeconds();
    List<ReportFilings.Due> due = services.filings().due(LocalDate.ofInstant(now, ZoneOffset.UTC));
    long overdue = due.stream().filter(ReportFilings.Due::overdue).count();
    return Html.fmt("""
        <section class="card" id="queues"><h2>Waiting for a decision</h2><ul>
          <li><a href="/console/alerts">Alerts</a>: <span id="alerts-waiting">{}</span>{} ({} proposed, awaiting a second opinion)</li>
          <li><a href="/console/holds">Held payments</a>: <span id="holds-waiting">{}</span>{}</li>
          <li><a href="/console/blocked">Reports to file</a>: <span id="reports-due">{}</span>, <span id="reports-overdue"
            class="{}">{} overdue</span></li>
        </ul></section>""", waitingAlerts, alertAge, proposed, waitingHolds,
        waitingHolds == 0 ? "" : ", the oldest for " + age(Duration.ofSeconds(holdSeconds)), due.size(),
        overdue > 0 ? "error" : "", overdue);
  }

  private void lists(Context ctx) {
    ListsView lists = services.lists();
    ctx.html(Layout.page(ctx, "Lists", lists.demo(), listTable(lists)));
  }

  private Html.Safe listTable(ListsView lists) {
    Instant now = services.clock().instant();
    List<Html.Safe> rows = new ArrayList<>();
    for (ListsView.ListStatus s : lists.status()) {
      rows.add(Html.fmt("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td></tr>",
          s.source(), s.version(), s.published() == null ? "" : s.published(), s.loadedAt() == null ? "" : s.loadedAt(),
          s.loadedAt() == null ? "" : age(Duration.between(s.loadedAt(), now)), s.entities(),
          s.lastError() == null ? "" : "error", s.lastError() == null ? "none" : s.lastError()));
    }
    return Html.fmt("""
        <table class="lists" id="lists"><thead><tr><th>List</th><th>Version</th><th>Published</th><th>Imported</th>
        <th>Age</th><th>Entities</th><th>Last error</th></tr></thead><tbody>{}</tbody></table>""", Html.join(rows));
  }

  /** "3 d 4 h", "5 h 12 min", "42 min": enough to see at a glance that a list is stale. */
  static String age(Duration d) {
    long min = Math.max(0, d.toMinutes());
    if (min >= 24 * 60) {
      return (min / (24 * 60)) + " d " + (min % (24 * 60)) / 60 + " h";
    }
    return min >= 60 ? (min / 60) + " h " + (min % 60) + " min" : min + " min";
  }

  private void screen(Context ctx) {
    ListsView lists = services.lists();
    String name = ctx.queryParam("name");
    String dob = ctx.queryParam("birth_date");
    String country = ctx.queryParam("country");
    String schema = ctx.queryParam("schema");
    Html.Safe results = Html.EMPTY;
    if (name != null && !name.isBlank()) {
      Screener screener = lists.screener();
      Query q = new Query(null, name, EntityType.parse(schema), dob, country, null, null);
      List<Match> hits = screener.screen(q, screener.defaultThreshold(), 20);
      results = hitsTable(q, hits);
    }
    ctx.html(Layout.page(ctx, "Screen a name", lists.demo(), Html.fmt("""
        <form method="get" action="/console/screen" class="card row" id="screen-form">
          <label>Name <input name="name" id="name" value="{}" required></label>
          <label>Birth date <input name="birth_date" value="{}" placeholder="1958-03-05"></label>
          <label>Country <input name="country" value="{}"></label>
          <label>Type <select name="schema">{}</select></label>
          <button type="submit" id="screen">Screen</button>
        </form>
        {}""", nz(name), nz(dob), nz(country), schemaOptions(schema), results)));
  }

  private static Html.Safe schemaOptions(String selected) {
    List<Html.Safe> opts = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      boolean sel = t.schema().equalsIgnoreCase(nz(selected)) || (selected == null && t == EntityType.ANY);
      opts.add(Html.fmt("<option value=\"{}\"{}>{}</option>", t.schema(), sel ? Html.fmt(" selected") : Html.EMPTY, t.schema()));
    }
    return Html.join(opts);
  }

  static Html.Safe hitsTable(Query q, List<Match> hits) {
    if (hits.isEmpty()) {
      return Html.fmt("<p class=\"none\" id=\"no-hits\">No hit for “{}”.</p>", q.name());
    }
    List<Html.Safe> rows = new ArrayList<>();
    for (Match m : hits) {
      ListedEntity e = m.entity();
      rows.add(Html.fmt("""
          <tr class="hit"><td class="score">{}</td>
          <td><a href="/console/entities/{}" class="listed-name">{}</a><div class="meta">{} · {} · {}</div></td>
          <td class="matched">{}</td><td>{}</td><td>{}</td></tr>""",
          score(m.score()), Layout.url(e.key()), e.primaryName(), e.type().schema(), e.source(),
          String.join(", ", e.programs()), m.matchedName().value(), alignment(m.explanation()), evidence(m.explanation())));
    }
    return Html.fmt("""
        <table class="hits" id="hits"><thead><tr><th>Score</th><th>Listed party</th><th>Matched name</th>
        <th>Token alignment</th><th>Evidence</th></tr></thead><tbody>{}</tbody></table>""", Html.join(rows));
  }

  static Html.Safe alignment(Explanation x) {
    List<Html.Safe> pairs = new ArrayList<>();
    for (Explanation.TokenPair p : x.alignment()) {
      String cls = p.queryToken() == null || p.listedToken() == null ? "unmatched"
          : p.similarity() >= 0.999 ? "exact" : p.similarity() >= 0.85 ? "close" : "weak";
      pairs.add(Html.fmt("<span class=\"tok {}\" title=\"similarity {}, weight {}\">{} ↔ {}</span> ", cls,
          score(p.similarity()), score(p.weight()), p.queryToken() == null ? "∅" : p.queryToken(),
          p.listedToken() == null ? "∅" : p.listedToken()));
    }
    if (pairs.isEmpty()) {
      return Html.fmt("<span class=\"summary\">{}</span>", x.summary());
    }
    return Html.join(pairs);
  }

  static Html.Safe evidence(Explanation x) {
    List<Html.Safe> items = new ArrayList<>();
    for (Explanation.Evidence ev : x.evidence()) {
      String cls = ev.effect() > 0 ? "agree" : ev.effect() < 0 ? "contradict" : "neutral";
      items.add(Html.fmt("<li class=\"{}\">{}: {} vs {} — {} ({})</li>", cls, ev.attribute(), nz(ev.queryValue()),
          nz(ev.listedValue()), ev.verdict(), String.format(Locale.ROOT, "%+.2f", ev.effect())));
    }
    return items.isEmpty() ? Html.EMPTY : Html.fmt("<ul class=\"evidence\">{}</ul>", Html.join(items));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    ListedEntity e = services.lists().entity(id)
        .orElseThrow(() -> new InterdictException.NotFound("no listed entity " + id));
    ctx.html(Layout.page(ctx, e.primaryName(), services.lists().demo(),
        Html.fmt("{}{}", EntityView.render(e), EntityView.history(services.lists().history(id)))));
  }

  // --- errors and assets ----------------------------------------------------------------------

  public static String errorPage(Context ctx, int status, String message) {
    return Layout.page(ctx, "Error " + status, false,
        Html.fmt("<p class=\"error\" role=\"alert\">{}</p><p><a href=\"/console\">Back to the console</a></p>", message));
  }

  public static void staticFile(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    if (!STATIC.matcher(file).matches()) {
      throw new InterdictException.NotFound("no such file " + file);
    }
    try (InputStream in = Console.class.getClassLoader().getResourceAsStream("web/static/" + file)) {
      if (in == null) {
        throw new InterdictException.NotFound("no such file " + file);
      }
      ctx.contentType(file.endsWith(".css") ? ContentType.TEXT_CSS : ContentType.TEXT_JS).result(in.readAllBytes());
    }
    ctx.header("Cache-Control", "max-age=3600");
  }

  static String score(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
