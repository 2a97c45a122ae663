package io.interdict.server.api;

import io.interdict.InterdictException;
import io.interdict.monitoring.CustomerCsv;
import io.interdict.monitoring.CustomerStore;
import io.interdict.monitoring.Monitor;
import io.interdict.server.Access;
import io.interdict.server.Json;
import io.interdict.server.Params;
import io.interdict.server.ServerServices;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/** Customer import (CSV body or multipart upload), a customer's record and closing, and monitoring runs. */
public final class CustomersApi {
  private final ServerServices services;
  /** One monitoring run at a time from this server; a second request is told so instead of queueing. */
  private final ReentrantLock running = new ReentrantLock();

  public CustomersApi(ServerServices services) {
    this.services = services;
  }

  /**
   * {@code POST /v1/customers}: the customer CSV (id,name,schema,birth_date,country,identifier) as
   * the body ({@code text/csv}) or as the multipart field {@code file}. All rows or none are stored.
   * {@code ?complete=true}: the file is the whole customer base, and open customers it does not name
   * are closed, unless that is more than {@code max_closed} % of them (default 5; then 409, nothing stored).
   */
  public void importCsv(Context ctx) throws IOException {
    String user = Access.user(ctx).name();
    UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    String origin;
    Reader in;
    if (upload != null) {
      origin = "upload " + upload.filename() + " by " + user;
      in = new InputStreamReader(upload.content(), StandardCharsets.UTF_8);
    } else if (ctx.isMultipartFormData()) {
      throw new InterdictException.InvalidInput("multipart upload has no 'file' field");
    } else {
      String body = ctx.body();
      if (body.isBlank()) {
        throw new InterdictException.InvalidInput("request body is empty (expected customer CSV)");
      }
      origin = "API upload by " + user;
      in = new StringReader(body);
    }
    boolean complete = "true".equalsIgnoreCase(ctx.queryParam("complete"));
    double maxClosed = Params.number(ctx, "max_closed", 5, 0, 100);
    try (Reader r = in) {
      var customers = CustomerCsv.read(r, origin);
      ctx.json(complete ? services.customers().importComplete(customers, user, origin, maxClosed)
          : services.customers().upsert(customers, user, origin));
    }
  }

  /** {@code GET /v1/customers?search=&status=open|closed|all&limit=}: customers in id order. */
  public void list(Context ctx) {
    String status = ctx.queryParam("status");
    ctx.json(services.customers().search(ctx.queryParam("search"),
        status == null || status.isBlank() ? CustomerStore.Status.OPEN : CustomerStore.Status.parse(status),
        Params.integer(ctx, "limit", 100, 1, CustomerStore.MAX_LIST)));
  }

  /** {@code GET /v1/customers/{id}}: open or closed, and every version. */
  public void get(Context ctx) {
    ctx.json(services.customers().detail(ctx.pathParam("id")));
  }

  /** {@code POST /v1/customers/{id}/close}, body (optional) {@code {"note": "..."}}. */
  public void close(Context ctx) {
    String note = ctx.body().isBlank() ? null : Json.text(Json.body(ctx), "note", "body");
    ctx.json(services.customers().close(ctx.pathParam("id"), Access.user(ctx).name(), note));
  }

  /** {@code POST /v1/monitoring/run}: screens new and changed customers and list changes; returns the new alerts. */
  public void run(Context ctx) {
    if (!running.tryLock()) {
      throw new InterdictException.Conflict("a monitoring run is already in progress on this server");
    }
    try {
      Monitor.Result r = services.monitor(Access.user(ctx).name()).run();
      ctx.json(r);
    } finally {
      running.unlock();
    }
  }
}
