package io.interdict.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.lists.Fixtures;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.ListFormats;
import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.model.Relation;
import io.interdict.model.VesselInfo;
import io.interdict.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkSanctionsListCsvReaderTest {
  private final UkSanctionsListCsvReader reader = new UkSanctionsListCsvReader();
  private final Path fixture = Fixtures.path("uk/uk-sanctions-list.csv");

  private ListSnapshot lenient() {
    return reader.read(fixture, true);
  }

  private static ListedEntity byId(ListSnapshot s, String id) {
    return s.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void rowsAreGroupedByUniqueIdAndReportDateIsThePublicationDate() {
    ListSnapshot s = lenient();
    assertThat(s.source()).isEqualTo("uk-hmt");
    assertThat(s.published()).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("UKX0001", "UKX0002", "RUS9999", "UKX0003");
    assertThat(s.entities()).extracting(ListedEntity::type)
        .containsExactly(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.VESSEL, EntityType.PERSON);
  }

  @Test
  void lenientModeWarnsForEveryProblemWithItsLine() {
    assertThat(lenient().warnings())
        .containsExactly(
            fixture + ":12: row without Unique ID (record skipped)",
            fixture + ":10: Unique ID UKX0003: impossible date of birth '31/02/1980' (value dropped)",
            fixture + ":11: Unique ID UKX0004: unknown Designation Type 'Aircraft' (record skipped)");
  }

  @Test
  void strictModeRejectsTheFileAtTheFirstProblem() {
    assertThatThrownBy(() -> reader.read(fixture, false)).isInstanceOf(ListFormatException.class).hasMessage(fixture + ":12: row without Unique ID");
  }

  @Test
  void individualNamesInNaturalOrderWithStrengthAndNonLatinScript() {
    ListedEntity e = byId(lenient(), "UKX0001");
    assertThat(e.names())
        .containsExactly(
            new Name("Ali HASSAN", NameType.PRIMARY),
            new Name("Aly HASSAN", NameType.STRONG_AKA),
            new Name("Abu Ali", NameType.WEAK_AKA),
            new Name("علي حسن", NameType.STRONG_AKA));
  }

  @Test
  void individualFieldsAreMergedOverItsRowsWithoutRepeats() {
    ListedEntity e = byId(lenient(), "UKX0001");
    assertThat(e.birthDates()).containsExactly(PartialDate.year(1975, "00/00/1975"), PartialDate.day(LocalDate.of(1976, 6, 14), "14/06/1976"));
    assertThat(e.nationalities()).containsExactly("Syria", "Iraq");
    assertThat(e.birthPlaces()).containsExactly("Homs, Syria");
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier(IdType.PASSPORT, "N0000001", null, null, "Passport: Syrian passport"),
            new Identifier(IdType.NATIONAL_ID, "0101-TEST", null, null, "National Identifier: Syrian ID card"));
    assertThat(e.addresses()).containsExactly(new Address("12 Test Street, Damascus", null, null, null, "Syria"));
    assertThat(e.title()).isEqualTo("Dr; Commander");
    assertThat(e.gender()).isEqualTo("Male");
    assertThat(e.programs()).containsExactly("The Syria (Sanctions) (EU Exit) Regulations 2019");
    assertThat(e.remarks()).isEqualTo("Commander of a listed militia.; Involved in repression of the civilian population.; UN reference SYi.901; OFSI group ID 90001");
  }

  @Test
  void primaryNameWinsEvenWhenItsRowComesAfterAnAlias() {
    ListedEntity e = byId(lenient(), "UKX0002");
    assertThat(e.names()).containsExactly(new Name("ACME TRADING FZE", NameType.PRIMARY), new Name("ACME TRADING", NameType.STRONG_AKA));
    assertThat(e.identifiers()).extracting(Identifier::type).containsExactly(IdType.REGISTRATION, IdType.EMAIL, IdType.WEBSITE, IdType.PHONE);
    assertThat(e.relations())
        .containsExactly(new Relation("Parent company", "ACME HOLDING", null), new Relation("Subsidiary", "ACME ONE", null), new Relation("Subsidiary", "ACME TWO", null));
    assertThat(e.addresses()).containsExactly(new Address("Office 5, Ulitsa Testovaya 9, Moscow", null, null, "101000", "Russia"));
  }

  @Test
  void shipKeepsImoWithoutPrefixAndItsParticulars() {
    ListedEntity e = byId(lenient(), "RUS9999");
    assertThat(e.identifiers()).containsExactly(new Identifier(IdType.IMO, "9000004", null, null, "IMO number"));
    assertThat(e.vessel()).isEqualTo(new VesselInfo(null, "Oil Tanker", null, null, "Gabon", "Test Ship Management FZCO"));
    assertThat(e.remarks()).contains("Second line");
  }

  @ParameterizedTest
  @CsvSource({"14/06/1975,1975-06-14,1975-06-14", "00/06/1975,1975-06-01,1975-06-30", "00/00/1975,1975-01-01,1975-12-31", "1975,1975-01-01,1975-12-31"})
  void ukDatesWithUnknownPartsBecomeIntervals(String raw, LocalDate from, LocalDate to) {
    PartialDate d = UkSanctionsListCsvReader.birthDate(raw);
    assertThat(d.from()).isEqualTo(from);
    assertThat(d.to()).isEqualTo(to);
  }

  @Test
  void truncatedLastLineIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("uk.csv");
    String csv = Files.readString(fixture, StandardCharsets.UTF_8);
    Files.writeString(f, csv.substring(0, csv.indexOf("UKX0003") + 30), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(f, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining("fields, the header has 58");
  }

  @Test
  void fileWithoutTheUkColumnsIsRejected(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("uk.csv");
    Files.writeString(f, "Unique ID,Name type,Designation Type\nX,Primary Name,Entity\n");
    assertThatThrownBy(() -> reader.read(f, false)).isInstanceOf(ListFormatException.class).hasMessage(f + ":1: not a UK Sanctions List CSV: the header has no column 'Name 6'");
  }

  @Test
  void nonUtf8BytesAreAFormatError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("uk.csv");
    byte[] head = Files.readAllBytes(fixture);
    byte[] bad = java.util.Arrays.copyOf(head, head.length + 3);
    bad[head.length] = (byte) 0xC3;
    bad[head.length + 1] = (byte) 0x28;
    bad[head.length + 2] = '\n';
    Files.write(f, bad);
    assertThatThrownBy(() -> reader.read(f, true)).isInstanceOf(ListFormatException.class).hasMessageContaining("not UTF-8");
  }

  @Test
  void realHeaderIsAcceptedAndReadsAsAnEmptyList() {
    Path f = SharedData.require("data/UK-Sanctions-List_csv_header.csv");
    assertThat(ListFormats.detect(f)).isInstanceOf(UkSanctionsListCsvReader.class);
    ListSnapshot s = reader.read(f, false);
    assertThat(s.entities()).isEmpty();
    assertThat(s.published()).isNull();
  }

  @Test
  void registryDetectsTheFixture() {
    assertThat(ListFormats.detect(fixture)).isInstanceOf(UkSanctionsListCsvReader.class);
  }
}
