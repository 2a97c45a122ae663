package io.interdict.lists.eu;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EuFsfXmlReaderTest {
  private final EuFsfXmlReader reader = new EuFsfXmlReader();
  private final Path fixture = Fixtures.path("eu/eu-fsf.xml");

  private ListSnapshot lenient() {
    return reader.read(fixture, true);
  }

  private static ListedEntity byId(ListSnapshot s, String id) {
    return s.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void strictModeRejectsTheImpossibleBirthDateWithFileAndLine() {
    assertThatThrownBy(() -> reader.read(fixture, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessage(fixture + ":45: sanctionEntity 9003: impossible birth date '1975-02-30'");
  }

  @Test
  void lenientModeKeepsThePartyWithoutTheDateAndSkipsTheNamelessOne() {
    ListSnapshot s = lenient();
    assertThat(s.source()).isEqualTo("eu-fsf");
    assertThat(s.published()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("9001", "9002", "9003");
    assertThat(byId(s, "9003").birthDates()).isEmpty();
    assertThat(s.warnings())
        .containsExactly(
            fixture + ":45: sanctionEntity 9003: impossible birth date '1975-02-30' (value dropped)",
            fixture + ":47: sanctionEntity 9004 has no name (record skipped)");
  }

  @Test
  void firstStrongNameIsPrimaryAndWeakNamesAreWeak() {
    ListedEntity e = byId(lenient(), "9001");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.names())
        .containsExactly(
            new Name("Abdul Rahman Al-Testi", NameType.PRIMARY),
            new Name("Abdul Testi", NameType.STRONG_AKA),
            new Name("عبد الرحمن التستي", NameType.STRONG_AKA),
            new Name("Abou Testi", NameType.WEAK_AKA));
    assertThat(e.gender()).isEqualTo("Male");
    assertThat(e.title()).isEqualTo("Dr.; Financier");
  }

  @Test
  void birthDatesCoverFullDateYearMonthRangeOpenRangeAndCirca() {
    ListedEntity e = byId(lenient(), "9001");
    assertThat(e.birthDates())
        .containsExactly(
            PartialDate.day(LocalDate.of(1961, 4, 10), "1961-04-10"),
            PartialDate.range(LocalDate.of(1957, 1, 1), LocalDate.of(1959, 12, 31), "circa 1958"),
            PartialDate.month(1960, 6, "1960-6"),
            PartialDate.range(LocalDate.of(1953, 1, 1), LocalDate.of(1955, 12, 31), "1953 to 1955"),
            PartialDate.range(LocalDate.of(1900, 1, 1), LocalDate.of(1950, 12, 31), "to 1950"));
    assertThat(e.birthPlaces()).containsExactly("Mosul, IRAQ", "Tirin Kot District, Uruzgan Province, AFGHANISTAN");
  }

  @Test
  void unknownCountryPlaceholdersAndEmptyValuesAreDropped() {
    ListedEntity e = byId(lenient(), "9001");
    assertThat(e.nationalities()).containsExactly("IRAQ");
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier(IdType.PASSPORT, "A1234567", "IRAQ", null, "National passport"),
            new Identifier(IdType.NATIONAL_ID, "00112233", null, null, "National identification card"));
    assertThat(e.addresses()).containsExactly(new Address("12 Test Street", "Baghdad", null, "10001", "IRAQ"));
    assertThat(e.programs()).containsExactly("TAQA");
    assertThat(e.remarks()).isEqualTo("Financier of a listed group.; EU reference EU.9001.11; UN reference QDi.901");
  }

  @Test
  void enterpriseKeepsDesignationDetailsImoAndPoBox() {
    ListedEntity e = byId(lenient(), "9002");
    assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(e.names()).containsExactly(new Name("Test Trading Corporation", NameType.PRIMARY), new Name("TTC", NameType.STRONG_AKA));
    assertThat(e.identifiers()).containsExactly(new Identifier(IdType.IMO, "9000003", null, null, "IMO number"));
    assertThat(e.addresses()).extracting(Address::street).containsExactly("Central District, P.O. Box 12");
    assertThat(e.remarks()).isEqualTo("Involved in arms procurement.; EU reference EU.9002.22");
    assertThat(e.programs()).containsExactly("PRK");
  }

  @Test
  void unknownSubjectTypeIsAnError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("eu.xml");
    Files.writeString(f, Files.readString(fixture).replace("code=\"enterprise\"", "code=\"starship\""));
    assertThatThrownBy(() -> reader.read(f, false)).isInstanceOf(ListFormatException.class).hasMessageContaining("unknown subjectType code 'starship'");
    assertThat(reader.read(f, true).warnings()).anyMatch(w -> w.contains("sanctionEntity 9002: unknown subjectType code 'starship' (record skipped)"));
  }

  @Test
  void truncatedFileIsRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("eu.xml");
    String xml = Files.readString(fixture);
    Files.writeString(f, xml.substring(0, xml.indexOf("logicalId=\"9003\"")));
    assertThatThrownBy(() -> reader.read(f, true)).isInstanceOf(ListFormatException.class).hasMessageStartingWith(f + ":");
  }

  @Test
  void registryDetectsTheEuFileByItsNamespace() {
    assertThat(ListFormats.detect(fixture)).isInstanceOf(EuFsfXmlReader.class);
    assertThat(reader.accepts(Fixtures.path("un/un-quirks.xml"))).isFalse();
  }
}
