package io.interdict.server;

import io.interdict.InterdictException;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.Sessions;
import io.interdict.server.auth.User;
import io.interdict.server.auth.UserStore;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Authentication and authorisation, run before every matched route. The API authenticates by
 * {@code Authorization: Bearer KEY} only; the console by its session cookie only, so that a browser's
 * cookie can never authorise an API call (no CSRF surface on the API), and console forms carry a
 * per-session CSRF token checked here on every POST.
 */
public final class Access {
  public static final String SESSION_COOKIE = "interdict_session";
  public static final String CSRF_FIELD = "_csrf";
  private static final String USER = "interdict.user";
  private static final String SESSION = "interdict.session";

  private final UserStore users;
  private final Sessions sessions;
  private final String metricsToken;

  public Access(UserStore users, Sessions sessions, String metricsToken) {
    this.users = users;
    this.sessions = sessions;
    this.metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken;
  }

  /** Thrown for a console page without a session: answered with a redirect to the sign-in page. */
  public static final class SignInRequired extends RuntimeException {
    public SignInRequired() {
      super("sign in required", null, false, false);
    }
  }

  public static boolean isConsole(String path) {
    return path.equals("/console") || path.startsWith("/console/");
  }

  /** The authenticated user of this request; only valid on routes that require a role. */
  public static User user(Context ctx) {
    User u = ctx.attribute(USER);
    if (u == null) {
      throw new IllegalStateException("no authenticated user on " + ctx.path());
    }
    return u;
  }

  public static Optional<Sessions.Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  void check(Context ctx) {
    Role required = required(ctx);
    if (isConsole(ctx.path())) {
      checkConsole(ctx, required);
    } else if (required != Role.OPEN) {
      checkApi(ctx, required);
    }
  }

  private void checkApi(Context ctx, Role required) {
    String key = bearer(ctx.header("Authorization"));
    if (key == null) {
      throw new InterdictException.Forbidden("missing API key: send 'Authorization: Bearer KEY'", true);
    }
    if (metricsToken != null && ctx.path().equals("/metrics") && Sessions.tokensEqual(metricsToken, key)) {
      return;
    }
    User user = users.authenticate(key)
        .orElseThrow(() -> new InterdictException.Forbidden("invalid or revoked API key", true));
    authorise(ctx, user, required);
  }

  private void checkConsole(Context ctx, Role required) {
    Optional<Sessions.Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
    if (session.isPresent() && !users.isActive(session.get().user().id())) {
      sessions.remove(session.get().id());
      session = Optional.empty();
    }
    session.ifPresent(s -> ctx.attribute(SESSION, s));
    if (required == Role.OPEN) {
      return;
    }
    if (session.isEmpty()) {
      throw new SignInRequired();
    }
    if (ctx.method() == HandlerType.POST && !session.get().csrfMatches(ctx.formParam(CSRF_FIELD))) {
      throw new InterdictException.Forbidden("the form has expired or did not come from this console; reload the page", false);
    }
    authorise(ctx, session.get().user(), required);
  }

  /**
   * Four eyes by role: confirming or disputing someone's proposal (an alert, a held payment) needs a
   * supervisor; {@code what} names the case ("alert 12").
   */
  public static void requireSecondOpinion(User user, String what) {
    if (!user.role().includes(Role.SUPERVISOR)) {
      throw new InterdictException.Forbidden(what + " awaits a second opinion, which needs a supervisor; "
          + user.name() + " is " + user.role().label(), false);
    }
  }

  private static void authorise(Context ctx, User user, Role required) {
    if (!user.role().includes(required)) {
      throw new InterdictException.Forbidden(
          "user '" + user.name() + "' has role " + user.role().label() + "; this needs " + required.label(), false);
    }
    ctx.attribute(USER, user);
  }

  private static Role required(Context ctx) {
    for (RouteRole r : ctx.routeRoles()) {
      if (r instanceof Role role) {
        return role;
      }
    }
    // Every route is registered with a role in Routes; one without is a programming error, closed.
    return Role.ADMIN;
  }

  static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.strip();
    if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String key = h.substring(7).strip();
    return key.isEmpty() ? null : key;
  }
}
