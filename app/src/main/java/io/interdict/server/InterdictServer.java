package io.interdict.server;

import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.ReportFilings;
import io.interdict.cases.AlertStatus;
import io.interdict.server.auth.Sessions;
import io.interdict.server.console.Console;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API (screening, yente-compatible matching, operations) and the analyst
 * console, over the same services the CLI uses. {@link #start(int)} returns the bound port (pass 0 for
 * any free port).
 */
public final class InterdictServer {
  public static final long MAX_REQUEST_BYTES = 5L * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(InterdictServer.class);

  private final Javalin app;
  private final Routes routes;
  private final String bind;

  /**
   * @param bind address to listen on (127.0.0.1 unless the operator chooses otherwise)
   * @param metricsToken a bearer token that may read /metrics without a user (a Prometheus scraper), or null
   */
  public InterdictServer(ServerServices services, String bind, String metricsToken) {
    this.bind = bind;
    ServerMetrics metrics = new ServerMetrics(services.clock());
    Sessions sessions = new Sessions();
    Access access = new Access(services.users(), sessions, metricsToken);
    Console console = new Console(services, sessions, metrics);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
      config.jsonMapper(new io.javalin.json.JavalinJackson(Json.MAPPER, false));
      // In-flight requests get this long to finish on stop; idle keep-alive connections are not waited for.
      config.jetty.modifyServer(server -> server.setStopTimeout(2_000));
      config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), routeOf(ctx), ctx.statusCode(), ms));
    });
    app.before(InterdictServer::securityHeaders);
    app.beforeMatched(access::check);
    ErrorMapping.install(app);
    this.routes = Routes.register(app, services, metrics, console);
    for (AlertStatus st : AlertStatus.values()) {
      if (!st.closed()) {
        metrics.gauge("interdict.alerts", "Alerts awaiting review, by status", "status", st.name().toLowerCase(),
            () -> services.alerts().countByStatus().get(st));
      }
    }
    metrics.gauge("interdict.alerts.oldest.seconds", "How long the oldest alert awaiting a decision has waited",
        "queue", "alerts", () -> services.alerts().oldestWaitingSince()
            .map(t -> Math.max(0, services.clock().instant().getEpochSecond() - t.getEpochSecond())).orElse(0L));
    HeldPayments holds = services.holds();
    for (HeldPayments.Status st : HeldPayments.Status.values()) {
      if (!st.closed()) {
        metrics.gauge("interdict.payment.holds", "Held payments awaiting a decision, by status", "status", st.label(),
            () -> holds.count(st));
      }
    }
    ReportFilings filings = services.filings();
    for (String kind : ReportFilings.KINDS) {
      metrics.gauge("interdict.reports.overdue", "OFAC reports past their due date and not filed, by report", "report",
          kind, () -> filings.overdue(kind));
    }
    metrics.gauge("interdict.payment.holds.oldest.seconds", "How long the oldest held payment still waiting has waited",
        "queue", "payments", holds::oldestWaitingSeconds);
  }

  public InterdictServer(ServerServices services) {
    this(services, "127.0.0.1", null);
  }

  public int start(int port) {
    app.start(bind, port);
    LOG.info("listening on http://{}:{}/ (console at /console, API document at /docs)", bind, app.port());
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  public List<Routes.Spec> routes() {
    return routes.specs();
  }

  private static String routeOf(Context ctx) {
    try {
      return ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'");
  }
}
