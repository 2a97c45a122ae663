package io.interdict.server.console;

import io.interdict.server.Access;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.Sessions;
import io.interdict.server.auth.User;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The page frame: head, navigation, the signed-in user, and the demo-list banner. */
final class Layout {
  private Layout() {}

  static String page(Context ctx, String title, boolean demo, Html.Safe body) {
    Optional<Sessions.Session> s = Access.session(ctx);
    Html.Safe nav = s.isEmpty() ? Html.EMPTY : Html.fmt("""
        <nav>
          <a href="/console">Status</a>
          <a href="/console/screen">Screen</a>
          <a href="/console/alerts">Alerts</a>
          <a href="/console/customers">Customers</a>
          <a href="/console/blocked">Blocked property</a>
          <a href="/console/entry">Entry</a>
          <a href="/console/ownership">Ownership</a>
          <a href="/console/lists">Lists</a>
          <span class="who">{} ({})
            <form method="post" action="/console/logout" class="inline">{}<button type="submit">Sign out</button></form>
          </span>
        </nav>""", s.get().user().name(), s.get().user().role().label(), csrf(ctx));
    Html.Safe banner = demo
        ? Html.fmt("<p class=\"banner\">No list has been loaded: screening runs against the bundled demo list.</p>")
        : Html.EMPTY;
    return Html.fmt("""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{} · Interdict</title>
          <link rel="stylesheet" href="/static/console.css">
          <script src="/static/console.js" defer></script>
        </head>
        <body>
          <header><a class="brand" href="/console">Interdict</a>{}</header>
          {}
          <main>
          <h1>{}</h1>
          {}
          </main>
        </body>
        </html>
        """, title, nav, banner, title, body).toString();
  }

  /**
   * Why {@code me} may not give the second opinion on a proposal {@code proposedBy} made: their own
   * proposal, or not a supervisor. Null when they may.
   */
  static Html.Safe cannotConfirm(User me, String proposedBy) {
    if (me.name().equalsIgnoreCase(proposedBy)) {
      return Html.fmt(
          "<p class=\"meta\" id=\"cannot-decide\">You proposed this decision: another user must confirm it.</p>");
    }
    if (!me.role().includes(Role.SUPERVISOR)) {
      return Html.fmt("<p class=\"meta\" id=\"cannot-decide\">Confirming a proposed decision needs a supervisor.</p>");
    }
    return null;
  }

  /** The hidden CSRF field every console form carries. */
  static Html.Safe csrf(Context ctx) {
    return Access.session(ctx)
        .map(s -> Html.fmt("<input type=\"hidden\" name=\"{}\" value=\"{}\">", Access.CSRF_FIELD, s.csrfToken()))
        .orElse(Html.EMPTY);
  }

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
