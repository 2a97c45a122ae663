package io.interdict.server.api;

import io.interdict.InterdictException;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipJson;
import io.interdict.ownership.OwnershipRegister;
import io.interdict.ownership.OwnershipRule;
import io.interdict.server.ServerServices;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code POST /v1/ownership/check?rule=ofac|uk}: an ownership register as the CSV body (the same file
 * {@code interdict ownership} reads) → every party's status under the 50 % rule against the current
 * lists, with the holdings that decided. Nothing is stored; a contradictory register is a 400 naming
 * the line.
 */
public final class OwnershipApi {
  private final ServerServices services;

  public OwnershipApi(ServerServices services) {
    this.services = services;
  }

  public void check(Context ctx) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw new InterdictException.InvalidInput("request body is empty (expected an ownership register as CSV)");
    }
    String rule = ctx.queryParam("rule");
    OwnershipRule r = OwnershipRule.parse(rule == null ? "ofac" : rule);
    OwnershipRegister reg;
    try {
      reg = OwnershipRegister.read(new StringReader(body), "request body");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OwnershipAnalysis.Report report = OwnershipAnalysis.analyse(reg, services.lists().entities(),
        services.lists().screener(), services.paymentPolicy(), r);
    Map<String, Object> out = OwnershipJson.report(report, services.lists().demo() ? "bundled demo list" : "current lists");
    out.put("demo_list", services.lists().demo());
    ctx.json(out);
  }
}
