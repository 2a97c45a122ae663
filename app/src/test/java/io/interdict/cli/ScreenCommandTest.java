package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static List<JsonNode> jsonLines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p)) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void withoutAListTheDemoListIsScreenedAndSaidSo() {
    CliRun r = run("screen", "Kim Sangman");
    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("interdict: no list loaded; screening against the bundled demo list (");
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).startsWith("LIST").contains("ID", "NAME", "MATCHED NAME", "SCORE", "WHY");
    assertThat(lines[1]).startsWith("us-ofac-sdn").contains("43377", "KIM, Sang Man");
  }

  @Test
  void realListGivenWithListFindsTheDesignatedPerson() {
    Path dir = SharedData.require("data/ofac/sdn-2023-05-23");
    CliRun r = run("screen", "--list", dir.toString(), "Kim Sangman");
    assertThat(r.code()).isZero();
    assertThat(r.err()).doesNotContain("demo list");
    assertThat(r.out().split("\n")[1]).contains("43377");
  }

  @Test
  void noMatchIsOneLineNamingTheThreshold() {
    CliRun r = run("screen", "--threshold", "0.99", "Zzyzx Qwerty");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("no match at or above 0.99 among 19 entries");
  }

  @Test
  void schemaFiltersOutOtherKindsOfParty() {
    assertThat(run("screen", "Lazarus Group").out()).contains("27307");
    assertThat(run("screen", "--schema", "Person", "Lazarus Group").out()).doesNotContain("27307");
  }

  @Test
  void limitCapsTheTable() {
    // Two demo entries share these words; the limit keeps the better one.
    assertThat(run("screen", "--threshold", "0.5", "Reconnaissance Bureau").out().strip().split("\n")).hasSize(3);
    CliRun r = run("screen", "--threshold", "0.5", "--limit", "1", "Reconnaissance Bureau");
    assertThat(r.out().strip().split("\n")).hasSize(2);
  }

  @Test
  void batchWritesOneObjectPerRowInInputOrder() throws IOException {
    Path in = tmp.resolve("q.csv");
    Files.writeString(in, "id,name,schema,birth_date,country,identifier\n"
        + "q1,Kim Sangman,Person,1965,,\n"
        + "q2,\"Lazarus Group\",,,,\n"
        + "q3,John Smith,,,,\n");
    Path out = tmp.resolve("r.jsonl");
    CliRun r = run("screen", "--input", in.toString(), "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> lines = jsonLines(out);
    assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("q1", "q2", "q3");
    JsonNode hit = lines.get(0).get("matches").get(0);
    assertThat(hit.get("list").asText()).isEqualTo("us-ofac-sdn");
    assertThat(hit.get("entity_id").asText()).isEqualTo("43377");
    assertThat(hit.get("name").asText()).isEqualTo("KIM, Sang Man");
    assertThat(hit.has("matched_name")).isTrue();
    assertThat(hit.get("score").asDouble()).isBetween(0.85, 1.0);
    assertThat(hit.get("explanation").asText()).isNotBlank();
    assertThat(lines.get(1).get("matches").get(0).get("entity_id").asText()).isEqualTo("27307");
    assertThat(lines.get(2).get("matches")).isEmpty();
  }

  @Test
  void batchHitsAreAllAtOrAboveThresholdBestFirst() throws IOException {
    Path in = tmp.resolve("q.csv");
    Files.writeString(in, "id,name\nk,Reconnaissance Bureau\n");
    Path out = tmp.resolve("r.jsonl");
    assertThat(run("screen", "--threshold", "0.5", "--input", in.toString(), "--output", out.toString()).code()).isZero();
    JsonNode matches = jsonLines(out).get(0).get("matches");
    assertThat(matches.size()).isGreaterThan(1);
    double previous = 1.0;
    for (JsonNode m : matches) {
      assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.5).isLessThanOrEqualTo(previous);
      previous = m.get("score").asDouble();
    }
  }

  @Test
  void batchLargerThanOneChunkKeepsInputOrder() throws IOException {
    StringBuilder sb = new StringBuilder("id,name\n");
    for (int i = 0; i < 5_000; i++) {
      sb.append("r").append(i).append(',').append(i % 3 == 0 ? "Kim Sangman" : "Person " + i).append('\n');
    }
    Path in = tmp.resolve("q.csv");
    Files.writeString(in, sb);
    Path out = tmp.resolve("r.jsonl");
    assertThat(run("screen", "--input", in.toString(), "--output", out.toString()).code()).isZero();
    List<JsonNode> lines = jsonLines(out);
    assertThat(lines).hasSize(5_000);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i).get("id").asText()).isEqualTo("r" + i);
      assertThat(lines.get(i).get("matches").size() > 0).isEqualTo(i % 3 == 0);
    }
  }

  @Test
  void batchRowWithoutNameFailsNamingTheLineAndWritesNothing() throws IOException {
    Path in = tmp.resolve("q.csv");
    Files.writeString(in, "id,name\nq1,Kim\nq2,\nq3,Lazarus\n");
    Path out = tmp.resolve("r.jsonl");
    CliRun r = run("screen", "--input", in.toString(), "--output", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("interdict: " + in + ":3: query 'q2' has no name");
    assertThat(out).doesNotExist();
  }

  @Test
  void batchRowWithoutNameIsSkippedWithAWarningWhenLenient() throws IOException {
    Path in = tmp.resolve("q.csv");
    Files.writeString(in, "id,name\nq1,Kim\nq2,\nq3,Lazarus\n");
    Path out = tmp.resolve("r.jsonl");
    CliRun r = run("screen", "--lenient", "--input", in.toString(), "--output", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning: " + in + ":3: query 'q2' has no name (row skipped)");
    assertThat(jsonLines(out)).extracting(n -> n.get("id").asText()).containsExactly("q1", "q3");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no name column          | id,nom\\nq1,Kim\\n              | :1: header has no 'name' column",
        "empty id                | id,name\\n,Kim\\n               | :2: id is empty",
        "bad schema              | id,name,schema\\nq1,Kim,Dog\\n  | :2: unknown schema 'Dog'",
        "bad birth date          | id,name,birth_date\\nq1,Kim,1965-13\\n | :2: birth_date '1965-13' is not a date",
        "wrong column count      | id,name\\nq1,Kim,extra\\n       | :2: expected 2 columns, found 3",
        "unterminated quote      | id,name\\nq1,\"Kim\\n           | malformed CSV",
      })
  void badBatchInputIsOneClearLine(String what, String csv, String expected) throws IOException {
    Path in = tmp.resolve("q.csv");
    Files.writeString(in, csv.replace("\\n", "\n"));
    CliRun r = run("screen", "--input", in.toString(), "--output", tmp.resolve("r.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().split("\n")).singleElement().asString().startsWith("interdict: ").contains(expected);
  }

  @Test
  void batchRowWithANameTooLongToScreenIsOneClearLine() throws IOException {
    Path in = tmp.resolve("q.csv");
    Files.writeString(in, "id,name\nq1,Kim\nq2," + "Kim Sang Man ".repeat(80) + "\n");
    CliRun r = run("screen", "--input", in.toString(), "--output", tmp.resolve("r.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(
        "interdict: " + in + ":3: query 'q2' name is 1,039 characters long; names of at most 1,000 are screened");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty query               | 2 | ''                                   | has neither a name nor an identifier",
        "missing list path         | 2 | --list,/no/such/list,Kim             | list path does not exist: /no/such/list",
        "bad threshold             | 2 | --threshold,1.5,Kim                  | --threshold must be in (0, 1], got 1.5",
        "bad limit                 | 2 | --limit,0,Kim                        | --limit must be at least 1",
        "bad dob                   | 2 | --dob,15/06/1963,Kim                 | --dob '15/06/1963' is not a date",
        "input without output      | 2 | --input,q.csv                        | needs both --input and --output",
        "missing input file        | 2 | --input,/no/such.csv,--output,r.jsonl | input file not found: /no/such.csv",
      })
  void badArgumentsAreOneClearLineAndNonZeroExit(String what, int exit, String args, String expected) {
    List<String> argv = new ArrayList<>(List.of("screen"));
    argv.addAll(args.isEmpty() ? List.of("") : List.of(args.split(",")));
    CliRun r = run(argv.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(exit);
    assertThat(r.err().strip()).startsWith("interdict: ").contains(expected).doesNotContain("\tat ");
  }

  @Test
  void pathThatIsNoListIsAClearError() throws IOException {
    Path notAList = Files.writeString(tmp.resolve("notes.txt"), "hello");
    CliRun r = run("screen", "--list", notAList.toString(), "Kim");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("interdict: " + notAList
        + " is not a list Interdict can read (expected an OFAC CSV family directory, OFAC XML, UN, EU or UK list file)");
  }

  @Test
  void truncatedListIsRejectedWithFileAndLine() {
    Path dir = SharedData.require("data/ofac/invalid-2019-01-17");
    CliRun r = run("screen", "--list", dir.toString(), "Kim");
    assertThat(r.code()).isEqualTo(7);
    assertThat(r.err().strip()).isEqualTo("interdict: " + dir.resolve("sdn.csv") + ":7380: expected 12 columns, found 1: ||||");
  }

  @Test
  void truncatedListIsScreenedWithAWarningWhenLenient() {
    Path dir = SharedData.require("data/ofac/invalid-2019-01-17");
    CliRun r = run("screen", "--lenient", "--list", dir.toString(), "Lazarus Group");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning: " + dir + ": 4 malformed rows skipped");
  }
}
