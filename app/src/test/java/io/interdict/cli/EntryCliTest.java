package io.interdict.cli;

import static io.interdict.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryCliTest {
  /** A passport the test list names (written for this test), as its MRZ reads. */
  static final String KIM_1 = "P<PRKKIM<<SANG<MAN<<<<<<<<<<<<<<<<<<<<<<<<<<";
  static final String KIM_2 = "7451209910PRK8110088M3001019<<<<<<<<<<<<<<<8";
  /** The ICAO specimen passport, valid until 2035. */
  static final String ANNA_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  static final String ANNA_2 = "L898902C36UTO7408122F3504152<<<<<<<<<<<<<<<4";

  @TempDir Path tmp;
  Path list;

  @BeforeEach
  void writeList() throws IOException {
    list = tmp.resolve("sdn.csv");
    Files.writeString(list, "90001,\"KIM, Sang Man\",\"individual\",\"DPRK4\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
        + "\"DOB 08 Oct 1981; nationality Korea, North; Gender Male; Passport 745120991 (Korea, North).\"\n");
  }

  private CliRun entry(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "entry";
    all[1] = "--list";
    all[2] = list.toString();
    all[3] = "--home";
    all[4] = tmp.resolve("home").toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return run(all);
  }

  @Test
  void denialsAndReferralsGoIntoTheAuditTrailAndClearancesOnlyIntoTheManifestCount() throws IOException {
    assertThat(entry("--mrz", KIM_1, "--mrz", KIM_2, "--user", "officer-1").code()).isEqualTo(EntryCommand.EXIT_DENY);
    assertThat(entry("--mrz", ANNA_1, "--mrz", ANNA_2, "--user", "officer-1").code()).isZero();
    Path manifest = Files.writeString(tmp.resolve("flight.csv"), "id,mrz\nPAX-1," + ANNA_1 + "|" + ANNA_2 + "\n"
        + "PAX-2," + KIM_1 + "|" + KIM_2 + "\n");
    assertThat(entry("--input", manifest.toString(), "--output", tmp.resolve("out.jsonl").toString(), "--user", "airline")
        .code()).isEqualTo(EntryCommand.EXIT_DENY);
    assertThat(entry("--mrz", KIM_1, "--mrz", KIM_2, "--no-record").code()).isEqualTo(EntryCommand.EXIT_DENY);

    CliRun audit = run("audit", "list", "--home", tmp.resolve("home").toString(), "--limit", "50");
    assertThat(audit.code()).as(audit.err()).isZero();
    String trail = audit.out();
    assertThat(trail.split("entry.decided", -1)).as(trail).hasSize(3); // the single DENY and PAX-2, not --no-record
    assertThat(trail).contains("traveller:745120991").contains("traveller:PAX-2").doesNotContain("PAX-1")
        .contains("entry.screened").contains("manifest:flight.csv");
    assertThat(run("audit", "verify", "--home", tmp.resolve("home").toString()).code()).isZero();
  }

  @Test
  void listedPassportByMrzIsDeniedWithItsOwnExitCode() {
    CliRun r = entry("--mrz", KIM_1, "--mrz", KIM_2);
    assertThat(r.code()).as(r.err()).isEqualTo(EntryCommand.EXIT_DENY);
    assertThat(r.out()).startsWith("DENY   SANG MAN KIM  (745120991, PRK)")
        .contains("DENY: document 745120991 is listed as Passport 745120991 (Korea, North) of us-ofac-sdn:90001");
  }

  @Test
  void cleanSpecimenPassportIsClearAndExitsZero() {
    CliRun r = entry("--mrz", ANNA_1, "--mrz", ANNA_2);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("CLEAR  ANNA MARIA ERIKSSON");
  }

  @Test
  void listedNameWithAnotherBirthDateIsReferredAsJson() throws IOException {
    CliRun r = entry("--surname", "Kim", "--given", "Sang Man", "--dob", "1975-05-05", "--format", "json", "--id", "PAX-7");
    assertThat(r.code()).as(r.err()).isEqualTo(EntryCommand.EXIT_REFER);
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("id").asText()).isEqualTo("PAX-7");
    assertThat(d.get("decision").asText()).isEqualTo("REFER");
    assertThat(d.get("traveller").get("birth_date").asText()).isEqualTo("1975-05-05");
    assertThat(d.get("hits").get(0).get("entity_key").asText()).isEqualTo("us-ofac-sdn:90001");
    assertThat(d.get("reasons").get(0).asText()).contains("listed birth date 08 Oct 1981 differs from 1975-05-05");
  }

  @Test
  void aPolicyWithoutTheListAsBanningOnlyRefers() throws IOException {
    Path policy = tmp.resolve("entry.yaml");
    Files.writeString(policy, "banning_sources: [un-sc]\n");
    CliRun r = entry("--mrz", KIM_1, "--mrz", KIM_2, "--policy", policy.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(EntryCommand.EXIT_REFER);
  }

  @Test
  void manifestIsDecidedRowByRowIntoJsonLinesInInputOrder() throws IOException {
    Path manifest = tmp.resolve("manifest.csv");
    Files.writeString(manifest, String.join("\n",
        "id,surname,given_names,birth_date,nationality,sex,document_number,document_country,mrz",
        "P1,ERIKSSON,ANNA MARIA,1974-08-12,SWE,F,X1234567,SWE,",
        "P2,,,,,,,,\"" + KIM_1 + "|" + KIM_2 + "\"",
        "P3,KIM,SANG MAN,,,,,,",
        ""));
    Path output = tmp.resolve("decisions.jsonl");
    CliRun r = entry("--input", manifest.toString(), "--output", output.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(EntryCommand.EXIT_DENY);
    assertThat(r.err()).contains("screened 3 travellers").contains("{CLEAR=1, REFER=1, DENY=1}");
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    assertThat(lines.stream().map(l -> {
      try {
        JsonNode d = json.readTree(l);
        return d.get("id").asText() + "=" + d.get("decision").asText();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).toList()).containsExactly("P1=CLEAR", "P2=DENY", "P3=REFER");
    assertThat(json.readTree(lines.get(1)).get("document").get("check_digit_failures")).isEmpty();
    assertThat(tmp.resolve("decisions.jsonl.part")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "bad birth date; --surname|KIM|--dob|12/08/1974; birth date '12/08/1974' is not a date",
      "MRZ line too short; --mrz|" + ANNA_1 + "|--mrz|L898902C36UTO; MRZ line 2 is 13 characters long: a TD3 line has 44",
      "MRZ and fields together; --mrz|" + ANNA_1 + "|--surname|KIM; either by --mrz or by fields",
      "no traveller; --format|json; no traveller",
      "input without output; --input|manifest.csv; needs both --input and --output",
      "unknown nationality; --surname|KIM|--nationality|Atlantis; nationality 'Atlantis' is not a known country",
  })
  void badInputIsOneLineWithExitTwo(String name, String args, String message) {
    CliRun r = entry(args.split("\\|"));
    assertThat(r.code()).as(name + ": " + r.err()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("interdict: ").contains(message).doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aBadManifestRowFailsTheRunWithItsLineAndWritesNothing() throws IOException {
    Path manifest = tmp.resolve("bad.csv");
    Files.writeString(manifest, "id,mrz\nP1,\"" + ANNA_1 + "|" + ANNA_2 + "\"\nP2,\"" + ANNA_1 + "\"\n");
    Path output = tmp.resolve("out.jsonl");
    CliRun r = entry("--input", manifest.toString(), "--output", output.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("interdict: " + manifest + ":3: MRZ has 1 line: expected 2 (TD3 passport, TD2) "
        + "or 3 (TD1 identity card)");
    assertThat(output).doesNotExist();
    Path headerless = tmp.resolve("header.csv");
    Files.writeString(headerless, "id,name\nP1,KIM\n");
    CliRun h = entry("--input", headerless.toString(), "--output", output.toString());
    assertThat(h.code()).isEqualTo(2);
    assertThat(h.err()).contains(":1: header has neither an 'mrz' nor a 'surname' column");
  }
}
