package io.interdict.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipAnalysis.Finding;
import io.interdict.ownership.OwnershipAnalysis.Holding;
import io.interdict.ownership.OwnershipAnalysis.Report;
import io.interdict.ownership.OwnershipAnalysis.Status;
import io.interdict.ownership.OwnershipJson;
import io.interdict.ownership.OwnershipRegister;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
import io.interdict.ownership.Share;
import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.payments.PaymentPolicy;
import io.interdict.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict ownership check|import}: the 50 % rule over a register of holdings. */
@Command(name = "ownership", mixinStandardHelpOptions = true,
    description = {"The 50 %% rule: which entities of an ownership register are blocked because blocked persons own",
        "them, which need review, and why. An imported register is applied by payments screening too."},
    subcommands = {OwnershipCommand.Check.class, OwnershipCommand.Import.class})
public final class OwnershipCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check or import");
  }

  /** Reads the register given, else the one in force in the store; fails with a hint when there is neither. */
  static OwnershipRegister register(Path file, Database db) {
    if (file != null) {
      return OwnershipRegister.read(file);
    }
    return new OwnershipStore(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemUTC()).currentRegister()
        .orElseThrow(() -> new InterdictException.NotFound(
            "no ownership register imported: give REGISTER.csv or run interdict ownership import REGISTER.csv"));
  }

  @Command(name = "import", mixinStandardHelpOptions = true, description = {"Store a register as the one in force "
      + "(validated whole first; a contradictory register changes nothing)."})
  static final class Import implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "REGISTER.csv", description = "Holdings: owner_id,owner_name,owned_id,owned_name,percent"
        + "[,owner_list_id][,owned_list_id].")
    Path file;

    @Option(names = "--user", paramLabel = "USER", description = "Who imports (recorded). Default: the OS user.")
    String user = System.getProperty("user.name", "interdict");

    @Override
    public Integer call() throws IOException {
      OwnershipRegister.read(file); // a bad file fails here, naming its line, before the store is opened
      String csv = Files.readString(file);
      try (Database db = home.resolve().openDatabase()) {
        OwnershipStore.Version v = new OwnershipStore(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemUTC())
            .importCsv(csv, file.getFileName().toString(), user);
        spec.commandLine().getOut().printf("ownership register version %d in force: %d parties, %d holdings (%s)%n",
            v.id(), v.parties(), v.holdings(), v.origin());
      }
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, description = {"Apply the rule to a register (the one in "
      + "force when none is given) against the lists, and print each party's status and why."})
  static final class Check implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "REGISTER.csv", description = "Holdings: owner_id,owner_name,owned_id,"
        + "owned_name,percent[,owner_list_id][,owned_list_id]. Default: the register in force.")
    Path register;

    @Option(names = "--rule", defaultValue = "ofac",
        description = "ofac (50 %% or more, holdings of blocked persons added up) or uk (more than 50 %%, one designated "
            + "person at a time). Default ${DEFAULT-VALUE}.")
    String rule;

    @Option(names = "--list", paramLabel = "PATH", description = "List file or directory (repeatable). "
        + "Default: the current lists of the store.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE",
        description = "Payment policy (JSON or YAML): its blocking lists and party review threshold apply.")
    Path policy;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--all", description = "Print CLEAR parties too.")
    boolean all;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      boolean json = Formats.choose(format, "text", "json").equals("json");
      OwnershipRule r = OwnershipRule.parse(rule);
      PaymentPolicy pol = policy == null ? PaymentPolicy.DEFAULT : PaymentPolicy.load(policy);
      OwnershipRegister reg;
      ScreeningLists sl;
      try (Database db = lists.isEmpty() || register == null ? home.resolve().openDatabase() : null) {
        // The register is validated before any list is read: a bad file fails fast.
        reg = register(register, db);
        sl = ScreeningLists.load(lists, db, err);
      }
      Report report = OwnershipAnalysis.analyse(reg, sl.entities(), sl.screener(), pol, r);
      if (json) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(OwnershipJson.report(report, sl.description())));
      } else {
        printText(out, report, sl.description(), all);
      }
      out.flush();
      return 0;
    }

    static void printText(PrintWriter out, Report report, String against, boolean all) {
      for (Finding f : report.findings()) {
        if (f.status() == Status.CLEAR && !all) {
          continue;
        }
        out.printf("%-10s %s  %s%n", f.status(), f.party().id(), f.party().name());
        for (String why : f.reasons()) {
          out.println("           " + why);
        }
        for (Holding h : f.holdings()) {
          out.printf("             %8s  %s %s (%s)%n", Share.percent(h.share()), h.ownerId(), h.ownerName(), h.ownerIs());
        }
      }
      out.printf("%d parties, %s rule (%s), against %s: %s%n", report.findings().size(), report.rule().name(),
          report.rule().describe(), against, summary(report));
    }

    private static String summary(Report report) {
      List<String> parts = new ArrayList<>();
      for (Status s : new Status[] {Status.LISTED, Status.BLOCKED, Status.REVIEW, Status.RESTRICTED, Status.CLEAR}) {
        parts.add(report.count(s) + " " + s);
      }
      return String.join(", ", parts);
    }
  }
}
