package io.interdict.blocking;

import io.interdict.audit.AuditLog;
import io.interdict.payments.PaymentDecision;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records what screening decided: every decision goes to the audit trail; a BLOCK also blocks the
 * funds in the ledger, a REJECT enters the rejects register, a HOLD waits in the queue of held
 * payments for two analysts.
 */
public final class PaymentRecorder {
  private final AuditLog audit;
  private final BlockingLedger ledger;
  private final RejectsRegister rejects;
  private final HeldPayments holds;
  private final BigDecimal interestRate;

  public PaymentRecorder(AuditLog audit, BlockingLedger ledger, RejectsRegister rejects, HeldPayments holds,
      BigDecimal interestRate) {
    this.audit = audit;
    this.ledger = ledger;
    this.rejects = rejects;
    this.holds = holds;
    this.interestRate = interestRate;
  }

  /** Returns the ledger, register or queue reference ({@code blocked:7}, {@code rejected:3}, {@code held:5}) or null. */
  public String record(PaymentDecision d, String user) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("origin", d.origin());
    details.put("format", d.format());
    details.put("decision", d.decision().name());
    details.put("hits", d.hits().size());
    details.put("reasons", d.reasons());
    audit.append(user, "payment.screened", "message:" + (d.messageId() == null ? d.origin() : d.messageId()), details);
    switch (d.decision()) {
      case BLOCK:
        return "blocked:" + ledger.block(d, user, interestRate).id();
      case REJECT:
        return "rejected:" + rejects.record(d, user).id();
      case HOLD:
        return "held:" + holds.hold(d, user).id();
      default:
        return null;
    }
  }
}
