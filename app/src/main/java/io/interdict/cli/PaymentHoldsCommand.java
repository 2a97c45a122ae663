package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.HeldPayments.Held;
import io.interdict.blocking.RejectsRegister;
import io.interdict.cases.CaseJson;
import io.interdict.payments.Hit;
import io.interdict.store.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict payments holds list|show|decide}: the queue of held payments and its four-eyes decisions. */
@Command(name = "holds", description = "Held payments: list them, show one, decide release, block or reject (four eyes).",
    subcommands = {PaymentHoldsCommand.ListHolds.class, PaymentHoldsCommand.Show.class, PaymentHoldsCommand.Decide.class})
public final class PaymentHoldsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: list, show or decide");
  }

  static HeldPayments holds(Database db) {
    AuditLog audit = new AuditLog(db.jdbi());
    Clock local = Clock.systemDefaultZone();
    return new HeldPayments(db.jdbi(), audit, new BlockingLedger(db.jdbi(), audit, local),
        new RejectsRegister(db.jdbi(), audit, local), local);
  }

  @Command(name = "list", description = "List held payments, oldest first (default: those still waiting for a decision).")
  static final class ListHolds implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Option(names = "--status", paramLabel = "S", description = "waiting (default), all, open, proposed-release, "
        + "proposed-block, proposed-reject, released, blocked or rejected")
    String status = "waiting";

    @Option(names = "--format", paramLabel = "F", description = "table or jsonl (default ${DEFAULT-VALUE})")
    String format = "table";

    @Option(names = "--limit", paramLabel = "N", description = "at most N holds (default ${DEFAULT-VALUE})")
    int limit = 1000;

    @Option(names = "--after", paramLabel = "ID", description = "only holds after this one (paging, oldest first)")
    Long after;

    @Override
    public Integer call() {
      boolean jsonl = Formats.choose(format, "table", "jsonl").equals("jsonl");
      String st = status.strip().toLowerCase(Locale.ROOT);
      boolean waiting = st.equals("waiting");
      HeldPayments.Status s = waiting || st.equals("all") ? null : HeldPayments.Status.parse(st);
      try (Database db = home.resolve().openDatabase()) {
        Formats.print(spec.commandLine().getOut(), holds(db).list(s, waiting, after, false, limit), jsonl,
            PaymentHoldsCommand::table);
        return 0;
      }
    }
  }

  @Command(name = "show", description = "Show one held payment with its hits, reasons and history, as JSON.")
  static final class Show implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID") long id;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        spec.commandLine().getOut().println(CaseJson.pretty(holds(db).get(id)));
        return 0;
      }
    }
  }

  @Command(name = "decide", description = {
      "Record a decision on a held payment. The first user proposes; a second, different user with the same decision",
      "closes it (a block goes into the blocked-property ledger, a reject into the rejects register); a different",
      "decision sends it back open with both findings recorded."})
  static final class Decide implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID") long id;

    @Option(names = "--decision", required = true, paramLabel = "D", description = "release, block or reject")
    String decision;

    @Option(names = "--entity", paramLabel = "KEY",
        description = "the hit confirmed as a true match (us-ofac-sdn:43377): required to propose a block, optional to "
            + "reject; a confirmation without it takes the proposal's")
    String entity;

    @Option(names = "--user", required = true, description = "the deciding user") String user;

    @Option(names = "--note", description = "reason for the decision") String note;

    @Option(names = "--interest-rate", paramLabel = "RATE", defaultValue = "0.04",
        description = "annual rate of the blocked account, should the decision block (default ${DEFAULT-VALUE})")
    BigDecimal interestRate;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        Held h = holds(db).decide(id, HeldPayments.parseDecision(decision), entity, user, note, interestRate);
        spec.commandLine().getOut().println("hold " + h.id() + ": " + h.status().label()
            + (h.status().closed() ? " (proposed by " + h.proposedBy() + ", confirmed by " + h.closedBy() + "; "
                + h.outcome() + ")" : ""));
        return 0;
      }
    }
  }

  static String table(List<Held> holds) {
    if (holds.isEmpty()) {
      return "no held payments";
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-6s %-10s %-16s %-20s %18s  %-24s %s%n",
        "ID", "HELD ON", "STATUS", "MESSAGE", "AMOUNT", "TOP HIT", "PROPOSED"));
    for (Held h : holds) {
      Hit top = null;
      for (Hit x : h.screening().hits()) {
        if (top == null || x.score() > top.score()) {
          top = x;
        }
      }
      String amount = h.amount() == null ? "" : h.amount().toPlainString() + " " + (h.currency() == null ? "" : h.currency());
      String proposed = h.proposedBy() == null ? "" : h.proposedDecision().name().toLowerCase(Locale.ROOT) + " by " + h.proposedBy();
      sb.append(String.format(Locale.ROOT, "%-6d %-10s %-16s %-20s %18s  %-24s %s%n", h.id(), h.heldOn(), h.status().label(),
          Formats.cut(h.messageId() == null ? h.origin() : h.messageId(), 20), amount,
          top == null ? Formats.cut(h.screening().reasons().isEmpty() ? "" : h.screening().reasons().get(0), 24)
              : Formats.cut(String.format(Locale.ROOT, "%s %.2f", top.entityKey() == null ? top.program() : top.entityKey(),
                  top.score()), 24),
          proposed));
    }
    return sb.toString().stripTrailing();
  }

}
