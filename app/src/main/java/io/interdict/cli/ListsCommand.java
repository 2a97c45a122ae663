package io.interdict.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code interdict lists ...}: the list store, its versions, diffs and updates. */
@Command(
    name = "lists",
    description = "Import, update, inspect and compare sanctions lists.",
    mixinStandardHelpOptions = true,
    subcommands = {
      ListsImportCommand.class,
      ListsUpdateCommand.class,
      ListsStatusCommand.class,
      ListsVersionsCommand.class,
      ListsDiffCommand.class,
      ListsHistoryCommand.class,
      ListsSourceCommand.class,
    })
public final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a lists command is required");
  }
}
