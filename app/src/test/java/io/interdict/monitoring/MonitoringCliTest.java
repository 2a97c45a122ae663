package io.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.cli.CliRun;
import io.interdict.audit.AuditLog;
import io.interdict.cases.CaseJson;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringCliTest {
  @TempDir Path home;

  private CliRun cli(String... args) {
    return CliRun.inHome(home, args);
  }

  @Test
  void importReviewDecideAndVerifyFromTheCommandLine() throws IOException {
    Path csv = home.resolve("customers.csv");
    Files.writeString(csv, "id,name,schema,birth_date,country,identifier\n"
        + "c1,Kim Sang-man,Person,,KP,\nc2,Jane Smith,Person,,,\n");
    CliRun imported = cli("customers", "import", csv.toString(), "--user", "ops");
    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("2 new, 0 changed, 0 unchanged");

    Files.writeString(csv, "id,name,schema,birth_date,country,identifier\nc1,Kim Sang-man,Person,,KP,\nc2,Jane Smith,Alien,,,\n");
    CliRun bad = cli("customers", "import", csv.toString());
    assertThat(bad.code()).isEqualTo(7);
    assertThat(bad.err()).contains("customers.csv:3:").contains("unknown schema 'Alien'").doesNotContain("Exception");

    try (Database db = Database.h2(home)) {
      FixedLists lists = new FixedLists();
      lists.publish("us-ofac-sdn", "2023-05-23", List.of(FixedLists.person("43336", "KIM, Sang Man")));
      new Monitor(db.jdbi(), lists, JaroWinklerScanScreener::new, new AuditLog(db.jdbi()),
          Monitor.Options.defaults().withThreshold(0.9)).run();
    }

    CliRun listed = cli("alerts", "list", "--format", "jsonl", "--status", "open");
    assertThat(listed.code()).isZero();
    JsonNode alert = CaseJson.MAPPER.readTree(listed.out().lines().findFirst().orElseThrow());
    assertThat(alert.get("customer_id").asText()).isEqualTo("c1");
    assertThat(alert.get("entity_key").asText()).isEqualTo("us-ofac-sdn:43336");
    assertThat(alert.get("reason").asText()).isEqualTo("new customer");
    assertThat(alert.get("explanation").isObject()).isTrue();
    String id = alert.get("id").asText();

    assertThat(cli("alerts", "list").out()).contains("us-ofac-sdn:43336").contains("new customer");
    assertThat(cli("alerts", "list", "--after", id).out()).isEqualTo("no alerts\n");
    assertThat(cli("alerts", "show", id).out()).contains("\"events\"").contains("\"raised\"");
    assertThat(cli("alerts", "show", "999").code()).isEqualTo(3);

    assertThat(cli("alerts", "decide", id, "--decision", "false-positive", "--user", "alice", "--note", "other DOB").out())
        .contains("proposed-false-positive");
    CliRun same = cli("alerts", "decide", id, "--decision", "false-positive", "--user", "alice");
    assertThat(same.code()).isEqualTo(4);
    assertThat(same.err()).contains("four-eyes");
    assertThat(cli("alerts", "decide", id, "--decision", "maybe", "--user", "bob").code()).isEqualTo(2);
    assertThat(cli("alerts", "decide", id, "--decision", "false-positive", "--user", "bob").out())
        .contains("closed-false-positive (proposed by alice, confirmed by bob)");

    CliRun verified = cli("audit", "verify");
    assertThat(verified.code()).isZero();
    assertThat(verified.out()).startsWith("audit trail intact:");
    CliRun records = cli("audit", "list", "--limit", "3");
    assertThat(records.out().lines()).hasSize(3);
    assertThat(CaseJson.MAPPER.readTree(records.out().lines().findFirst().orElseThrow()).get("action").asText())
        .isEqualTo("alert.closed");
    CliRun history = cli("audit", "list", "--subject", "alert:" + id, "--action", "alert.");
    assertThat(history.out().lines().map(l -> l.replaceAll(".*\"action\":\"([^\"]+)\".*", "$1")))
        .as("the alert's own records, newest first").containsExactly("alert.closed", "alert.proposed", "alert.review", "alert.raised");
    assertThat(cli("audit", "list", "--actor", "bob", "--limit", "5").out().lines()).hasSize(1);
    CliRun badLimit = cli("audit", "list", "--limit", "0");
    assertThat(badLimit.code()).isEqualTo(2);
    assertThat(badLimit.err()).contains("limit 0 is outside 1..100000");
    assertThat(cli("audit", "retention").out()).contains("10 years");
    assertThat(cli("audit", "retention", "--set", "11", "--user", "cco").out()).contains("11 years");

    try (Database db = Database.h2(home)) {
      db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"));
    }
    CliRun broken = cli("audit", "verify");
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("record 2 was altered");
  }
}
