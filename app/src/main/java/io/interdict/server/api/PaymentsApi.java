package io.interdict.server.api;

import io.interdict.InterdictException;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.PaymentClearances;
import io.interdict.blocking.PaymentRecorder;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentDecision;
import io.interdict.server.Access;
import io.interdict.server.Json;
import io.interdict.server.ServerServices;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/payments/screen}: one payment message (ISO 20022 XML, SWIFT MT, crypto transfer
 * JSON) as the body → the decision (RELEASE, HOLD, REJECT, BLOCK) with hits and reasons. Recorded by
 * default, as the CLI does: audited, a BLOCK blocks the funds, a REJECT enters the rejects register.
 * A body that cannot be parsed is decided HOLD (fail closed), never an error.
 */
public final class PaymentsApi {
  private final ServerServices services;
  private final PaymentRecorder recorder;
  /** The decider for the lists and ownership register it was built from; rebuilt when either changes. */
  private volatile Built built;

  private record Built(List<ListedEntity> of, Screener screener, long register, PaymentDecider decider) {}

  private volatile Cleared withClearances;

  private record Cleared(PaymentDecider base, String version, PaymentDecider decider) {}

  public PaymentsApi(ServerServices services) {
    this.services = services;
    this.recorder = new PaymentRecorder(services.audit(), services.ledger(), services.rejects(), services.holds(),
        BlockingLedger.DEFAULT_INTEREST_RATE);
  }

  public void screen(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new InterdictException.InvalidInput("request body is empty (expected a payment message)");
    }
    boolean record = !"false".equalsIgnoreCase(ctx.queryParam("record"));
    String origin = ctx.queryParam("origin") == null ? "api" : ctx.queryParam("origin");
    PaymentDecision d = decider().decide(body, origin);
    Map<String, Object> out = Json.MAPPER.convertValue(d, LinkedHashMap.class);
    if (record) {
      out.put("recorded", recorder.record(d, Access.user(ctx).name()));
    }
    out.put("demo_list", services.lists().demo());
    ctx.json(out);
  }

  /**
   * The lists in force, plus the entities the imported ownership register makes blocked under the OFAC
   * rule; rebuilt (with its own index) only when the lists or the register change. The good-guy
   * clearances are read again, into the same decider, when they change.
   */
  private PaymentDecider decider() {
    PaymentClearances clearances = services.clearances();
    String cleared = clearances.version();
    Cleared c = withClearances;
    PaymentDecider base = listsDecider();
    if (c == null || c.base != base || !c.version.equals(cleared)) {
      c = new Cleared(base, cleared, base.withClearances(clearances.snapshot()));
      withClearances = c;
    }
    return c.decider;
  }

  private PaymentDecider listsDecider() {
    List<ListedEntity> entities = services.lists().entities();
    Screener screener = services.lists().screener();
    OwnershipStore store = services.ownership();
    long register = store.current().map(OwnershipStore.Version::id).orElse(0L);
    Built b = built;
    if (b == null || b.of != entities || b.screener != screener || b.register != register) {
      List<ListedEntity> all = entities;
      Screener s = screener;
      if (register != 0) {
        OwnershipAnalysis.Report r = OwnershipAnalysis.analyse(store.currentRegister().orElseThrow(), entities, screener,
            services.paymentPolicy(), OwnershipRule.OFAC);
        if (!r.derivedEntities().isEmpty()) {
          all = new ArrayList<>(entities);
          all.addAll(r.derivedEntities());
          s = Screeners.forEntities(all);
        }
      }
      b = new Built(entities, screener, register, new PaymentDecider(s, all, services.paymentPolicy()));
      built = b;
    }
    return b.decider;
  }
}
