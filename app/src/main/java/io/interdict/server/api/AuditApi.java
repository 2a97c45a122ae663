package io.interdict.server.api;

import io.interdict.audit.AuditLog;
import io.interdict.audit.AuditLog.AuditRecord;
import io.interdict.server.Params;
import io.javalin.http.Context;
import java.util.List;

/** The hash-chained audit trail over HTTP: records by subject, action and actor, and the chain's check. */
public final class AuditApi {
  private final AuditLog audit;

  public AuditApi(AuditLog audit) {
    this.audit = audit;
  }

  /** One page of records, newest first; {@code next_before} asks for the page after it (null at the start of the trail). */
  public record Page(List<AuditRecord> records, Long nextBefore) {}

  /** {@code ?subject=alert:12&action=alert.&actor=alice&before=SEQ&limit=N}, all optional. */
  public void list(Context ctx) {
    ctx.json(page(audit, filter(ctx)));
  }

  /** Re-computes the whole chain: 200 either way, {@code intact} says which, {@code problem} names the first break. */
  public void verify(Context ctx) {
    ctx.json(audit.verify());
  }

  static AuditLog.Filter filter(Context ctx) {
    int limit = Params.integer(ctx, "limit", 100, 1, AuditLog.Filter.MAX_LIMIT);
    return new AuditLog.Filter(ctx.queryParam("subject"), ctx.queryParam("action"), ctx.queryParam("actor"),
        Params.optionalLong(ctx, "before", 1), limit);
  }

  /** Shared with the console. */
  public static Page page(AuditLog audit, AuditLog.Filter f) {
    List<AuditRecord> records = audit.find(f);
    boolean more = records.size() == f.limit() && records.get(records.size() - 1).seq() > 1;
    return new Page(records, more ? records.get(records.size() - 1).seq() : null);
  }
}
