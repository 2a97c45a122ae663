package io.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.lists.ListFormatException;
import io.interdict.lists.ListFormats;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The reader against OFAC's real published files in ../shared (skipped when absent). */
class OfacRealDataTest {
  /** Data rows counted independently of the reader: lines that are neither blank nor the 0x1A byte. */
  static List<String> dataLines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
        .map(l -> l.replace("\u001a", ""))
        .filter(l -> !l.isBlank())
        .toList();
  }

  /** Distinct (ent_num, alt_type, alt_name) rows, parsed with commons-csv, not the reader's own parser. */
  static long distinctAliases(Path altCsv) throws IOException {
    String text = Files.readString(altCsv, StandardCharsets.ISO_8859_1).replace("\u001a", "");
    try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT)) {
      return p.stream().filter(r -> r.size() == 5)
          .map(r -> r.get(0) + "|" + r.get(2) + "|" + r.get(3).strip())
          .distinct().count();
    }
  }

  static Map<String, ListedEntity> byId(ListSnapshot s) {
    return s.entities().stream().collect(Collectors.toMap(ListedEntity::sourceId, Function.identity()));
  }

  @Test
  void fullSdnFamilyOf2021AccountsForEveryEntryAliasAndAddress() throws IOException {
    Path dir = SharedData.require("data/ofac/sdn-2021-07-07");
    ListSnapshot s = ListFormats.read(dir, false);

    assertThat(s.warnings()).isEmpty();
    assertThat(s.entities()).hasSize(dataLines(dir.resolve("sdn.csv")).size()).hasSize(8_976);
    long strongAliases = s.entities().stream().flatMap(e -> e.names().stream())
        .filter(n -> n.type() == NameType.STRONG_AKA || n.type() == NameType.FKA || n.type() == NameType.NKA)
        .count();
    // 11,910 alias rows, two of which repeat an alias of the same entry under another alt_num
    assertThat(dataLines(dir.resolve("alt.csv"))).hasSize(11_910);
    assertThat(strongAliases).isEqualTo(distinctAliases(dir.resolve("alt.csv"))).isEqualTo(11_908);
    long nonEmptyAddressRows = dataLines(dir.resolve("add.csv")).stream()
        .filter(l -> !l.matches("\\d+,\\d+,-0- ,-0- ,-0- ,.*"))
        .count();
    assertThat(s.entities().stream().mapToLong(e -> e.addresses().size()).sum()).isEqualTo(nonEmptyAddressRows);
    assertThat(s.entities()).allSatisfy(e -> assertThat(e.names().get(0).type()).isEqualTo(NameType.PRIMARY));
  }

  @Test
  void remarkOverflowIsJoinedSoAliasesAcrossTheCutComeOutWhole() {
    Map<String, ListedEntity> e = byId(ListFormats.read(SharedData.require("data/ofac/sdn-2021-07-07"), false));
    // 27307's remark is cut inside 'WHOIS HACKING TEAM'; sdn_comments.csv continues with "G TEAM'; ..."
    assertThat(e.get("27307").names()).contains(
        new Name("WHOIS HACKING TEAM", NameType.WEAK_AKA), new Name("APPLEWORM", NameType.WEAK_AKA));
    assertThat(e.get("27307").names()).extracting(Name::value).doesNotContain("WHOIS HACKIN");
    // 12300's remark is cut inside "... R D I S" + "Z S.A.S." and goes on with relations
    assertThat(e.get("12300").relations()).extracting(r -> r.targetName()).contains("FUNDACION PARA EL BIENESTAR Y EL PORVENIR");
    assertThat(e.get("12300").remarks().length()).isGreaterThan(1_000);
  }

  @Test
  void designationsOf23May2023AreReadWithTheirParticulars() {
    Map<String, ListedEntity> e = byId(ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-23"), false));
    assertThat(e).containsKeys("43336", "43337", "43338", "43377", "43379");

    ListedEntity kim = e.get("43377");
    assertThat(kim.type()).isEqualTo(EntityType.PERSON);
    assertThat(kim.primaryName()).isEqualTo("KIM, Sang Man");
    assertThat(kim.programs()).containsExactly("DPRK4");
    assertThat(kim.birthDates()).extracting(PartialDate::from).containsExactly(LocalDate.of(1965, 4, 25));
    assertThat(kim.birthPlaces()).containsExactly("North Pyongan Province, North Korea");
    assertThat(kim.gender()).isEqualTo("Male");
    assertThat(kim.identifiers()).contains(
        Identifier.crypto("XBT", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"),
        Identifier.crypto("ETH", "0x97b1043abd9e6fc31681635166d430a458d14f9c"),
        Identifier.crypto("USDT", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"),
        new Identifier(IdType.PASSPORT, "109420132", "Korea, North", null, "Passport"));
    assertThat(e.get("43337").names()).contains(new Name("THIRD BUREAU", NameType.WEAK_AKA));
    assertThat(e.get("43338").names()).extracting(Name::value).contains("LAB 110", "UNIT 110");
    assertThat(e.get("43336").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void exactlyFiveEntriesWereAddedOn23May2023() {
    var before = byId(ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-19"), false)).keySet();
    var after = byId(ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-23"), false)).keySet();
    assertThat(after.stream().filter(id -> !before.contains(id)))
        .containsExactlyInAnyOrder("43336", "43337", "43338", "43377", "43379");
  }

  @Test
  void consolidatedListOf2025Imports() throws IOException {
    Path dir = SharedData.require("data/ofac/consolidated-2025-12-19");
    ListSnapshot s = ListFormats.read(dir, false);
    assertThat(s.source()).isEqualTo("us-ofac-cons");
    assertThat(s.warnings()).isEmpty();
    assertThat(s.entities()).hasSize(dataLines(dir.resolve("cons_prim.csv")).size());
    long aliases = s.entities().stream().flatMap(x -> x.names().stream())
        .filter(n -> n.type() != NameType.PRIMARY && n.type() != NameType.WEAK_AKA).count();
    assertThat(aliases).isEqualTo(dataLines(dir.resolve("cons_alt.csv")).size());
    assertThat(byId(s).get("17016").identifiers()).extracting(Identifier::type).contains(IdType.TAX_ID, IdType.REGISTRATION);
  }

  @Test
  void truncatedFamilyIsRejectedWithFileAndLine() {
    Path dir = SharedData.require("data/ofac/invalid-2019-01-17");
    assertThatThrownBy(() -> ListFormats.read(dir, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("sdn.csv:7380: expected 12 columns, found 1");
  }

  @Test
  void truncatedFamilyReadLenientlyKeepsEveryGoodRowAndWarnsOfEachBadOne() {
    ListSnapshot s = ListFormats.read(SharedData.require("data/ofac/invalid-2019-01-17"), true);
    assertThat(s.entities()).hasSize(7_379);
    assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("sdn.csv:7380:").endsWith("(row skipped)"))
        .anySatisfy(w -> assertThat(w).contains("alt.csv:9683:"))
        .anySatisfy(w -> assertThat(w).contains("add.csv:11697:"))
        .anySatisfy(w -> assertThat(w).contains("sdn_comments.csv:4:"));
  }

  @Test
  void everyDigitalCurrencyAddressInTheRemarksIsParsed() throws IOException {
    Path dir = SharedData.require("data/ofac/sdn-2021-07-07");
    // Independently: commons-csv, remarks joined with their continuation, a regular expression.
    Map<String, String> remarks = new java.util.LinkedHashMap<>();
    for (CSVRecord r : records(dir.resolve("sdn.csv"))) {
      remarks.put(r.get(0), r.get(11));
    }
    for (CSVRecord r : records(dir.resolve("sdn_comments.csv"))) {
      remarks.merge(r.get(0), r.get(1), String::concat);
    }
    Pattern address = Pattern.compile("Digital Currency Address - (\\w+) ([^;\\s]+)");
    Set<String> expected = new HashSet<>();
    remarks.forEach((id, text) -> {
      Matcher m = address.matcher(text);
      while (m.find()) {
        expected.add(id + " " + m.group(1) + " " + m.group(2).replaceAll("\\.$", ""));
      }
    });

    Set<String> parsed = ListFormats.read(dir, false).entities().stream()
        .flatMap(e -> e.identifiers().stream().filter(i -> i.type() == IdType.CRYPTO)
            .map(i -> e.sourceId() + " " + i.ticker() + " " + i.value()))
        .collect(Collectors.toSet());
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(parsed).isEqualTo(expected);
  }

  static List<CSVRecord> records(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1).replace("\u001a", "");
    try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT)) {
      return p.getRecords().stream().filter(r -> r.size() > 1).toList();
    }
  }

  @Test
  void laterListsImportWithoutFaults() {
    ListSnapshot s = ListFormats.read(SharedData.require("data/ofac/sdn-2024-05-03/sdn.csv"), false);
    assertThat(s.entities()).hasSize(14_965);
    assertThat(s.warnings()).isEmpty();
  }
}
