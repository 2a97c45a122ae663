package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentsCliTest {
  private static final List<String> MESSAGES = List.of("pacs008-kim-sang-man.xml", "pacs008-clean.xml",
      "pacs008-truncated.xml", "pacs008-crimea.xml", "pacs008-iran-agent.xml", "pacs009-cov-hidden-creditor.xml",
      "pain001-two-transactions.xml", "mt103-chinyong.txt", "mt103-no-59.txt", "mt103-clean-50f.txt", "mt202cov-hidden.txt",
      "crypto-kim-upper.json", "crypto-clean.json");

  @TempDir Path tmp;

  private Path messages() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("inbox"));
    for (String m : MESSAGES) {
      try (InputStream in = getClass().getResourceAsStream("/payments/" + m)) {
        Files.write(dir.resolve(m), in.readAllBytes());
      }
    }
    return dir;
  }

  @Test
  void screenRecordsBlocksAndRejectsThenReleaseNeedsFourEyesAndReportsListTheItems() throws IOException {
    String home = tmp.resolve("home").toString();
    CliRun screen = run("payments", "screen", messages().toString(), "--home", home, "--format", "json", "--user", "alice");
    assertThat(screen.code()).as(screen.err()).isZero();
    assertThat(screen.err()).contains("DEMO list");
    JsonNode result = new ObjectMapper().readTree(screen.out());
    assertThat(result.get("summary").toString()).isEqualTo("{\"RELEASE\":3,\"HOLD\":2,\"REJECT\":3,\"BLOCK\":5}");
    JsonNode kim = find(result.get("decisions"), "P8-20250602-0001");
    assertThat(kim.get("decision").asText()).isEqualTo("BLOCK");
    assertThat(kim.get("hits").get(0).get("field").asText()).isEqualTo("Cdtr/Nm");
    assertThat(kim.get("hits").get(0).get("entity_id").asText()).isEqualTo("43377");
    assertThat(kim.get("hits").get(0).get("program").asText()).isEqualTo("DPRK4");
    assertThat(kim.get("recorded").asText()).startsWith("blocked:");

    JsonNode blocked = new ObjectMapper().readTree(run("blocked", "list", "--home", home, "--format", "json").out());
    assertThat(blocked.get("items")).hasSize(5);
    String id = blocked.get("items").get(0).get("item").asText();

    assertThat(run("licences", "add", "--home", home, "--number", "GL-DPRK-1", "--type", "general", "--program", "DPRK4",
        "--expires", "2099-12-31", "--user", "alice").code()).isZero();
    assertThat(run("licences", "list", "--home", home).out()).contains("GL-DPRK-1");
    CliRun expired = run("licences", "add", "--home", home, "--number", "GL-OLD", "--type", "general", "--program", "DPRK4",
        "--expires", "2001-01-01", "--user", "alice");
    assertThat(expired.code()).isZero();
    CliRun refused = run("blocked", "release", id, "--licence", "GL-OLD", "--user", "alice", "--home", home);
    assertThat(refused.code()).isEqualTo(4);
    assertThat(refused.err()).contains("expired on 2001-01-01");

    assertThat(run("blocked", "release", id, "--licence", "GL-DPRK-1", "--user", "alice", "--home", home).code()).isZero();
    CliRun self = run("blocked", "release", id, "--approve", "--user", "alice", "--home", home);
    assertThat(self.code()).isEqualTo(4);
    assertThat(self.err()).contains("four eyes");
    CliRun approved = run("blocked", "release", id, "--approve", "--user", "bob", "--home", home);
    assertThat(approved.code()).as(approved.err()).isZero();
    assertThat(approved.out()).contains("RELEASED");

    CliRun csv = run("reports", "blocked-property", "--home", home, "--format", "csv");
    assertThat(csv.out().lines().count()).isEqualTo(6);
    CliRun rejects = run("reports", "rejects", "--home", home, "--format", "json");
    assertThat(new ObjectMapper().readTree(rejects.out()).get("items")).hasSize(3);
    Path pdf = tmp.resolve("annual.pdf");
    assertThat(run("reports", "annual", "--home", home, "--format", "pdf", "--output", pdf.toString()).code()).isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    assertThat(run("reports", "annual", "--home", home, "--format", "pdf").code()).isEqualTo(2);

    CliRun due = run("reports", "due", "--home", home, "--format", "jsonl");
    assertThat(due.code()).isZero();
    assertThat(due.out()).contains("\"kind\":\"blocked-property\",\"item_id\":1,").doesNotContain("\"overdue\":true");
    CliRun later = run("reports", "due", "--home", home, "--as-of", "2099-01-01", "--fail-if-overdue");
    assertThat(later.code()).as("a scheduler learns of overdue reports").isEqualTo(1);
    assertThat(later.out()).contains("OVERDUE").contains("annual");
    CliRun filed = run("reports", "filed", "blocked-property", "--item", "1", "--reference", "OFAC-RPT-1", "--user", "carol",
        "--home", home);
    assertThat(filed.out()).as(filed.err()).startsWith("blocked-property report of item 1: filed on ");
    CliRun twice = run("reports", "filed", "blocked-property", "--item", "1", "--reference", "OFAC-RPT-1", "--user", "carol",
        "--home", home);
    assertThat(twice.code()).isEqualTo(4);
    assertThat(twice.err()).contains("already filed");
    assertThat(run("reports", "due", "--home", home, "--format", "jsonl").out())
        .doesNotContain("\"kind\":\"blocked-property\",\"item_id\":1,");
    assertThat(run("reports", "blocked-property", "--home", home, "--format", "csv").out()).contains("OFAC-RPT-1");
    assertThat(run("reports", "--home", home).err()).contains("a report is required");
  }

  @Test
  void noRecordDecidesWithoutTouchingTheLedger() throws IOException {
    String home = tmp.resolve("home2").toString();
    CliRun screen = run("payments", "screen", messages().resolve("mt103-chinyong.txt").toString(), "--home", home,
        "--no-record");
    assertThat(screen.code()).isZero();
    assertThat(screen.out()).startsWith("BLOCK   MT103-0001").contains("59 'CHINYONG INFORMATION TECHNOLOGY COOPERATION CO'");
    assertThat(run("blocked", "list", "--home", home).out()).contains("no blocked property");
  }

  @Test
  void badArgumentsGiveOneLineErrors() {
    String home = tmp.resolve("home3").toString();
    CliRun missing = run("payments", "screen", tmp.resolve("nope").toString(), "--home", home);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
    CliRun format = run("reports", "nonsense", "--home", home);
    assertThat(format.code()).isEqualTo(2);
    CliRun unknown = run("blocked", "release", "42", "--approve", "--user", "bob", "--home", home);
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.err()).contains("no blocked item 42");
  }

  private static JsonNode find(JsonNode decisions, String id) {
    for (JsonNode d : decisions) {
      if (id.equals(d.path("message_id").asText())) {
        return d;
      }
    }
    throw new AssertionError("no decision for " + id);
  }
}
