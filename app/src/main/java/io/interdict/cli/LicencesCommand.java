package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.blocking.Licence;
import io.interdict.blocking.LicenceRegistry;
import io.interdict.store.Database;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interdict licences add|list}. */
@Command(name = "licences", description = "OFAC licences (general or specific) that authorise moving blocked property.",
    subcommands = {LicencesCommand.Add.class, LicencesCommand.ListLicences.class})
public final class LicencesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add or list");
  }

  @Command(name = "add", description = "Register a licence.")
  static final class Add implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--number", required = true, description = "Licence number, e.g. GL 8L or DPRK-2025-0042.")
    String number;

    @Option(names = "--type", required = true, description = "general or specific.")
    Licence.Type type;

    @Option(names = "--program", description = "Program it covers (e.g. DPRK4).")
    String program;

    @Option(names = "--entity", paramLabel = "KEY", description = "Entity it covers (source:id, e.g. us-ofac-sdn:43377).")
    String entity;

    @Option(names = "--max-amount", paramLabel = "X", description = "Cap on the total released under it.")
    BigDecimal maxAmount;

    @Option(names = "--expires", paramLabel = "DATE", description = "Last day it may be used (YYYY-MM-DD).")
    LocalDate expires;

    @Option(names = "--issuer", defaultValue = "OFAC", description = "Issuer (default ${DEFAULT-VALUE}).")
    String issuer;

    @Option(names = "--description", description = "What it authorises.")
    String description;

    @Option(names = "--user", required = true, description = "Who registers it.")
    String user;

    @Override
    public Integer call() {
      Licence l = new Licence(number, type, issuer, program, entity, maxAmount, expires, description);
      try (Database db = home.resolve().openDatabase()) {
        new LicenceRegistry(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemDefaultZone()).add(l, user);
      }
      spec.commandLine().getOut().println("licence " + l.number() + " (" + l.type().name().toLowerCase() + ") registered");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "list", description = "Every registered licence.")
  static final class ListLicences implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
      boolean json = Formats.choose(format, "text", "json").equals("json");
      List<Licence> all;
      try (Database db = home.resolve().openDatabase()) {
        all = new LicenceRegistry(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemDefaultZone()).list();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        List<Map<String, Object>> rows = all.stream().map(l -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("number", l.number());
          m.put("type", l.type().name().toLowerCase());
          m.put("issuer", l.issuer());
          m.put("program", l.program());
          m.put("entity_key", l.entityKey());
          m.put("max_amount", l.maxAmount() == null ? null : l.maxAmount().toPlainString());
          m.put("expires_on", l.expiresOn() == null ? null : l.expiresOn().toString());
          m.put("description", l.description());
          return m;
        }).toList();
        out.println(PaymentsCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
      } else if (all.isEmpty()) {
        out.println("no licence registered");
      } else {
        for (Licence l : all) {
          out.printf("%-20s %-8s %-6s program %-10s entity %-22s max %-12s expires %s%n", l.number(),
              l.type().name().toLowerCase(), l.issuer(), nz(l.program()), nz(l.entityKey()),
              l.maxAmount() == null ? "-" : l.maxAmount().toPlainString(), l.expiresOn() == null ? "-" : l.expiresOn());
        }
      }
      out.flush();
      return 0;
    }

    private static String nz(String s) {
      return s == null ? "-" : s;
    }
  }
}
