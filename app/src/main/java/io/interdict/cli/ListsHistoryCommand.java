package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.lists.store.EntityVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code interdict lists history us-ofac-sdn:43377}: when an entity was listed, changed and delisted. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Show one entity (SOURCE:ID) through the stored versions of its source: listed, changed, removed.")
final class ListsHistoryCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "KEY", description = "Entity key, e.g. us-ofac-sdn:43377.")
  String key;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ListsCli.Opened o = ListsCli.Opened.of(home)) {
      List<EntityVersion> history = o.store().history(key);
      if (history.isEmpty()) {
        throw new InterdictException.NotFound("no stored version lists " + key);
      }
      for (EntityVersion v : history) {
        out.printf("%-7s %-10s %-9s %s%n", v.version().label(),
            v.version().published() == null ? "-" : v.version().published(),
            v.change().name().toLowerCase(), v.entity() == null ? "" : v.entity().primaryName());
      }
      return 0;
    }
  }
}
