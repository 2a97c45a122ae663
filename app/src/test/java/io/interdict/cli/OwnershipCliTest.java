package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.lists.SampleFiles;
import io.interdict.payments.TestMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipCliTest {
  /** Invented companies held by the demo list's KIM Sang Man (SDN 43377, DPRK4). */
  private static final String REGISTER = """
      owner_id,owner_name,owned_id,owned_name,percent,owner_list_id
      P1,KIM Sang Man,C2,Pyongsong Logistics Ltd,60,us-ofac-sdn:43377
      C2,Pyongsong Logistics Ltd,C3,North Star Shipping Co,50,
      P1,KIM Sang Man,C7,Acme Widgets GmbH,10,
      """;

  @TempDir Path tmp;

  private Path register(String text) throws IOException {
    return Files.writeString(tmp.resolve("register.csv"), text);
  }

  @Test
  void printsBlockedEntitiesWithTheHoldingsThatDecided() throws IOException {
    CliRun r = run("ownership", "check", register(REGISTER).toString(), "--home", tmp.resolve("home").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("DEMO list");
    assertThat(r.out()).contains("BLOCKED    C3  North Star Shipping Co")
        .contains("50 %  C2 Pyongsong Logistics Ltd (blocked by ownership)")
        .contains("LISTED     P1  KIM Sang Man")
        .doesNotContain("Acme Widgets")
        .contains("4 parties, ofac rule (50 % or more, holdings of blocked persons added up)")
        .contains("1 LISTED, 2 BLOCKED, 0 REVIEW, 0 RESTRICTED, 1 CLEAR");
  }

  @Test
  void jsonGivesEveryPartyWithPercentagesAsNumbers() throws IOException {
    CliRun r = run("ownership", "check", register(REGISTER).toString(), "--home", tmp.resolve("home").toString(),
        "--format", "json", "--rule", "UK");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("rule").asText()).isEqualTo("uk");
    assertThat(json.get("summary").get("BLOCKED").asInt()).isEqualTo(1);
    JsonNode c2 = json.get("findings").get(1);
    assertThat(c2.get("status").asText()).isEqualTo("BLOCKED");
    assertThat(c2.get("held_by_blocked_percent").decimalValue()).isEqualByComparingTo("60");
    assertThat(json.get("findings").get(2).get("status").asText())
        .as("exactly 50 % is not more than 50 %").isEqualTo("CLEAR");
  }

  @Test
  void aContradictoryRegisterIsRefusedWithItsLineAndNothingIsScreened() throws IOException {
    CliRun r = run("ownership", "check", register(REGISTER + "P1,KIM Sang Man,C7,Acme Widgets GmbH,15,\n").toString(),
        "--home", tmp.resolve("home").toString());
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).contains("register.csv:5: 'P1' already holds a stake in 'C7' on line 4").doesNotContain("DEMO");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownRuleIsABadArgument() throws IOException {
    CliRun r = run("ownership", "check", register(REGISTER).toString(), "--rule", "eu", "--home",
        tmp.resolve("home").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown ownership rule 'eu' (expected ofac or uk)");
  }

  @Test
  void paymentsToAnEntityTheRuleBlocksAreBlockedWhenTheRegisterIsGiven() throws IOException {
    Path msg = Files.write(tmp.resolve("mt103.txt"), TestMessages.mt103("OWN-50-CLI", "NORTH STAR SHIPPING CO"));
    String home = tmp.resolve("home").toString();
    CliRun without = run("payments", "screen", msg.toString(), "--no-record", "--home", home);
    assertThat(without.out()).as(without.err()).startsWith("RELEASE");
    CliRun with = run("payments", "screen", msg.toString(), "--no-record", "--home", home,
        "--ownership", register(REGISTER).toString());
    assertThat(with.code()).as(with.err()).isZero();
    assertThat(with.out()).startsWith("BLOCK").contains("interdict-ownership");
  }

  @Test
  void anImportedRegisterIsInForceForChecksAndPaymentsUntilABadOneIsRefused() throws IOException {
    String home = tmp.resolve("home").toString();
    CliRun none = run("ownership", "check", "--home", home);
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err()).contains("no ownership register imported");

    CliRun imported = run("ownership", "import", register(REGISTER).toString(), "--home", home, "--user", "alice");
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("ownership register version 1 in force: 4 parties, 3 holdings");
    CliRun bad = run("ownership", "import", register(REGISTER + "C3,North Star Shipping Co,C3,North Star Shipping Co,1,\n")
        .toString(), "--home", home);
    assertThat(bad.code()).isEqualTo(7);

    assertThat(run("ownership", "check", "--home", home).out()).contains("BLOCKED    C3  North Star Shipping Co");
    Path msg = Files.write(tmp.resolve("mt103.txt"), TestMessages.mt103("OWN-50-CLI", "NORTH STAR SHIPPING CO"));
    CliRun paid = run("payments", "screen", msg.toString(), "--no-record", "--home", home);
    assertThat(paid.out()).as(paid.err()).startsWith("BLOCK").contains("interdict-ownership:C3");
  }

  @Test
  void monitoringAlertsOnACustomerOnceTheRegisterMakesItsCompanyBlocked() throws IOException {
    String home = tmp.resolve("home").toString();
    Path customers = Files.writeString(tmp.resolve("customers.csv"), "id,name,schema,birth_date,country,identifier\n"
        + "c1,North Star Shipping Company,Organization,,SG,\nc2,Hanna Schmidt,Person,,DE,\n"
        + "C2,Morning Trade Ltd,Organization,,KP,\n");
    assertThat(run("customers", "import", customers.toString(), "--home", home).code()).isZero();
    Path sdn = SampleFiles.sdnFamily(tmp.resolve("sdn"), 0);
    assertThat(run("lists", "import", sdn.toString(), "--home", home).code()).isZero();
    CliRun before = run("monitor", "--home", home);
    assertThat(before.code()).as(before.err()).isZero();
    assertThat(before.out()).as("no customer is on the list").isEmpty();

    assertThat(run("ownership", "import", register(REGISTER).toString(), "--home", home).code()).isZero();
    CliRun after = run("monitor", "--home", home);
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(after.out().lines()).hasSize(2);
    JsonNode byId = new ObjectMapper().readTree(after.out().lines().filter(l -> l.contains("\"C2\"")).findFirst().orElseThrow());
    assertThat(byId.get("entity_id").asText()).as("the register names its parties by customer id")
        .isEqualTo("interdict-ownership:C2");
    assertThat(byId.get("score").asDouble()).isEqualTo(1.0);
    assertThat(run("alerts", "show", byId.get("alert_id").asText(), "--home", home).out())
        .contains("customer C2 is register party C2");
    JsonNode alert = new ObjectMapper().readTree(after.out().lines().filter(l -> l.contains("\"c1\"")).findFirst().orElseThrow());
    assertThat(alert.get("entity_id").asText()).isEqualTo("interdict-ownership:C3");
    assertThat(alert.get("reason").asText()).isEqualTo("newly blocked by ownership");
    assertThat(after.err()).contains("interdict-ownership@derivation 1 (register 1)");
    assertThat(run("alerts", "show", alert.get("alert_id").asText(), "--home", home).out())
        .contains("North Star Shipping Co");

    CliRun again = run("monitor", "--home", home);
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).contains("list versions processed: none");
  }
}
