package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.lists.SampleFiles;
import io.interdict.lists.update.ListServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lists update} from a mirror on loopback: success, 304, rejection with exit code and status. */
class ListsUpdateCommandTest {
  @TempDir Path home;

  @Test
  void updateReportsEachOutcomeAndARejectionFailsTheCommand() throws Exception {
    try (ListServer server = new ListServer()) {
      server.publish("SDN.CSV", ListServer.File.of(SampleFiles.sdnCsv(20), "\"a\""));
      server.publish("ALT.CSV", ListServer.File.of(SampleFiles.altCsv(), "\"a\""));
      server.publish("ADD.CSV", ListServer.File.of(SampleFiles.addCsv(), "\"a\""));
      server.publish("SDN_COMMENTS.CSV", ListServer.File.of(SampleFiles.commentsCsv(), "\"a\""));
      String[] update = {"lists", "update", "--source", "us-ofac-sdn", "--base-url", server.baseUrl(), "--home",
          home.toString()};

      CliRun first = run(update);
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).isEqualTo("us-ofac-sdn: updated to v1 (22 entities; first version)\n");

      assertThat(run(update).out()).isEqualTo("us-ofac-sdn: not modified since the last update\n");

      server.publish("SDN.CSV", ListServer.File.of(SampleFiles.sdnCsv(2), "\"b\""));
      CliRun shrunk = run(update);
      assertThat(shrunk.code()).isEqualTo(1);
      assertThat(shrunk.err()).contains("us-ofac-sdn: update rejected: implausible us-ofac-sdn list: 4 entities where "
          + "22 are live").contains("the previous version stays live");

      CliRun status = run("lists", "status", "--format", "json", "--home", home.toString());
      assertThat(status.out()).contains("\"current_version\" : \"v1\"").contains("\"last_error\" : \"implausible");

      CliRun accepted = run("lists", "update", "--source", "us-ofac-sdn", "--base-url", server.baseUrl(),
          "--max-shrink", "0.9", "--home", home.toString());
      assertThat(accepted.out()).startsWith("us-ofac-sdn: updated to v2 (4 entities; +0 \u221218 ~0 against v1)");
    }
  }

  @Test
  void badOptionsAreRejectedBeforeAnyDownload() {
    CliRun r = run("lists", "update", "--schedule", "0h", "--home", home.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'0h' is not a positive duration");
    CliRun unknown = run("lists", "update", "--source", "us-csl", "--home", home.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("does not know where 'us-csl' is published");
  }
}
