package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.cases.Alert;
import io.interdict.cases.AlertService;
import io.interdict.cases.AlertStatus;
import io.interdict.cases.CaseJson;
import io.interdict.cases.Decision;
import io.interdict.store.Database;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict alerts list|show|review|decide}: the monitoring alerts and their four-eyes review. */
@Command(name = "alerts",
    mixinStandardHelpOptions = true,
    description = "Review monitoring alerts (four-eyes: a second user confirms every closing decision).",
    subcommands = {AlertsCommand.ListAlerts.class, AlertsCommand.Show.class, AlertsCommand.Review.class,
        AlertsCommand.Decide.class})
public final class AlertsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "an alerts command is required");
  }


  enum Format { JSONL, TABLE }

  @Command(name = "list", description = "List alerts, oldest first.")
  static final class ListAlerts implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Option(names = "--status", paramLabel = "S",
        description = "open, under-review, proposed-false-positive, proposed-true-match, closed-false-positive, closed-true-match")
    String status;

    @Option(names = "--customer", paramLabel = "ID", description = "only this customer's alerts")
    String customer;

    @Option(names = "--after", paramLabel = "ID", description = "only alerts after this one (paging through the queue)")
    Long after;

    @Option(names = "--format", paramLabel = "F", description = "jsonl or table (default ${DEFAULT-VALUE})")
    Format format = Format.TABLE;

    @Option(names = "--limit", paramLabel = "N", description = "at most N alerts (default ${DEFAULT-VALUE})")
    int limit = 1000;

    @Override
    public Integer call() {
      AlertStatus s = status == null ? null : AlertStatus.parse(status);
      try (Database db = home.resolve().openDatabase()) {
        List<Alert> alerts = new AlertService(db.jdbi(), new AuditLog(db.jdbi())).find(
            new AlertService.Filter(s, customer, null, 0, null, after, null, false, limit));
        Formats.print(spec.commandLine().getOut(), alerts, format == Format.JSONL, AlertsCommand::table);
        return 0;
      }
    }
  }

  @Command(name = "show", description = "Show one alert with its explanation and review history, as JSON.")
  static final class Show implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID") long id;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        spec.commandLine().getOut().println(CaseJson.pretty(new AlertService(db.jdbi(), new AuditLog(db.jdbi())).get(id)));
        return 0;
      }
    }
  }

  @Command(name = "review", description = "Take an open alert into review.")
  static final class Review implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID") long id;

    @Option(names = "--user", required = true, description = "the reviewing user") String user;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        Alert a = new AlertService(db.jdbi(), new AuditLog(db.jdbi())).review(id, user);
        spec.commandLine().getOut().println("alert " + a.id() + ": " + label(a.status()));
        return 0;
      }
    }
  }

  @Command(name = "decide", description = {
      "Record a decision. The first user proposes; a second, different user with the same decision closes the alert;",
      "a different decision sends it back to review with both findings recorded."})
  static final class Decide implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID") long id;

    @Option(names = "--decision", required = true, paramLabel = "D", description = "false-positive or true-match")
    String decision;

    @Option(names = "--user", required = true, description = "the deciding user") String user;

    @Option(names = "--note", description = "reason for the decision") String note;

    @Override
    public Integer call() {
      Decision d = Decision.parse(decision);
      try (Database db = home.resolve().openDatabase()) {
        Alert a = new AlertService(db.jdbi(), new AuditLog(db.jdbi())).decide(id, d, user, note);
        spec.commandLine().getOut().println("alert " + a.id() + ": " + label(a.status())
            + (a.status().closed() ? " (proposed by " + a.proposedBy() + ", confirmed by " + a.closedBy() + ")" : ""));
        return 0;
      }
    }
  }

  static String label(AlertStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String table(List<Alert> alerts) {
    if (alerts.isEmpty()) {
      return "no alerts";
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-6s %-23s %-5s %-16s %-22s %-28s %s%n",
        "ID", "STATUS", "SCORE", "CUSTOMER", "ENTITY", "MATCHED NAME", "REASON"));
    for (Alert a : alerts) {
      sb.append(String.format(Locale.ROOT, "%-6d %-23s %.2f  %-16s %-22s %-28s %s%n", a.id(), label(a.status()),
          a.score(), Formats.cut(a.customerId(), 16), Formats.cut(a.entityKey(), 22), Formats.cut(a.matchedName(), 28),
          a.reason().label()));
    }
    return sb.toString().stripTrailing();
  }

}
