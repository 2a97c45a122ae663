package io.interdict.server.api;

import io.interdict.server.ListsView;
import io.interdict.server.ServerMetrics;
import io.interdict.server.ServerServices;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Health, readiness, metrics, list status and the API document. */
public final class SystemApi {
  private final ServerServices services;
  private final ServerMetrics metrics;
  private final byte[] openapi = resource("web/openapi.json");
  private final byte[] docs = resource("web/docs.html");

  public SystemApi(ServerServices services, ServerMetrics metrics) {
    this.services = services;
    this.metrics = metrics;
  }

  public record Health(String status) {}

  public record Readiness(String status, boolean demoList, int entities, String problem) {}

  /** Liveness: the process answers. */
  public void health(Context ctx) {
    ctx.json(new Health("ok"));
  }

  /** Ready when lists are loaded and the store answers; 503 otherwise, naming what is missing. */
  public void ready(Context ctx) {
    ListsView lists = services.lists();
    int n = lists.entities().size();
    String problem = null;
    if (n == 0) {
      problem = "no list loaded";
    } else {
      try {
        services.database().jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      } catch (RuntimeException e) {
        problem = "store unavailable";
      }
    }
    ctx.status(problem == null ? 200 : 503).json(new Readiness(problem == null ? "ready" : "not ready", lists.demo(), n, problem));
  }

  public void metrics(Context ctx) {
    for (ListsView.ListStatus s : services.lists().status()) {
      metrics.listAge(s.source(), () -> loadedAt(s.source()));
    }
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  public void openapi(Context ctx) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(openapi);
  }

  public void docs(Context ctx) {
    ctx.contentType(ContentType.TEXT_HTML).result(docs);
  }

  private java.time.Instant loadedAt(String source) {
    for (ListsView.ListStatus s : services.lists().status()) {
      if (s.source().equals(source)) {
        return s.loadedAt();
      }
    }
    return null;
  }

  static byte[] resource(String path) {
    try (InputStream in = SystemApi.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
