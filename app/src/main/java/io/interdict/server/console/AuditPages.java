package io.interdict.server.console;

import io.interdict.audit.AuditLog;
import io.interdict.audit.AuditLog.AuditRecord;
import io.interdict.server.Params;
import io.interdict.server.Routes;
import io.interdict.server.ServerServices;
import io.interdict.server.api.AuditApi;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail for supervisors and examiners: records by subject, action and actor, newest first,
 * a page at a time, and the check of the whole hash chain (run on request: it reads every record).
 */
final class AuditPages implements Console.ConsolePages {
  /** Subjects that have a console page of their own. */
  private static final Pattern LINKED = Pattern.compile("(alert|hold):(\\d+)");
  private static final int PAGE = 100;
  private static final int DETAILS_SHOWN = 400;

  private final ServerServices services;

  AuditPages(ServerServices services) {
    this.services = services;
  }

  @Override
  public void register(Routes r) {
    r.page(HandlerType.GET, "/console/audit", Role.SUPERVISOR, ctx -> render(ctx, Html.EMPTY));
    r.page(HandlerType.GET, "/console/audit/verify", Role.SUPERVISOR, this::verify);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("/console/audit", "Audit trail");
  }

  /** The console's link to the records about one subject ({@code alert:12}). */
  static String about(String subject) {
    return "/console/audit?subject=" + Layout.url(subject);
  }

  /** The link to the audit records of what a page shows, for supervisors; nothing for others. */
  static Html.Safe link(User me, String subject) {
    return me.role().includes(Role.SUPERVISOR)
        ? Html.fmt("<p class=\"meta\"><a id=\"audit-records\" href=\"{}\">Audit records of {}</a></p>",
            about(subject), subject)
        : Html.EMPTY;
  }

  private void verify(Context ctx) {
    AuditLog.Verification v = services.audit().verify();
    render(ctx, v.intact()
        ? Html.fmt("<p class=\"card\" id=\"verification\">Chain intact: all {} records re-computed and linked.</p>", v.records())
        : Html.fmt("<p class=\"error\" id=\"verification\" role=\"alert\">Chain broken: {}.</p>", v.problem()));
  }

  private void render(Context ctx, Html.Safe verification) {
    String subject = stripped(ctx.queryParam("subject"));
    String action = stripped(ctx.queryParam("action"));
    String actor = stripped(ctx.queryParam("actor"));
    AuditApi.Page page = AuditApi.page(services.audit(), new AuditLog.Filter(subject, action, actor,
        Params.optionalLong(ctx, "before", 1), PAGE));
    List<Html.Safe> rows = new ArrayList<>();
    for (AuditRecord r : page.records()) {
      rows.add(Html.fmt("""
          <tr class="audit-row"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>""",
          r.seq(), r.at(), r.actor(), r.action(), subject(r.subject()), cut(r.details())));
    }
    Html.Safe older = page.nextBefore() == null ? Html.EMPTY : Html.fmt("<p><a id=\"older\" href=\"/console/audit?subject={}"
        + "&amp;action={}&amp;actor={}&amp;before={}\">Older records</a></p>", Layout.url(subject), Layout.url(action),
        Layout.url(actor), page.nextBefore());
    ctx.html(Layout.page(ctx, "Audit trail", services.lists().demo(), Html.fmt("""
        {}
        <form method="get" action="/console/audit" class="card row" id="audit-filter">
          <label>Subject <input name="subject" id="subject" value="{}" placeholder="alert:12"></label>
          <label>Action <input name="action" id="action" value="{}" placeholder="alert. or alert.closed"></label>
          <label>User <input name="actor" id="actor" value="{}"></label>
          <button type="submit">Show</button>
          <a href="/console/audit/verify" id="verify">Verify the chain</a>
        </form>
        <p class="meta">Newest first. Each record carries the hash of the one before it; verifying re-computes them all.</p>
        <table id="audit"><thead><tr><th>#</th><th>At (UTC)</th><th>User</th><th>Action</th><th>Subject</th>
        <th>Details</th></tr></thead><tbody>{}</tbody></table>
        {}""", verification, subject, action, actor, Html.join(rows), older)));
  }

  private static Html.Safe subject(String subject) {
    Matcher m = LINKED.matcher(subject);
    if (!m.matches()) {
      return Html.fmt("<a href=\"{}\">{}</a>", about(subject), subject);
    }
    String page = m.group(1).equals("alert") ? "/console/alerts/" : "/console/holds/";
    return Html.fmt("<a href=\"{}\">{}</a> <a class=\"meta\" href=\"{}{}\">open</a>", about(subject), subject, page,
        m.group(2));
  }

  private static String cut(String details) {
    return details.length() <= DETAILS_SHOWN ? details : details.substring(0, DETAILS_SHOWN - 1) + "\u2026";
  }

  private static String stripped(String s) {
    return s == null ? "" : s.strip();
  }
}
