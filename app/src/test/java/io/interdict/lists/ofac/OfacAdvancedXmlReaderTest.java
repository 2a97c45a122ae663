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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacAdvancedXmlReaderTest {
  private final OfacAdvancedXmlReader reader = new OfacAdvancedXmlReader();

  private ListSnapshot fixture() {
    return reader.read(Fixtures.path("ofac/sdn-advanced.xml"), false);
  }

  private static ListedEntity byId(ListSnapshot s, String id) {
    return s.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  private static Path variant(Path dir, String find, String replace) throws Exception {
    String xml = Files.readString(Fixtures.path("ofac/sdn-advanced.xml"));
    assertThat(xml).contains(find);
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(f, xml.replace(find, replace));
    return f;
  }

  @Test
  void partiesTypesAndDateOfIssueAreRead() {
    ListSnapshot s = fixture();
    assertThat(s.source()).isEqualTo("us-ofac-sdn");
    assertThat(s.published()).isEqualTo(LocalDate.of(2024, 9, 27));
    assertThat(s.warnings()).isEmpty();
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("7001", "7002", "7003");
    assertThat(s.entities()).extracting(ListedEntity::type).containsExactly(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.VESSEL);
  }

  @Test
  void namesAreAssembledInNaturalOrderWithAliasTypesAndScripts() {
    ListedEntity e = byId(fixture(), "7001");
    assertThat(e.names())
        .containsExactly(
            new Name("Anna Sergeyevna TESTOVA", NameType.PRIMARY),
            new Name("Анна ТЕСТОВА", NameType.STRONG_AKA),
            new Name("Anya TESTOVA", NameType.STRONG_AKA),
            new Name("ANYUTA", NameType.WEAK_AKA),
            new Name("Anna OLDOVA", NameType.FKA));
    assertThat(byId(fixture(), "7002").names()).containsExactly(new Name("TEST BANK PJSC", NameType.PRIMARY), new Name("NEW TEST BANK", NameType.NKA));
  }

  @Test
  void featuresBecomeDatesPlacesCountriesGenderAndIdentifiers() {
    ListedEntity e = byId(fixture(), "7001");
    assertThat(e.birthDates())
        .containsExactly(
            PartialDate.day(LocalDate.of(1980, 3, 9), "09 Mar 1980"),
            PartialDate.range(LocalDate.of(1978, 1, 1), LocalDate.of(1980, 12, 31), "circa 1979"));
    assertThat(e.birthPlaces()).containsExactly("Perm, Russia");
    assertThat(e.nationalities()).containsExactly("Russia");
    assertThat(e.citizenships()).containsExactly("Cyprus");
    assertThat(e.gender()).isEqualTo("Female");
    assertThat(e.title()).isEqualTo("Chief Financial Officer");
    assertThat(e.addresses()).containsExactly(new Address("Ulitsa Testovaya 7", "Moscow", null, "101000", "Russia"));
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier(IdType.PASSPORT, "750000001", "Russia", null, "Passport"),
            new Identifier(IdType.CRYPTO, "0x00000000000000000000000000000000000000bb", null, "ETH", "Digital Currency Address - ETH"),
            new Identifier(IdType.EMAIL, "anna@test.example", null, null, "Email Address"));
    assertThat(e.remarks()).isEqualTo("Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201");
    assertThat(e.programs()).containsExactly("RUSSIA-EO14024", "CYBER2");
    assertThat(e.relations()).containsExactly(new Relation("Associate Of", "TEST BANK PJSC", "7002"));
  }

  @Test
  void entityKeepsBicCryptoRegistrationAndNonIdentifyingFactsAsRemarks() {
    ListedEntity e = byId(fixture(), "7002");
    assertThat(e.identifiers())
        .containsExactly(
            new Identifier(IdType.REGISTRATION, "1027700000002", "Russia", null, "Registration Number"),
            new Identifier(IdType.BIC, "TESTRUMM", null, null, "SWIFT/BIC"),
            new Identifier(IdType.CRYPTO, "1TestBitcoinAddress000000000000000", null, "XBT", "Digital Currency Address - XBT"));
    assertThat(e.remarks()).isEqualTo("Test bank remark.; Organization Established Date: 17 May 1994");
    assertThat(e.programs()).containsExactly("RUSSIA-EO14024");
  }

  @Test
  void vesselFeaturesFillVesselInfoAndImoComesFromItsDocument() {
    ListedEntity e = byId(fixture(), "7003");
    assertThat(e.vessel()).isEqualTo(new VesselInfo("3FTS7", "Crude Oil Tanker", null, null, "Panama", null));
    assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IdType.IMO, "9000002"), org.assertj.core.groups.Tuple.tuple(IdType.MMSI, "352000002"));
    assertThat(e.programs()).containsExactly("IRAN");
  }

  @Test
  void unknownFeatureTypeIdIsAClearErrorNamingSetIdAndParty(@TempDir Path dir) throws Exception {
    Path f = variant(dir, "<Feature ID=\"8\" FeatureTypeID=\"9021\">", "<Feature ID=\"8\" FeatureTypeID=\"424242\">");
    assertThatThrownBy(() -> reader.read(f, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining("DistinctParty 7001: unknown FeatureTypeID 424242 (not in the file's ReferenceValueSets)");
  }

  @Test
  void unknownReferencesSkipThePartyInLenientModeAndItsProgramsQuietly(@TempDir Path dir) throws Exception {
    Path f = variant(dir, "<Alias FixedRef=\"7003\" AliasTypeID=\"9403\"", "<Alias FixedRef=\"7003\" AliasTypeID=\"1\"");
    ListSnapshot s = reader.read(f, true);
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("7001", "7002");
    assertThat(s.warnings()).singleElement().asString().contains("DistinctParty 7003: unknown AliasTypeID 1").endsWith("(record skipped)");
  }

  @Test
  void unknownLocationIsAClearError(@TempDir Path dir) throws Exception {
    Path f = variant(dir, "<VersionLocation LocationID=\"603\" />", "<VersionLocation LocationID=\"999\" />");
    assertThatThrownBy(() -> reader.read(f, false)).isInstanceOf(ListFormatException.class).hasMessageContaining("DistinctParty 7003: unknown LocationID 999");
  }

  @Test
  void unknownNamePartGroupIsAClearError(@TempDir Path dir) throws Exception {
    Path f = variant(dir, "NamePartGroupID=\"37020\"", "NamePartGroupID=\"55555\"");
    assertThatThrownBy(() -> reader.read(f, false)).isInstanceOf(ListFormatException.class).hasMessageContaining("DistinctParty 7003: unknown NamePartGroupID 55555");
  }

  @Test
  void impossibleBirthDateIsDroppedInLenientModeOnly(@TempDir Path dir) throws Exception {
    Path f = variant(dir, "<From><Year>1980</Year><Month>3</Month><Day>9</Day></From>", "<From><Year>1980</Year><Month>2</Month><Day>30</Day></From>");
    assertThatThrownBy(() -> reader.read(f, false)).isInstanceOf(ListFormatException.class).hasMessageContaining("DistinctParty 7001: impossible date 1980-2-30");
    ListedEntity e = byId(reader.read(f, true), "7001");
    assertThat(e.birthDates()).extracting(PartialDate::raw).containsExactly("circa 1979");
  }

  @Test
  void partiesBeforeReferenceTablesAreRejected(@TempDir Path dir) throws Exception {
    String xml = Files.readString(Fixtures.path("ofac/sdn-advanced.xml"));
    String refs = xml.substring(xml.indexOf("  <ReferenceValueSets>"), xml.indexOf("  <Locations>"));
    Path f = dir.resolve("sdn_advanced.xml");
    Files.writeString(f, xml.replace(refs, "").replace("</Sanctions>", refs + "</Sanctions>"));
    assertThatThrownBy(() -> reader.read(f, false)).isInstanceOf(ListFormatException.class).hasMessageContaining("before <ReferenceValueSets>");
  }

  @Test
  void truncatedFileIsRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
    String xml = Files.readString(Fixtures.path("ofac/sdn-advanced.xml"));
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(f, xml.substring(0, xml.indexOf("<DistinctParty FixedRef=\"7003\">")));
    assertThatThrownBy(() -> reader.read(f, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(f + ":")
        .satisfies(e -> assertThat(((ListFormatException) e).line()).isGreaterThan(300));
  }

  @Test
  void consAdvancedFileNameSelectsTheConsolidatedSource(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("CONS_ADVANCED.XML");
    Files.copy(Fixtures.path("ofac/sdn-advanced.xml"), f);
    assertThat(reader.read(f, false).entities()).allMatch(e -> e.source().equals("us-ofac-cons"));
  }

  @Test
  void manyPartiesStreamThroughAndEveryOneIsCounted(@TempDir Path dir) throws Exception {
    String xml = Files.readString(Fixtures.path("ofac/sdn-advanced.xml"));
    int start = xml.indexOf("    <DistinctParty FixedRef=\"7002\">");
    int end = xml.indexOf("    <DistinctParty FixedRef=\"7003\">");
    String template = xml.substring(start, end);
    StringBuilder many = new StringBuilder();
    int n = 3000;
    for (int i = 0; i < n; i++) {
      many.append(template.replace("\"7002\"", "\"" + (100000 + i) + "\"").replace("TEST BANK PJSC", "TEST BANK " + i));
    }
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(f, xml.replace(template, template + many));
    ListSnapshot s = reader.read(f, false);
    assertThat(s.entities()).hasSize(3 + n);
    assertThat(byId(s, "102999").primaryName()).isEqualTo("TEST BANK 2999");
  }

  @Test
  void registryDetectsAdvancedXmlAndNotPlainSdnXml() {
    assertThat(ListFormats.detect(Fixtures.path("ofac/sdn-advanced.xml"))).isInstanceOf(OfacAdvancedXmlReader.class);
    assertThat(reader.accepts(Fixtures.path("ofac/sdn-2024.xml"))).isFalse();
  }

  @Test
  void everyCryptoTickerOfTheRealListIsAnOfacLabelWeClassifyAsCrypto() throws Exception {
    Path dir = SharedData.require("data/ofac/crypto-2024-09-27");
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path p : files) {
      String ticker = p.getFileName().toString().replaceAll("sanctioned_addresses_(\\w+)_.*", "$1");
      String address = Files.readAllLines(p).stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
      Identifier id = OfacIdTypes.identifier("Digital Currency Address - " + ticker, address, null);
      assertThat(id.type()).isEqualTo(IdType.CRYPTO);
      assertThat(id.ticker()).isEqualTo(ticker);
      assertThat(id.value()).isEqualTo(address);
    }
  }
}
