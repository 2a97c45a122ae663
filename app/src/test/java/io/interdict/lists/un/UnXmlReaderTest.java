package io.interdict.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import io.interdict.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnXmlReaderTest {
  private final UnXmlReader reader = new UnXmlReader();

  private ListSnapshot quirks() {
    return reader.read(Fixtures.path("un/un-quirks.xml"), false);
  }

  private static ListedEntity byId(ListSnapshot s, String id) {
    return s.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void snapshotCarriesSourceDateGeneratedAndSha256() throws Exception {
    ListSnapshot s = quirks();
    assertThat(s.source()).isEqualTo("un-sc");
    assertThat(s.published()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(s.checksum()).hasSize(64).isEqualTo(sha256(Fixtures.path("un/un-quirks.xml")));
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("QDi.901", "KPi.901", "KPe.901", "QDe.901");
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void individualNamesAreBuiltInOrderAndAliasesTypedByQuality() {
    ListedEntity e = byId(quirks(), "QDi.901");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.names())
        .containsExactly(
            new Name("ABDUL RAHMAN YASIN AL-TESTI", NameType.PRIMARY),
            new Name("عبد الرحمن ياسين التستي", NameType.STRONG_AKA),
            new Name("Abdul Rahman Yasin", NameType.STRONG_AKA),
            new Name("Abu Testi", NameType.WEAK_AKA),
            new Name("Aboud Yasin", NameType.STRONG_AKA));
  }

  @Test
  void everyDateOfBirthKindBecomesAnInterval() {
    ListedEntity e = byId(quirks(), "QDi.901");
    assertThat(e.birthDates())
        .extracting(PartialDate::from, PartialDate::to, PartialDate::precision, PartialDate::raw)
        .containsExactly(
            tuple(LocalDate.of(1959, 1, 1), LocalDate.of(1959, 12, 31), PartialDate.Precision.YEAR, "1959"),
            tuple(LocalDate.of(1961, 4, 10), LocalDate.of(1961, 4, 10), PartialDate.Precision.DAY, "1961-04-10"),
            tuple(LocalDate.of(1960, 6, 10), LocalDate.of(1960, 6, 10), PartialDate.Precision.DAY, "1960-06-10"),
            tuple(LocalDate.of(1962, 1, 1), LocalDate.of(1962, 12, 31), PartialDate.Precision.YEAR, "1962"),
            tuple(LocalDate.of(1957, 1, 1), LocalDate.of(1959, 12, 31), PartialDate.Precision.RANGE, "approximately 1958"),
            tuple(LocalDate.of(1955, 1, 1), LocalDate.of(1957, 12, 31), PartialDate.Precision.RANGE, "1955 to 1957"));
  }

  @Test
  void documentsPlacesAddressesTitlesAndRemarksAreKept() {
    ListedEntity e = byId(quirks(), "QDi.901");
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier(IdType.PASSPORT, "A1234567", "Iraq", null, "Passport"),
            new Identifier(IdType.NATIONAL_ID, "00112233", "Jordan", null, "Civil status identity card"),
            new Identifier(IdType.PASSPORT, "P998877", null, null, "Numéro de passeport"));
    assertThat(e.birthPlaces()).containsExactly("Mosul, Iraq", "Tikrit, Salah al-Din, Iraq");
    assertThat(e.addresses()).containsExactly(new Address("12 Test Street", "Baghdad", "Baghdad Governorate", "10001", "Iraq"));
    assertThat(e.nationalities()).containsExactly("Iraq", "Jordan");
    assertThat(e.programs()).containsExactly("Al-Qaida");
    assertThat(e.title()).isEqualTo("Dr.; Financier");
    assertThat(e.gender()).isEqualTo("Male");
    assertThat(e.remarks()).startsWith("Review pursuant").contains("Second line");
  }

  @Test
  void nameOnlyInOriginalScriptBecomesThePrimaryName() {
    ListedEntity e = byId(quirks(), "KPi.901");
    assertThat(e.names()).containsExactly(new Name("김 시험", NameType.PRIMARY), new Name("Kim Sihom", NameType.STRONG_AKA));
    assertThat(e.birthDates()).isEmpty();
    assertThat(e.birthPlaces()).isEmpty();
    assertThat(e.identifiers()).isEmpty();
    assertThat(e.remarks()).isNull();
  }

  @Test
  void entityAliasesDistinguishAkaFromFka() {
    ListedEntity e = byId(quirks(), "KPe.901");
    assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(e.names())
        .containsExactly(
            new Name("TEST TRADING CORPORATION", NameType.PRIMARY),
            new Name("TTC", NameType.STRONG_AKA),
            new Name("Old Test Trading", NameType.FKA));
    assertThat(e.addresses()).extracting(Address::oneLine).containsExactly("Central District, Pyongyang, Democratic People's Republic of Korea");
  }

  @Test
  void missingOptionalSectionsGiveEmptyFields() {
    ListedEntity e = byId(quirks(), "QDe.901");
    assertThat(e.names()).hasSize(1);
    assertThat(e.addresses()).isEmpty();
    assertThat(e.title()).isNull();
    assertThat(e.gender()).isNull();
    assertThat(e.programs()).containsExactly("ISIL (Da'esh) and Al-Qaida");
  }

  @ParameterizedTest
  @CsvSource({"Good,STRONG_AKA", "good,STRONG_AKA", "Low,WEAK_AKA", "a.k.a.,STRONG_AKA", "f.k.a.,FKA", "n.k.a.,NKA", "'',STRONG_AKA", "unheard-of,STRONG_AKA"})
  void aliasQualityMapsToNameType(String quality, NameType expected) {
    assertThat(UnXmlReader.aliasType(quality)).isEqualTo(expected);
  }

  @Test
  void truncatedFileIsRejectedWithFileAndLine() {
    Path f = Fixtures.path("un/un-truncated.xml");
    assertThatThrownBy(() -> reader.read(f, true))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(f.toString() + ":")
        .satisfies(e -> assertThat(((ListFormatException) e).line()).isGreaterThan(40));
  }

  @Test
  void badRecordRejectsTheFileInStrictMode() {
    Path f = Fixtures.path("un/un-bad-record.xml");
    assertThatThrownBy(() -> reader.read(f, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessage(f + ":15: CDi.902: date '1970-13-45' is not YYYY-MM-DD");
  }

  @Test
  void lenientModeDropsBadValuesSkipsRecordsWithoutIdAndWarnsWithLines() {
    Path f = Fixtures.path("un/un-bad-record.xml");
    ListSnapshot s = reader.read(f, true);
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("CDi.901", "CDi.902");
    assertThat(s.entities().get(1).birthDates()).isEmpty();
    assertThat(s.warnings())
        .containsExactly(
            f + ":15: CDi.902: date '1970-13-45' is not YYYY-MM-DD (value dropped)",
            f + ":20: <INDIVIDUAL> without REFERENCE_NUMBER (DATAID null) (record skipped)");
  }

  @Test
  void otherXmlIsNotAccepted() {
    assertThat(reader.accepts(Fixtures.path("un/un-quirks.xml"))).isTrue();
    assertThat(reader.accepts(Fixtures.path("xml/external-dtd.xml"))).isTrue();
    assertThat(reader.accepts(Fixtures.path("un"))).isFalse();
  }

  @Test
  void registryDetectsTheUnList() {
    assertThat(ListFormats.detect(Fixtures.path("un/un-quirks.xml"))).isInstanceOf(UnXmlReader.class);
  }

  @Test
  void realListHasEveryRecordCountedIndependently() throws Exception {
    Path f = SharedData.require("data/un/UN_consolidated-2026-02-27.xml");
    String xml = Files.readString(f, StandardCharsets.UTF_8);
    int individuals = count(xml, "<INDIVIDUAL>");
    int entities = count(xml, "<ENTITY>");
    int dprk = count(xml, "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE>");

    ListSnapshot s = reader.read(f, false);
    assertThat(s.entities()).hasSize(individuals + entities).hasSize(1003);
    assertThat(s.entities().stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(individuals);
    assertThat(s.entities().stream().filter(e -> e.programs().contains("DPRK"))).hasSize(dprk).hasSize(155);
    assertThat(s.published()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(s.warnings()).isEmpty();
    int passports = count(xml, "<TYPE_OF_DOCUMENT>Passport");
    assertThat(s.entities().stream().flatMap(e -> e.identifiers().stream()).filter(i -> i.type() == IdType.PASSPORT).count())
        .isGreaterThanOrEqualTo(passports - count(xml, "<TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>\\s*<NOTE>"));

    ListedEntity yun = byId(s, "KPi.001");
    assertThat(yun.primaryName()).isEqualTo("YUN HO-JIN");
    assertThat(yun.names()).contains(new Name("Yun Ho-chin", NameType.STRONG_AKA));
    assertThat(yun.birthDates()).containsExactly(PartialDate.day(LocalDate.of(1944, 10, 13), "1944-10-13"));
    assertThat(yun.nationalities()).containsExactly("Democratic People's Republic of Korea");
    assertThat(yun.title()).isEqualTo("Director of Namchongang Trading Corporation");
    assertThat(yun.programs()).containsExactly("DPRK");

    ListedEntity rgb = byId(s, "KPe.031");
    assertThat(rgb.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(rgb.names()).extracting(Name::value).containsExactly("RECONNAISSANCE GENERAL BUREAU", "Chongch’al Ch’ongguk", "KPA Unit 586", "RGB");
    assertThat(rgb.addresses()).hasSize(2);
  }

  @Test
  void realExcerptReadsItsTwoDprkRecords() {
    Path f = SharedData.require("data/un/UN_consolidated_excerpt_DPRK.xml");
    assertThat(reader.read(f, false).entities()).extracting(ListedEntity::key).containsExactly("un-sc:KPi.001", "un-sc:KPe.031");
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String sha256(Path p) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
