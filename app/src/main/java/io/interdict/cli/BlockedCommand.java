package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.blocking.AccountBlocks;
import io.interdict.blocking.BlockedItem;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.ReportWriter;
import io.interdict.blocking.Reports;
import io.interdict.lists.store.ListStore;
import io.interdict.model.ListedEntity;
import io.interdict.payments.PaymentPolicy;
import io.interdict.store.Database;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict blocked list|release}: the blocked-property ledger. */
@Command(name = "blocked", description = "The blocked-property ledger: list items, block a designated customer's "
    + "account, release under licence or after delisting.",
    subcommands = {BlockedCommand.ListItems.class, BlockedCommand.Account.class, BlockedCommand.Release.class})
public final class BlockedCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, account or release");
  }

  @Command(name = "list", description = "Every blocked item with interest accrued to --as-of (default today).")
  static final class ListItems implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Accrue interest to this date (default today).")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
      String f = Formats.choose(format, "text", "json", "csv");
      LocalDate on = asOf == null ? LocalDate.now() : asOf;
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = home.resolve().openDatabase()) {
        List<BlockedItem> items = new BlockingLedger(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemDefaultZone()).list();
        if ("text".equals(f)) {
          if (items.isEmpty()) {
            out.println("no blocked property");
          }
          for (BlockedItem i : items) {
            out.printf("%4d  %-9s %s  %s %s  %s (%s, %s)  account %s  interest %s  report due %s%n", i.id(), i.status(),
                i.blockedOn(), i.amount().toPlainString(), i.currency(), i.ownerName(), i.entityKey(), i.program(),
                i.blockedAccount(), i.interest(on).toPlainString(), i.reportDue());
          }
        } else {
          java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
          ReportWriter.write(Reports.blockedProperty(items, on),
              "json".equals(f) ? ReportWriter.Format.JSON : ReportWriter.Format.CSV, buf);
          out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "account", description = "Block an account of a customer whose alert two users confirmed as a true "
      + "match on a designation that blocks property: its balance goes into the ledger, the report falls due.")
  static final class Account implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alert", required = true, paramLabel = "ID", description = "The confirmed alert.")
    long alert;

    @Option(names = "--account", required = true, paramLabel = "NO", description = "The customer's account.")
    String account;

    @Option(names = "--balance", required = true, paramLabel = "AMOUNT", description = "Its balance today.")
    BigDecimal balance;

    @Option(names = "--currency", required = true, paramLabel = "CCY", description = "ISO 4217 code of the balance.")
    String currency;

    @Option(names = "--policy", paramLabel = "FILE", description = "Payment policy saying which listings block "
        + "(default: the built-in one).")
    Path policy;

    @Option(names = "--interest-rate", paramLabel = "RATE", defaultValue = "0.04",
        description = "Annual rate of the interest-bearing blocked account (default ${DEFAULT-VALUE}).")
    BigDecimal interestRate;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Who blocks it (recorded).")
    String user;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        AuditLog audit = new AuditLog(db.jdbi());
        BlockedItem item = AccountBlocks.overStore(db.jdbi(), new ListStore(db, audit), audit,
                policy == null ? PaymentPolicy.DEFAULT : PaymentPolicy.load(policy), Clock.systemDefaultZone())
            .block(alert, account, balance, currency, interestRate, user);
        spec.commandLine().getOut().println("blocked item " + item.id() + ": " + item.amount().toPlainString() + " "
            + item.currency() + " of " + item.ownerName() + " (" + item.entityKey() + ") into " + item.blockedAccount()
            + "; report due " + item.reportDue());
        return 0;
      }
    }
  }

  @Command(name = "release", description = "Propose a release (--licence NO, or --delisted), or --approve a pending one "
      + "(a different user than the proposer: four eyes).")
  static final class Release implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Blocked item id (see 'blocked list').")
    long id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Basis basis;

    static final class Basis {
      @Option(names = "--licence", paramLabel = "NO", description = "Propose releasing under this licence.")
      String licence;

      @Option(names = "--delisted", description = "Propose unblocking because the owner was delisted.")
      boolean delisted;

      @Option(names = "--approve", description = "Approve the pending release (second user).")
      boolean approve;
    }

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Who proposes or approves.")
    String user;

    @Option(names = "--list", paramLabel = "PATH", description = "Lists in force, to check delisting (default: the store's).")
    List<Path> lists = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = home.resolve().openDatabase()) {
        AuditLog audit = new AuditLog(db.jdbi());
        BlockingLedger ledger = new BlockingLedger(db.jdbi(), audit, Clock.systemDefaultZone());
        if (basis.licence != null) {
          BlockingLedger.ReleaseRequest r = ledger.proposeRelease(id, basis.licence, user);
          out.println("release of item " + id + " under licence " + r.licenceNumber() + " proposed by " + user
              + "; another user must approve: interdict blocked release " + id + " --approve --user OTHER");
        } else if (basis.delisted) {
          ledger.proposeUnblock(id, user, key -> listedKeys(db).contains(key));
          out.println("unblocking of item " + id + " proposed by " + user + "; another user must approve");
        } else {
          BlockedItem item = ledger.approve(id, user, key -> listedKeys(db).contains(key));
          out.println("item " + id + " " + item.status() + " on " + item.releasedOn() + ": " + item.amount().toPlainString()
              + " " + item.currency() + " plus interest " + item.interest(item.releasedOn()).toPlainString());
        }
      }
      out.flush();
      return 0;
    }

    /** Keys of every entity on the lists in force; refusing when none is known, since delisting cannot be confirmed. */
    private Set<String> listedKeys(Database db) {
      List<ListedEntity> entities;
      if (!lists.isEmpty()) {
        entities = ScreeningLists.load(lists, null, spec.commandLine().getErr()).entities();
      } else {
        entities = new ListStore(db, new AuditLog(db.jdbi())).currentEntities();
      }
      if (entities.isEmpty()) {
        throw new InterdictException.Conflict("no list is imported: cannot confirm the owner was delisted "
            + "(import the current lists or give --list)");
      }
      Set<String> keys = new HashSet<>();
      for (ListedEntity e : entities) {
        keys.add(e.key());
      }
      return keys;
    }
  }
}
