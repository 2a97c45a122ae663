package io.interdict.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.PaymentClearances;
import io.interdict.blocking.PaymentRecorder;
import io.interdict.blocking.RejectsRegister;
import io.interdict.ownership.OwnershipRegister;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
import io.interdict.payments.Decision;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentDecision;
import io.interdict.payments.PaymentPolicy;
import io.interdict.payments.PaymentsBenchmark;
import io.interdict.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict payments screen|holds|clearances|bench}. */
@Command(name = "payments", description = "Screen payment messages (pacs.008/009, pain.001, MT103/202/202COV, crypto).",
    subcommands = {PaymentsCommand.Screen.class, PaymentHoldsCommand.class, PaymentClearancesCommand.class,
        PaymentsCommand.Bench.class})
public final class PaymentsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: screen, holds, clearances or bench");
  }

  static final ObjectMapper JSON = new ObjectMapper();

  @Command(name = "screen", description = "Decide RELEASE, HOLD, REJECT or BLOCK for a message or every file of a directory. "
      + "BLOCKs are recorded in the blocked-property ledger, REJECTs in the rejects register and HOLDs in the queue of held "
      + "payments (see payments holds) unless --no-record.")
  static final class Screen implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", description = "A message file, or a directory: every file in it is screened.")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--list", paramLabel = "PATH", description = "List file or directory to screen against (repeatable). "
        + "Default: the current lists of the store.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "Payment policy (JSON or YAML); defaults otherwise.")
    Path policy;

    @Option(names = "--ownership", paramLabel = "REGISTER.csv", description = "Ownership register: entities the 50 %% "
        + "rule blocks are screened as blocked list entries. Default: the register imported into the store, if any.")
    Path ownership;

    @Option(names = "--ownership-rule", defaultValue = "ofac", description = "ofac or uk (default ${DEFAULT-VALUE}).")
    String ownershipRule;

    @Option(names = "--no-record", description = "Decide only: record nothing in the ledger, register or audit trail.")
    boolean noRecord;

    @Option(names = "--user", paramLabel = "USER", description = "Who screens (recorded). Default: the OS user.")
    String user = System.getProperty("user.name", "interdict");

    @Option(names = "--interest-rate", paramLabel = "RATE", defaultValue = "0.04",
        description = "Annual rate of the interest-bearing blocked account for new blocks (default ${DEFAULT-VALUE}).")
    BigDecimal interestRate;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      boolean json = Formats.choose(format, "text", "json").equals("json");
      List<Path> files = files(input);
      PaymentPolicy pol = policy == null ? PaymentPolicy.DEFAULT : PaymentPolicy.load(policy);
      Database db = noRecord && !lists.isEmpty() ? null : home.resolve().openDatabase();
      try {
        ScreeningLists sl = ScreeningLists.load(lists, db, err);
        OwnershipRule rule = OwnershipRule.parse(ownershipRule);
        if (ownership != null) {
          sl = sl.withOwnership(OwnershipRegister.read(ownership), ownership.getFileName().toString(), rule, pol, err);
        } else if (db != null) {
          OwnershipStore store = new OwnershipStore(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemUTC());
          Optional<OwnershipStore.Version> v = store.current();
          if (v.isPresent()) {
            sl = sl.withOwnership(store.currentRegister().orElseThrow(), "register version " + v.get().id(), rule, pol, err);
          }
        }
        PaymentDecider decider = new PaymentDecider(sl.screener(), sl.entities(), pol);
        if (db != null) {
          decider = decider.withClearances(
              new PaymentClearances(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemDefaultZone()).snapshot());
        }
        PaymentRecorder recorder = null;
        if (!noRecord) {
          AuditLog audit = new AuditLog(db.jdbi());
          BlockingLedger ledger = new BlockingLedger(db.jdbi(), audit, Clock.systemDefaultZone());
          RejectsRegister rejects = new RejectsRegister(db.jdbi(), audit, Clock.systemDefaultZone());
          recorder = new PaymentRecorder(audit, ledger, rejects,
              new HeldPayments(db.jdbi(), audit, ledger, rejects, Clock.systemDefaultZone()), interestRate);
        }
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        List<Object> decisions = new ArrayList<>();
        try (ProgressBar bar = files.size() > 200 ? new ProgressBarBuilder().setTaskName("screening").setInitialMax(files.size())
            .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .build() : null) {
          for (Path f : files) {
            PaymentDecision d = decider.decide(Files.readAllBytes(f), f.getFileName().toString());
            String ref = recorder == null ? null : recorder.record(d, user);
            counts.merge(d.decision(), 1, Integer::sum);
            if (json) {
              Map<String, Object> m = JSON.convertValue(d, LinkedHashMap.class);
              if (ref != null) {
                m.put("recorded", ref);
              }
              decisions.add(m);
            } else {
              out.println(text(d, ref));
            }
            if (bar != null) {
              bar.step();
            }
          }
        }
        if (json) {
          Object result = decisions.size() == 1 && !Files.isDirectory(input) ? decisions.get(0)
              : Map.of("decisions", decisions, "summary", summary(counts));
          out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else if (Files.isDirectory(input)) {
          out.println("screened " + files.size() + " message(s) against " + sl.description() + ": " + summary(counts));
        }
        out.flush();
        return 0;
      } finally {
        if (db != null) {
          db.close();
        }
      }
    }

    private static String text(PaymentDecision d, String ref) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("%-7s %s  (%s, %s)%s", d.decision(), d.messageId() == null ? "?" : d.messageId(), d.origin(),
          d.format() == null ? "unreadable" : d.format(), ref == null ? "" : " -> " + ref));
      for (String r : d.reasons()) {
        sb.append("\n        ").append(r);
      }
      return sb.toString();
    }

    private static Map<String, Integer> summary(Map<Decision, Integer> counts) {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (Decision d : Decision.values()) {
        m.put(d.name(), counts.getOrDefault(d, 0));
      }
      return m;
    }

    private static List<Path> files(Path input) throws IOException {
      if (Files.isRegularFile(input)) {
        return List.of(input);
      }
      if (!Files.isDirectory(input)) {
        throw new InterdictException.InvalidInput("no such file or directory: " + input);
      }
      try (Stream<Path> s = Files.list(input)) {
        List<Path> files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted().toList();
        if (files.isEmpty()) {
          throw new InterdictException.InvalidInput("directory " + input + " holds no message file");
        }
        return files;
      }
    }
  }

  @Command(name = "bench", description = "Generate realistic pacs.008 messages and measure screening throughput (msgs/s).")
  static final class Bench implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", defaultValue = "20000", description = "Messages to generate (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--threads", description = "Screening threads (default: available processors).")
    Integer threads;

    @Option(names = "--list", paramLabel = "PATH", description = "List to screen against (repeatable), e.g. SDN and UN.")
    List<Path> lists = new ArrayList<>();

    @Override
    public Integer call() {
      if (count < 1) {
        throw new InterdictException.InvalidInput("--count must be >= 1, not " + count);
      }
      PrintWriter err = spec.commandLine().getErr();
      ScreeningLists sl;
      if (lists.isEmpty()) {
        try (Database db = home.resolve().openDatabase()) {
          sl = ScreeningLists.load(lists, db, err);
        }
      } else {
        sl = ScreeningLists.load(lists, null, err);
      }
      int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      PaymentsBenchmark.run(sl.entities(), sl.screener(), count, t, spec.commandLine().getOut());
      return 0;
    }
  }
}
