package io.interdict.stream;

import io.interdict.audit.AuditLog;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.PaymentClearances;
import io.interdict.blocking.PaymentRecorder;
import io.interdict.blocking.RejectsRegister;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentDecision;
import io.interdict.store.Database;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the job does with a decision when it records them ({@code --record}): into the store the CLI
 * and the server keep, as they do: a BLOCK into the blocked-property ledger, a REJECT into the
 * rejects register, a HOLD into the queue of held payments; and the clearances two users left behind
 * release the holds they cover. One per store and JVM, shared by the task manager's slots.
 *
 * <p>Recording fails loudly: a decision that cannot be recorded fails the task, so that Flink
 * restarts it from the last checkpoint and decides the message again, rather than a BLOCK going out
 * with nothing blocked. Replays are harmless: the ledger and the register keep one entry per message,
 * the queue one waiting hold.
 */
final class Recording {
  /** How long the clearances read from the store are used before their version is looked at again. */
  static final long CLEARANCES_CHECK_MS = 1_000;
  private static final Map<String, Recording> BY_STORE = new ConcurrentHashMap<>();

  private final PaymentRecorder recorder;
  private final PaymentClearances clearances;
  private volatile Cleared cleared;

  /** The decider wrapped with the clearances of one version, and when that version was last confirmed. */
  private record Cleared(PaymentDecider base, String version, long checkedAt, PaymentDecider decider) {}

  private Recording(Database db) {
    AuditLog audit = new AuditLog(db.jdbi());
    Clock local = Clock.systemDefaultZone();
    BlockingLedger ledger = new BlockingLedger(db.jdbi(), audit, local);
    RejectsRegister rejects = new RejectsRegister(db.jdbi(), audit, local);
    this.recorder = new PaymentRecorder(audit, ledger, rejects, new HeldPayments(db.jdbi(), audit, ledger, rejects, local),
        BlockingLedger.DEFAULT_INTEREST_RATE);
    this.clearances = new PaymentClearances(db.jdbi(), audit, local);
  }

  static void forget(String storeUrl) {
    BY_STORE.remove(storeUrl);
  }

  static Recording of(SharedLists.Spec spec) {
    return BY_STORE.computeIfAbsent(spec.store(), url -> new Recording(SharedLists.database(spec)));
  }

  /**
   * {@code base} releasing what the clearances in force clear; their version is looked at once a second
   * at most, so that a message costs no lock and no query.
   */
  PaymentDecider decider(PaymentDecider base) {
    Cleared c = cleared;
    if (c != null && c.base == base && System.currentTimeMillis() - c.checkedAt < CLEARANCES_CHECK_MS) {
      return c.decider;
    }
    return refresh(base);
  }

  private synchronized PaymentDecider refresh(PaymentDecider base) {
    long now = System.currentTimeMillis();
    Cleared c = cleared;
    if (c != null && c.base == base && now - c.checkedAt < CLEARANCES_CHECK_MS) {
      return c.decider;
    }
    String version = clearances.version();
    if (c == null || c.base != base || !c.version.equals(version)) {
      c = new Cleared(base, version, now, base.withClearances(clearances.snapshot()));
    } else {
      c = new Cleared(base, version, now, c.decider);
    }
    cleared = c;
    return c.decider;
  }

  /** {@code blocked:7}, {@code rejected:3}, {@code held:5}, or null for a RELEASE. */
  String record(PaymentDecision d, String user) {
    return recorder.record(d, user);
  }
}
