package io.interdict.lists.ofac;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfacXmlReaderTest {
  private final OfacXmlReader reader = new OfacXmlReader();

  private static ListedEntity byId(ListSnapshot s, String id) {
    return s.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void currentNamespaceFileIsReadWithPublishDate() {
    ListSnapshot s = reader.read(Fixtures.path("ofac/sdn-2024.xml"), false);
    assertThat(s.source()).isEqualTo("us-ofac-sdn");
    assertThat(s.published()).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(s.entities()).extracting(ListedEntity::sourceId, ListedEntity::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("90001", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("90002", EntityType.ORGANIZATION),
            org.assertj.core.groups.Tuple.tuple("90003", EntityType.VESSEL),
            org.assertj.core.groups.Tuple.tuple("90004", EntityType.AIRCRAFT));
  }

  @Test
  void individualKeepsAliasStrengthIdentifiersAndDates() {
    ListedEntity e = byId(reader.read(Fixtures.path("ofac/sdn-2024.xml"), false), "90001");
    assertThat(e.names())
        .containsExactly(
            new Name("Ivan Petrovich TESTOV", NameType.PRIMARY),
            new Name("Ivan TESTOFF", NameType.STRONG_AKA),
            new Name("VANYA", NameType.WEAK_AKA),
            new Name("Ivan OLDNAME", NameType.FKA));
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier(IdType.PASSPORT, "700000001", "Russia", null, "Passport"),
            new Identifier(IdType.CRYPTO, "bc1qtestaddress0000000000000000000000000", null, "XBT", "Digital Currency Address - XBT"),
            new Identifier(IdType.CRYPTO, "0x00000000000000000000000000000000000000aa", null, "ETH", "Digital Currency Address - ETH"),
            new Identifier(IdType.TAX_ID, "7700000001", "Russia", null, "Tax ID No."));
    assertThat(e.gender()).isEqualTo("Male");
    assertThat(e.remarks()).isEqualTo("(Linked To: TEST HOLDING LLC); Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201");
    assertThat(e.relations()).containsExactly(new Relation("Linked To", "TEST HOLDING LLC", null));
    assertThat(e.programs()).containsExactly("RUSSIA-EO14024", "CYBER2");
    assertThat(e.title()).isEqualTo("Deputy Minister");
    assertThat(e.birthDates())
        .containsExactly(
            PartialDate.day(LocalDate.of(1975, 6, 14), "14 Jun 1975"),
            PartialDate.range(LocalDate.of(1972, 1, 1), LocalDate.of(1974, 12, 31), "circa 1973"),
            PartialDate.range(LocalDate.of(1970, 1, 1), LocalDate.of(1971, 12, 31), "01 Jan 1970 to 31 Dec 1971"));
    assertThat(e.birthPlaces()).containsExactly("Leningrad, Russia");
    assertThat(e.nationalities()).containsExactly("Russia");
    assertThat(e.citizenships()).containsExactly("Cyprus");
    assertThat(e.addresses()).containsExactly(new Address("Ulitsa Testovaya 1, Office 5", "Moscow", null, "101000", "Russia"));
  }

  @Test
  void listingFactsAreRemarksNotIdentifiersAndEmptyListsAreFine() {
    ListedEntity e = byId(reader.read(Fixtures.path("ofac/sdn-2024.xml"), false), "90002");
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier(IdType.REGISTRATION, "1027700000001", "Russia", null, "Registration Number"),
            new Identifier(IdType.WEBSITE, "www.test-holding.example", null, null, "Website"));
    assertThat(e.remarks()).isEqualTo("Organization Established Date 2001");
    assertThat(e.names()).hasSize(1);
    assertThat(e.addresses()).isEmpty();
  }

  @Test
  void vesselKeepsParticularsAndImoWithoutPrefix() {
    ListedEntity e = byId(reader.read(Fixtures.path("ofac/sdn-2024.xml"), false), "90003");
    assertThat(e.vessel()).isEqualTo(new VesselInfo("T8TS1", "Crude Oil Tanker", "150000", "80000", "Palau", "TEST SHIPPING CO"));
    assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(IdType.IMO, "9000001"), org.assertj.core.groups.Tuple.tuple(IdType.MMSI, "572000001"));
  }

  @Test
  void legacyNamespaceBadTypeRejectsInStrictMode() {
    Path f = Fixtures.path("ofac/sdn-legacy.xml");
    assertThatThrownBy(() -> reader.read(f, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining("sdnEntry 80001: date '31 Feb 1961'");
  }

  @Test
  void legacyNamespaceLenientDropsImpossibleDateAndSkipsUnknownType() {
    Path f = Fixtures.path("ofac/sdn-legacy.xml");
    ListSnapshot s = reader.read(f, true);
    assertThat(s.published()).isEqualTo(LocalDate.of(2018, 12, 19));
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("80001");
    ListedEntity e = s.entities().get(0);
    assertThat(e.primaryName()).isEqualTo("Juan Carlos PRUEBA GOMEZ");
    assertThat(e.birthDates()).containsExactly(PartialDate.month(1961, 2, "Feb 1961"));
    assertThat(e.identifiers()).containsExactly(new Identifier(IdType.NATIONAL_ID, "79000001", "Colombia", null, "Cedula No."));
    assertThat(s.warnings()).hasSize(2);
    assertThat(s.warnings().get(0)).startsWith(f + ":30: sdnEntry 80001: date '31 Feb 1961'").endsWith("(value dropped)");
    assertThat(s.warnings().get(1)).isEqualTo(f + ":37: sdnEntry 80002: unknown sdnType 'Spaceship' (record skipped)");
  }

  @Test
  void consolidatedFileNameSelectsTheConsolidatedSource(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("CONSOLIDATED.XML");
    Files.copy(Fixtures.path("ofac/sdn-2024.xml"), f);
    assertThat(reader.read(f, false).source()).isEqualTo("us-ofac-cons");
    assertThat(reader.read(f, false).entities()).allMatch(e -> e.key().startsWith("us-ofac-cons:"));
  }

  @Test
  void truncatedFileIsRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sdn.xml");
    String full = Files.readString(Fixtures.path("ofac/sdn-2024.xml"));
    Files.writeString(f, full.substring(0, full.indexOf("<uid>90003</uid>")));
    assertThatThrownBy(() -> reader.read(f, true))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(f + ":")
        .satisfies(e -> assertThat(((ListFormatException) e).line()).isGreaterThan(150));
  }

  @Test
  void bothNamespacesAreDetected() {
    assertThat(ListFormats.detect(Fixtures.path("ofac/sdn-2024.xml"))).isInstanceOf(OfacXmlReader.class);
    assertThat(ListFormats.detect(Fixtures.path("ofac/sdn-legacy.xml"))).isInstanceOf(OfacXmlReader.class);
    assertThat(reader.accepts(Fixtures.path("un/un-quirks.xml"))).isFalse();
  }

  @Test
  void realLegacySampleIsRead() {
    Path f = SharedData.require("data/ofac/sdn-xml-legacy-sample-2020-10-29.xml");
    ListSnapshot s = reader.read(f, false);
    assertThat(s.published()).isEqualTo(LocalDate.of(2020, 10, 29));
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("36", "173");
    ListedEntity e = s.entities().get(0);
    assertThat(e.names()).containsExactly(new Name("AEROCARIBBEAN AIRLINES", NameType.PRIMARY), new Name("AERO-CARIBBEAN", NameType.STRONG_AKA));
    assertThat(e.programs()).containsExactly("CUBA");
    assertThat(s.entities().get(1).addresses()).containsExactly(new Address("Ibex House, The Minories", "London", null, "EC3N 1DY", "United Kingdom"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "14 Jun 1975|1975-06-14|1975-06-14|DAY",
        "4 jun 1975|1975-06-04|1975-06-04|DAY",
        "Feb 1961|1961-02-01|1961-02-28|MONTH",
        "1961|1961-01-01|1961-12-31|YEAR",
        "circa 1961|1960-01-01|1962-12-31|RANGE",
        "circa 14 Jun 1975|1974-01-01|1976-12-31|RANGE",
        "1960 to 1962|1960-01-01|1962-12-31|RANGE",
        "01 Jan 1960 to 31 Mar 1960|1960-01-01|1960-03-31|RANGE"
      })
  void ofacDateFormsBecomeIntervals(String raw, LocalDate from, LocalDate to, PartialDate.Precision precision) {
    PartialDate d = OfacDates.parse(raw);
    assertThat(d.from()).isEqualTo(from);
    assertThat(d.to()).isEqualTo(to);
    assertThat(d.precision()).isEqualTo(precision);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"31 Feb 1961", "Fox 1961", "196", "1962 to 1960", "sometime in 1960"})
  void impossibleOfacDatesAreRefusedWithTheText(String raw) {
    assertThatThrownBy(() -> OfacDates.parse(raw)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(raw);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Passport|PASSPORT",
        "Diplomatic Passport|PASSPORT",
        "National ID No.|NATIONAL_ID",
        "Cedula No.|NATIONAL_ID",
        "C.U.R.P.|NATIONAL_ID",
        "Tax ID No.|TAX_ID",
        "NIT #|TAX_ID",
        "Registration Number|REGISTRATION",
        "Public Security and Immigration No.|OTHER",
        "SWIFT/BIC|BIC",
        "Email Address|EMAIL",
        "Phone Number|PHONE",
        "MMSI|MMSI",
        "Driver's License No.|OTHER",
        // the same table as the CSV remarks, so both formats of one list agree
        "Identification Number|OTHER",
        "Identification Number IMO|IMO",
        "C.R. No.|REGISTRATION",
        "SSN|NATIONAL_ID"
      })
  void ofacIdLabelsAreClassified(String label, IdType expected) {
    assertThat(OfacIdTypes.identifier(label, "X1", null).type()).isEqualTo(expected);
  }
}
