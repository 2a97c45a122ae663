package io.interdict.cli;

import static io.interdict.cli.CliRun.inHome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.cases.CaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomersCliTest {
  private static final String HEADER = "id,name,schema,birth_date,country,identifier\n";

  @TempDir Path tmp;

  private Path file(String name, String rows) throws IOException {
    return Files.writeString(tmp.resolve(name), HEADER + rows);
  }

  @Test
  void customersAreClosedByHandOrByACompleteFileShownAndReopenedByAnImport() throws IOException {
    Path home = tmp.resolve("home");
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      rows.append("k").append(i).append(",Customer ").append(i).append(",Organization,,,\n");
    }
    assertThat(inHome(home, "customers", "import", file("all.csv", rows.toString()).toString()).out())
        .isEqualTo("10 new, 0 changed, 0 unchanged, 0 reopened, 0 closed (10 rows)\n");

    assertThat(inHome(home, "customers", "list", "--search", "customer 1").out().lines().skip(1))
        .as("names containing the text, case-insensitively").hasSize(1).allMatch(l -> l.startsWith("k1 "));
    CliRun closed = inHome(home, "customers", "close", "k3", "--user", "alice", "--note", "moved bank");
    assertThat(closed.code()).as(closed.err()).isZero();
    assertThat(closed.out()).startsWith("customer k3 closed at ").endsWith(" by alice\n");
    CliRun again = inHome(home, "customers", "close", "k3", "--user", "bob");
    assertThat(again.code()).isEqualTo(4);
    assertThat(again.err()).startsWith("interdict: customer 'k3' was closed at ");
    assertThat(inHome(home, "customers", "close", "nobody", "--user", "bob").code()).isEqualTo(3);

    assertThat(inHome(home, "customers", "list", "--status", "closed", "--format", "jsonl").out().lines())
        .hasSize(1).allMatch(l -> l.contains("\"id\":\"k3\""));
    assertThat(inHome(home, "customers", "list").out()).doesNotContain("k3 ");
    assertThat(inHome(home, "customers", "list", "--status", "gone").code()).isEqualTo(2);
    JsonNode shown = CaseJson.MAPPER.readTree(inHome(home, "customers", "show", "k3").out());
    assertThat(shown.get("closed_by").asText()).isEqualTo("alice");
    assertThat(shown.get("closed_note").asText()).isEqualTo("moved bank");
    assertThat(shown.get("versions")).hasSize(1);

    String cut = rows.toString().lines().limit(5).map(l -> l + "\n").reduce("", String::concat);
    CliRun refused = inHome(home, "customers", "import", file("cut.csv", cut).toString(), "--complete");
    assertThat(refused.code()).as("a cut-off file would close most customers").isEqualTo(4);
    assertThat(refused.err()).contains("would close 5 of the 9 open customers").contains("Nothing was imported");
    assertThat(CaseJson.MAPPER.readTree(inHome(home, "customers", "show", "k3").out()).get("closed_at").isNull())
        .as("k3 is in the refused file, and stays closed").isFalse();

    CliRun complete = inHome(home, "customers", "import", file("cut.csv", cut).toString(), "--complete",
        "--max-closed", "60");
    assertThat(complete.out()).isEqualTo("0 new, 0 changed, 4 unchanged, 1 reopened, 5 closed (5 rows)\n");
    JsonNode k3 = CaseJson.MAPPER.readTree(inHome(home, "customers", "show", "k3").out());
    assertThat(k3.get("closed_at").isNull()).isTrue();
    assertThat(k3.get("versions").get(1).get("reopened").asBoolean()).isTrue();
    CliRun badShare = inHome(home, "customers", "import", "--complete", "--max-closed", "120",
        file("x.csv", "k1,Customer 1,Organization,,,\n").toString());
    assertThat(badShare.code()).isEqualTo(2);
    assertThat(badShare.err()).endsWith("between 0 and 100 %, got 120\n");
  }
}
