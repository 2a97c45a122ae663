package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static io.interdict.lists.TestLists.dprk;
import static io.interdict.lists.TestLists.person;
import static io.interdict.lists.TestLists.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.audit.AuditLog;
import io.interdict.lists.store.ListStore;
import io.interdict.model.ListedEntity;
import io.interdict.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code lists} commands end to end, through {@link Main#run}, on an H2 home. */
class ListsCommandTest {
  private static final String SDN = "us-ofac-sdn";

  @TempDir Path home;

  @BeforeEach
  void twoVersions() {
    try (Database db = Database.h2(home)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      List<ListedEntity> v1 = dprk(SDN);
      List<ListedEntity> v2 = new ArrayList<>(v1);
      v2.set(4, person(SDN, "12", "PARK, Jin Hyok", "PAK, Jin Hek", "PAK, Kwang Jin"));
      v2.remove(3);
      v2.add(person(SDN, "43338", "JONG, Kyong Chol"));
      store.importSnapshot(snapshot(SDN, "c1", LocalDate.of(2023, 5, 19), v1), "t");
      store.importSnapshot(snapshot(SDN, "c2", LocalDate.of(2023, 5, 23), v2), "t");
    }
  }

  @Test
  void diffOfStoredVersionsByIdAndDatePrintsTheContractJson() throws Exception {
    CliRun r = run("lists", "diff", "v1", SDN + "@2023-05-23", "--format", "json", "--home", home.toString());

    assertThat(r.code()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("added").toString()).isEqualTo(
        "[{\"entity_id\":\"43338\",\"name\":\"JONG, Kyong Chol\",\"source\":\"us-ofac-sdn\"}]");
    assertThat(d.get("removed").get(0).get("entity_id").asText()).isEqualTo("7");
    assertThat(d.get("changed").toString()).isEqualTo(
        "[{\"entity_id\":\"12\",\"name\":\"PARK, Jin Hyok\",\"source\":\"us-ofac-sdn\",\"fields\":[\"aliases\"]}]");
    assertThat(d.get("counts").get("unchanged").asInt()).isEqualTo(3);
    assertThat(r.err()).contains("diff of 5 and 5 entities in");
  }

  @Test
  void diffAsTextAgainstTheCurrentVersionBySourceName() {
    CliRun r = run("lists", "diff", "v1", SDN, "--home", home.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("+1 \u22121 ~1 (3 unchanged)")
        .contains("+ us-ofac-sdn:43338  JONG, Kyong Chol")
        .contains("- us-ofac-sdn:7  LAZARUS GROUP")
        .contains("~ us-ofac-sdn:12  PARK, Jin Hyok  [aliases]");
  }

  @Test
  void diffOfUnknownReferencesFailsWithTheReference() {
    CliRun r = run("lists", "diff", "v99", "v1", "--home", home.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no stored list version v99");
    r = run("lists", "diff", "no-such-thing", "v1", "--home", home.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'no-such-thing' is neither an existing list path nor a stored version");
    r = run("lists", "diff", SDN + "@2020-01-01", "v1", "--home", home.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no stored version of us-ofac-sdn published on 2020-01-01");
  }

  @Test
  void statusShowsEverySourceWithItsCurrentVersion() throws Exception {
    CliRun r = run("lists", "status", "--format", "json", "--home", home.toString());
    assertThat(r.code()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(5);
    JsonNode sdn = rows.findParents("source").stream().filter(n -> n.get("source").asText().equals(SDN)).findFirst()
        .orElseThrow();
    assertThat(sdn.get("current_version").asText()).isEqualTo("v2");
    assertThat(sdn.get("published").asText()).isEqualTo("2023-05-23");
    assertThat(sdn.get("entities").asInt()).isEqualTo(5);
    assertThat(sdn.get("enabled").asBoolean()).isTrue();
    assertThat(sdn.get("age_days").asLong()).isGreaterThan(900);
    assertThat(sdn.get("age_from").asText()).isEqualTo("published");
    assertThat(sdn.get("url").asText()).endsWith("/exports/SDN.CSV");

    CliRun text = run("lists", "status", "--home", home.toString());
    assertThat(text.out()).contains("SOURCE").contains("us-ofac-sdn    yes     v2       2023-05-23").doesNotContain("* age");
  }

  @Test
  void versionsListsOldestFirstAndMarksTheCurrentOne() {
    CliRun r = run("lists", "versions", SDN, "--home", home.toString());
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("  v1 ").contains("2023-05-19");
    assertThat(lines[2]).startsWith("* v2 ").contains("2023-05-23");
    assertThat(run("lists", "versions", "nope", "--home", home.toString()).err()).contains("unknown list source 'nope'");
  }

  @Test
  void sourceCanBeDisabledReenabledAndPointedElsewhere() {
    assertThat(run("lists", "source", SDN, "--disable", "--home", home.toString()).out())
        .contains("us-ofac-sdn: disabled");
    CliRun r = run("lists", "source", SDN, "--enable", "--url", "https://mirror.example/sdn/SDN.CSV", "--home",
        home.toString());
    assertThat(r.out()).contains("us-ofac-sdn: enabled, downloads from https://mirror.example/sdn/SDN.CSV");
    assertThat(run("lists", "source", SDN, "--official-url", "--home", home.toString()).out()).contains("(official)");
    CliRun bad = run("lists", "source", SDN, "--url", "ftp:/x", "--home", home.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("'ftp:/x' is not an http(s) URL");
  }

  @Test
  void historyShowsListingChangesAndDelisting() {
    CliRun changed = run("lists", "history", SDN + ":12", "--home", home.toString());
    assertThat(changed.out().lines()).containsExactly(
        "v1      2023-05-19 listed    PARK, Jin Hyok", "v2      2023-05-23 changed   PARK, Jin Hyok");
    assertThat(run("lists", "history", SDN + ":7", "--home", home.toString()).out())
        .contains("v2      2023-05-23 removed");
    CliRun none = run("lists", "history", SDN + ":99", "--home", home.toString());
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err()).contains("no stored version lists us-ofac-sdn:99");
  }

}
