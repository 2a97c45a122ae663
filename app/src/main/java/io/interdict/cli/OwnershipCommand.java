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
import io.interdict.ownership.Share;
import io.interdict.payments.PaymentPolicy;
import io.interdict.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict ownership REGISTER.csv}: the 50 % rule over a register of holdings. */
@Command(name = "ownership", mixinStandardHelpOptions = true,
    description = {"Apply the 50 % rule: which entities of an ownership register are blocked because blocked persons",
        "own them, which need review, and why. Parties blocked by ownership can then be screened as list entries",
        "(payments screen --ownership)."})
public final class OwnershipCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin HomeOption home;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "REGISTER.csv", description = "Holdings: owner_id,owner_name,owned_id,owned_name,percent"
      + "[,owner_list_id][,owned_list_id].")
  Path register;

  @Option(names = "--rule", defaultValue = "ofac",
      description = "ofac (50 % or more, holdings of blocked persons added up) or uk (more than 50 %, one designated "
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
    // The register is validated before any list is read: a bad file fails fast.
    OwnershipRegister reg = OwnershipRegister.read(register);
    ScreeningLists sl;
    try (Database db = lists.isEmpty() ? home.resolve().openDatabase() : null) {
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
