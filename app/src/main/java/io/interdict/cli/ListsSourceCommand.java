package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.lists.store.SourceState;
import io.interdict.lists.update.OfficialSources;
import io.interdict.lists.update.SourceSpec;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict lists source NAME}: show or configure a source (enabled, download URL). */
@Command(
    name = "source",
    mixinStandardHelpOptions = true,
    description = "Show or configure one source: enable or disable it (screening and updates), set its URL.")
final class ListsSourceCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "NAME", description = "Source id, e.g. us-ofac-sdn, un-sc, eu-fsf, uk-hmt.")
  String source;

  @ArgGroup(exclusive = true)
  Toggle toggle;

  static final class Toggle {
    @Option(names = "--enable", description = "Screen and update this source.") boolean enable;

    @Option(names = "--disable", description = "Stop screening and updating this source.") boolean disable;
  }

  @ArgGroup(exclusive = true)
  Url url;

  static final class Url {
    @Option(names = "--url", paramLabel = "URL", description = "Download the (primary) file from this URL.")
    String value;

    @Option(names = "--official-url", description = "Download from the official URL again.") boolean official;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ListsCli.Opened o = ListsCli.Opened.of(home)) {
      o.store().sources().require(source);
      if (toggle != null) {
        o.store().setEnabled(source, toggle.enable, ListsCli.actor());
      }
      if (url != null) {
        o.store().sources().setUrl(source, url.official ? null : checkedUrl(url.value), ListsCli.actor());
      }
      SourceState s = o.store().sources().require(source);
      String official = OfficialSources.find(source).map(SourceSpec::officialUrl).orElse(null);
      out.println(s.source() + ": " + (s.enabled() ? "enabled" : "disabled") + ", downloads from "
          + (s.url() != null ? s.url() : official != null ? official + " (official)" : "nowhere (import only)"));
      return 0;
    }
  }

  private static String checkedUrl(String u) {
    try {
      URI uri = new URI(u);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InterdictException.InvalidInput("'" + u + "' is not an http(s) URL");
  }
}
