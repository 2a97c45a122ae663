package io.interdict.server.api;

import io.interdict.InterdictException;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipJson;
import io.interdict.ownership.OwnershipRegister;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
import io.interdict.server.Access;
import io.interdict.server.ServerServices;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The 50 % rule over HTTP. {@code POST /v1/ownership/check?rule=ofac|uk}: a register as the CSV body
 * (the file {@code interdict ownership check} reads) → every party's status against the current lists,
 * with the holdings that decided; nothing is stored. {@code GET /v1/ownership/check}: the same for the
 * register in force. {@code POST /v1/ownership/register}: a register becomes the one in force, which
 * payment screening applies. A register that contradicts itself is a 422 naming the line.
 */
public final class OwnershipApi {
  private final ServerServices services;

  public OwnershipApi(ServerServices services) {
    this.services = services;
  }

  public void check(Context ctx) {
    OwnershipRule r = rule(ctx);
    OwnershipRegister reg;
    try {
      reg = OwnershipRegister.read(new StringReader(body(ctx)), "request body");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    respond(ctx, reg, r);
  }

  public void checkStored(Context ctx) {
    OwnershipRule r = rule(ctx);
    OwnershipRegister reg = services.ownership().currentRegister().orElseThrow(() -> new InterdictException.NotFound(
        "no ownership register imported (POST /v1/ownership/register)"));
    respond(ctx, reg, r);
  }

  public void importRegister(Context ctx) {
    OwnershipStore.Version v = services.ownership().importCsv(body(ctx), "api", Access.user(ctx).name());
    ctx.status(201).json(Map.of("version", v.id(), "parties", v.parties(), "holdings", v.holdings(), "sha256", v.sha256()));
  }

  private static String body(Context ctx) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw new InterdictException.InvalidInput("request body is empty (expected an ownership register as CSV)");
    }
    return body;
  }

  private static OwnershipRule rule(Context ctx) {
    String rule = ctx.queryParam("rule");
    return OwnershipRule.parse(rule == null ? "ofac" : rule);
  }

  private void respond(Context ctx, OwnershipRegister reg, OwnershipRule r) {
    OwnershipAnalysis.Report report = OwnershipAnalysis.analyse(reg, services.lists().entities(),
        services.lists().screener(), services.paymentPolicy(), r);
    Map<String, Object> out = OwnershipJson.report(report, services.lists().demo() ? "bundled demo list" : "current lists");
    out.put("demo_list", services.lists().demo());
    ctx.json(out);
  }
}
