package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.lists.SampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a monitoring alert to a blocked account, as an operations team runs it from the command line. */
class AccountBlockCliTest {
  @TempDir Path tmp;

  @Test
  void aCustomerConfirmedAsDesignatedHasTheirAccountBlockedFromTheCommandLine() throws IOException {
    String home = tmp.resolve("home").toString();
    Path customers = Files.writeString(tmp.resolve("customers.csv"), "id,name,schema,birth_date,country,identifier\n"
        + "c1,Kim Sang Man,Person,1969-10-15,KP,\n");
    run("customers", "import", customers.toString(), "--home", home);
    run("lists", "import", SampleFiles.sdnFamily(tmp.resolve("sdn"), 0).toString(), "--home", home);
    JsonNode alert = new ObjectMapper().readTree(run("monitor", "--home", home).out().lines().findFirst().orElseThrow());
    String id = alert.get("alert_id").asText();
    CliRun early = run("blocked", "account", "--alert", id, "--account", "ACC-1", "--balance", "700", "--currency", "USD",
        "--user", "carol", "--home", home);
    assertThat(early.code()).isEqualTo(4);
    assertThat(early.err()).contains("only a match two users confirmed blocks property");
    run("alerts", "decide", id, "--decision", "true-match", "--user", "alice", "--home", home);
    run("alerts", "decide", id, "--decision", "true-match", "--user", "bob", "--home", home);
    CliRun blocked = run("blocked", "account", "--alert", id, "--account", "ACC-1", "--balance", "700", "--currency", "usd",
        "--user", "carol", "--home", home);
    assertThat(blocked.code()).as(blocked.err()).isZero();
    assertThat(blocked.out()).startsWith("blocked item 1: 700.00 USD of KIM, Sang Man (us-ofac-sdn:43377) into "
        + "BLOCKED/us-ofac-sdn:43377/USD; report due ");
    assertThat(run("blocked", "list", "--format", "csv", "--home", home).out()).contains("account:ACC-1");
  }
}
