package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.lists.SampleFiles;
import io.interdict.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lists import}, then {@code screen} against what was imported, then {@code lists update}. */
class ListsImportCommandTest {
  @TempDir Path tmp;

  @Test
  void importedListIsWhatScreenUsesAndReimportIsANoOp() throws Exception {
    Path home = tmp.resolve("home");
    Path family = SampleFiles.sdnFamily(tmp.resolve("sdn"), 3);

    CliRun first = run("lists", "import", family.toString(), "--home", home.toString());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("us-ofac-sdn v1: 5 entities").contains("(ofac-csv); first version");

    CliRun screen = run("screen", "Kim Sang Man", "--home", home.toString());
    assertThat(screen.code()).isZero();
    assertThat(screen.out()).contains("43377");
    assertThat(screen.err()).doesNotContain("demo list");

    CliRun again = run("lists", "import", family.toString(), "--home", home.toString());
    assertThat(again.out()).isEqualTo("us-ofac-sdn: already current (v1, same checksum); nothing imported\n");

    Files.write(family.resolve("sdn.csv"), SampleFiles.sdnCsv(4));
    CliRun next = run("lists", "import", family.toString(), "--home", home.toString());
    assertThat(next.out()).startsWith("us-ofac-sdn v2: 6 entities").contains("+1 \u22120 ~0 against v1");
  }

  @Test
  void importUnderAnotherSourceIdAndIntoADisabledSourceSaysSo() throws Exception {
    Path home = tmp.resolve("home");
    Path family = SampleFiles.sdnFamily(tmp.resolve("sdn"), 0);

    CliRun r = run("lists", "import", family.toString(), "--source", "uk-hmt", "--home", home.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("uk-hmt v1: 2 entities");
    assertThat(r.err()).contains("source uk-hmt is disabled, so it is not screened");
    assertThat(run("lists", "import", family.toString(), "--source", "Bad Name", "--home", home.toString()).err())
        .contains("--source 'Bad Name' is not a source id");
  }

  @Test
  void malformedFileIsRejectedWithFileAndLineAndNothingIsImported() throws Exception {
    Path home = tmp.resolve("home");
    Path family = SampleFiles.sdnFamily(tmp.resolve("sdn"), 3);
    run("lists", "import", family.toString(), "--home", home.toString());
    byte[] good = SampleFiles.sdnCsv(5);
    Files.write(family.resolve("sdn.csv"), new String(good, StandardCharsets.UTF_8)
        .replace("\"TRADING COMPANY NUMBER 4\",-0- ,", "\"TRADING COMPANY NUMBER 4\",")
        .getBytes(StandardCharsets.UTF_8));

    CliRun r = run("lists", "import", family.toString(), "--home", home.toString());

    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err()).contains("sdn.csv:7:");
    assertThat(run("lists", "versions", "us-ofac-sdn", "--home", home.toString()).out().lines()).hasSize(2);

    CliRun lenient = run("lists", "import", family.toString(), "--lenient", "--home", home.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.out()).startsWith("us-ofac-sdn v2: 6 entities");
    assertThat(lenient.err()).contains("1 malformed rows skipped (--lenient)");
  }

  @Test
  void realSdnDaysImportWithTheFiveDesignationsAsTheDiff() {
    Path may19 = SharedData.require("data/ofac/sdn-2023-05-19");
    Path may23 = SharedData.require("data/ofac/sdn-2023-05-23");
    Path home = tmp.resolve("home");

    assertThat(run("lists", "import", may19.toString(), "--home", home.toString()).code()).isZero();
    CliRun r = run("lists", "import", may23.toString(), "--home", home.toString());

    assertThat(r.out()).startsWith("us-ofac-sdn v2: 12,543 entities").contains("+5 \u22120 ~0 against v1");
    CliRun diff = run("lists", "diff", "v1", "v2", "--format", "json", "--home", home.toString());
    assertThat(diff.out()).contains("{\"entity_id\":\"43377\",\"name\":\"KIM, Sang Man\"");
  }
}
