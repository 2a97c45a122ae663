package io.interdict.cli;

import io.interdict.store.Home;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Mixin for {@code --home}; every command that touches the store takes it. */
public final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Interdict home (database, lists). Default: $INTERDICT_HOME or ~/.interdict.")
  Path home;

  public Home resolve() {
    return Home.resolve(home);
  }
}
