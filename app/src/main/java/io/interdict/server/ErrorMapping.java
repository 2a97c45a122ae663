package io.interdict.server;

import io.interdict.InterdictException;
import io.interdict.server.console.Console;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a response: Interdict's own errors to their status and message, Javalin's
 * (404, 405, 413 ...) to theirs, anything else to a generic 500 whose incident id is in the log with
 * the stack trace. Responses never carry a stack trace. The console gets the same as an HTML page.
 */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void install(Javalin app) {
    app.exception(InterdictException.class, (e, ctx) -> respond(ctx, e.httpStatus(), e.getMessage()));
    app.exception(Access.SignInRequired.class, (e, ctx) -> ctx.redirect(Console.LOGIN));
    app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), javalinMessage(e)));
    app.exception(Exception.class, (e, ctx) -> {
      if (overMultipartLimit(e)) {
        respond(ctx, 413, javalinMessage(new io.javalin.http.ContentTooLargeResponse()));
        return;
      }
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("internal error {} on {} {}", incident, ctx.method(), ctx.path(), e);
      respond(ctx, 500, "internal error (incident " + incident + "; details are in the server log)");
    });
  }

  static void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"interdict\"");
    }
    if (Access.isConsole(ctx.path())) {
      ctx.html(Console.errorPage(ctx, status, message));
    } else {
      ctx.json(ApiError.of(status, message));
    }
  }

  /** Jetty reports a multipart upload over its limits as an IllegalStateException somewhere in the causes. */
  static boolean overMultipartLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IllegalStateException && t.getMessage() != null
          && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("exceeds max")) {
        return true;
      }
    }
    return false;
  }

  private static String javalinMessage(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 413 -> "request body too large (limit " + InterdictServer.MAX_REQUEST_BYTES / (1024 * 1024) + " MB)";
      default -> e.getMessage();
    };
  }
}
