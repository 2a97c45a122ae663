package io.interdict.cli;

import io.interdict.lists.store.ListVersion;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code interdict lists versions SOURCE}: every stored version of a source, the current one marked. */
@Command(
    name = "versions",
    mixinStandardHelpOptions = true,
    description = "List the stored versions of a source, oldest first; '*' marks the current one.")
final class ListsVersionsCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "SOURCE", description = "Source id, e.g. us-ofac-sdn.")
  String source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ListsCli.Opened o = ListsCli.Opened.of(home)) {
      o.store().sources().require(source);
      List<ListVersion> versions = o.store().versions(source);
      Long current = o.store().current(source).map(ListVersion::id).orElse(null);
      if (versions.isEmpty()) {
        out.println(source + ": no version imported yet");
        return 0;
      }
      String f = "%s %-7s %-10s %9s  %-17s %-9s %-12s %s%n";
      out.printf(f, " ", "VERSION", "PUBLISHED", "ENTITIES", "IMPORTED", "FORMAT", "CHECKSUM", "ORIGIN");
      for (ListVersion v : versions) {
        out.printf(f, current != null && current == v.id() ? "*" : " ", v.label(),
            v.published() == null ? "-" : v.published(), ListsCli.count(v.entityCount()),
            v.importedAt().truncatedTo(ChronoUnit.MINUTES).toString().replace("T", " ").replace(":00Z", "Z"),
            v.format(), v.checksum().length() > 12 ? v.checksum().substring(0, 12) : v.checksum(), v.origin());
      }
      return 0;
    }
  }
}
