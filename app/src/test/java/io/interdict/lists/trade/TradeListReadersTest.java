package io.interdict.lists.trade;

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
import io.interdict.testing.SharedData;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeListReadersTest {
  private final CslCsvReader csl = new CslCsvReader();
  private final DplTsvReader dpl = new DplTsvReader();
  private final Path cslFixture = Fixtures.path("trade/csl.csv");
  private final Path dplFixture = Fixtures.path("trade/dpl.txt");

  private static ListedEntity byId(ListSnapshot s, String id) {
    return s.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void cslIdsCarryTheListAbbreviationAndADigestWhenTheListHasNoNumber() {
    ListSnapshot s = csl.read(cslFixture, true);
    assertThat(s.source()).isEqualTo("us-csl");
    assertThat(s.published()).isNull();
    assertThat(s.entities()).extracting(ListedEntity::sourceId)
        .hasSize(6)
        .contains("SDN-90101", "SDN-90102", "SSI-90103", "SDN-90104")
        .anyMatch(id -> id.matches("EL-[0-9a-f]{12}"))
        .anyMatch(id -> id.matches("DPL-[0-9a-f]{12}"));
    assertThat(s.warnings()).containsExactly(cslFixture + ":7: SDN-90104: impossible date of birth '1970-02-30' (value dropped)");
  }

  @Test
  void cslStrictModeRejectsTheImpossibleDate() {
    assertThatThrownBy(() -> csl.read(cslFixture, false)).isInstanceOf(ListFormatException.class).hasMessage(cslFixture + ":7: SDN-90104: impossible date of birth '1970-02-30'");
  }

  @Test
  void cslIndividualNamesAreInNaturalOrderAndIdsAreSplitIntoCountryValueLabel() {
    ListedEntity e = byId(csl.read(cslFixture, true), "SDN-90101");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.names())
        .containsExactly(new Name("Mohammad Reza TESTI", NameType.PRIMARY), new Name("Mohamad TESTY", NameType.STRONG_AKA), new Name("ABU TEST", NameType.STRONG_AKA));
    assertThat(e.identifiers()).containsExactly(new Identifier(IdType.PASSPORT, "A0000001", "IR", null, "Passport"));
    assertThat(e.gender()).isEqualTo("Male");
    assertThat(e.birthDates()).containsExactly(PartialDate.day(LocalDate.of(1967, 10, 31), "1967-10-31"), PartialDate.year(1968, "1968"));
    assertThat(e.programs()).containsExactly("SDGT", "IRGC");
    assertThat(e.addresses()).containsExactly(new Address("Tehran", null, null, null, "IR"));
    assertThat(e.remarks()).contains("Secondary sanctions risk: section 1(b) of Executive Order 13224 Additional Sanctions Information -");
  }

  @Test
  void cslVesselAndExportControlRowsKeepTheirParticulars() {
    ListSnapshot s = csl.read(cslFixture, true);
    ListedEntity vessel = byId(s, "SDN-90102");
    assertThat(vessel.identifiers()).containsExactly(new Identifier(IdType.IMO, "9000005", null, null, "Vessel Registration Identification"));
    assertThat(vessel.vessel().flag()).isEqualTo("Korea, North");
    assertThat(vessel.remarks()).contains("Panama Former Vessel Flag");
    ListedEntity el = s.entities().stream().filter(e -> e.sourceId().startsWith("EL-")).findFirst().orElseThrow();
    assertThat(el.type()).isEqualTo(EntityType.ANY);
    assertThat(el.programs()).containsExactly("Entity List (EL) - Bureau of Industry and Security");
    assertThat(el.addresses()).extracting(Address::country).containsExactly("CN", "HK");
    ListedEntity denied = s.entities().stream().filter(e -> e.sourceId().startsWith("DPL-")).findFirst().orElseThrow();
    assertThat(denied.primaryName()).isEqualTo("JOHN TESTER, JR.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ABDUL JAWAD, Naser|true|Naser ABDUL JAWAD",
        "HERNANDEZ, JR.|true|HERNANDEZ, JR.",
        "2904977 CANADA, INC.|false|2904977 CANADA, INC.",
        "AL-TEST, Ali, Jr.|true|AL-TEST, Ali, Jr.",
        "NO COMMA NAME|true|NO COMMA NAME"
      })
  void personNamesAreTurnedToNaturalOrderOnlyWhenUnambiguous(String listed, boolean person, String expected) {
    assertThat(TradeNames.natural(listed, person)).isEqualTo(expected);
  }

  @Test
  void digestIdsAreStableAndIgnoreCaseAndSpacing() {
    assertThat(TradeNames.digest("Test  Airlines")).isEqualTo(TradeNames.digest("TEST AIRLINES")).hasSize(12);
    assertThat(TradeNames.digest("A")).isNotEqualTo(TradeNames.digest("B"));
  }

  @Test
  void dplRowsOfOneNameBecomeOnePartyWithEveryAddress() {
    ListSnapshot s = dpl.read(dplFixture, false);
    assertThat(s.source()).isEqualTo("us-bis-dpl");
    assertThat(s.entities()).extracting(ListedEntity::primaryName).containsExactly("A. TESTER", "TEST AIRLINES", "TEST TRADING, INC.");
    ListedEntity airline = s.entities().get(1);
    assertThat(airline.type()).isEqualTo(EntityType.ANY);
    assertThat(airline.sourceId()).isEqualTo("dpl-" + TradeNames.digest("TEST AIRLINES"));
    assertThat(airline.addresses()).containsExactly(new Address("PO BOX 1", "DUBAI", null, null, "AE"), new Address("2 AIRPORT ROAD", "TEHRAN", null, null, "IR"));
    assertThat(airline.programs()).containsExactly("Denied Persons List");
    assertThat(s.entities().get(0).remarks()).isEqualTo("effective 06/19/2003, expires 06/29/2056, 68 F.R. 38290 6/27/03");
  }

  @Test
  void registryTellsTheTradeFormatsApart() {
    assertThat(ListFormats.detect(cslFixture)).isInstanceOf(CslCsvReader.class);
    assertThat(ListFormats.detect(dplFixture)).isInstanceOf(DplTsvReader.class);
  }

  @Test
  void realCslHasEveryRowCountedIndependently() throws Exception {
    Path f = SharedData.require("data/us/csl-2019-12-03.csv");
    int rows = 0;
    try (Reader r = Files.newBufferedReader(f)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        rows += rec.size() > 1 ? 1 : 0;
      }
    }
    ListSnapshot s = csl.read(f, false);
    assertThat(rows).isEqualTo(115);
    assertThat(s.entities()).hasSize(rows);
    assertThat(s.warnings()).isEmpty();
    ListedEntity akbari = byId(s, "SDN-27271");
    assertThat(akbari.primaryName()).isEqualTo("Mohammadreza Ali AKBARI");
    assertThat(akbari.identifiers()).containsExactly(new Identifier(IdType.PASSPORT, "21795618", null, null, "Passport"));
    assertThat(akbari.birthDates()).containsExactly(PartialDate.day(LocalDate.of(1967, 10, 31), "1967-10-31"));
  }

  @Test
  void realDplGroupsRowsByNameCountedIndependently() throws Exception {
    Path f = SharedData.require("data/us/dpl-2022-09-07.txt");
    Set<String> names = new HashSet<>();
    int rows = 0;
    for (String line : Files.readAllLines(f).subList(1, Files.readAllLines(f).size())) {
      if (!line.isBlank()) {
        rows++;
        names.add(line.substring(1, line.indexOf('"', 1)).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
      }
    }
    ListSnapshot s = dpl.read(f, false);
    assertThat(rows).isEqualTo(581);
    assertThat(s.entities()).hasSize(names.size());
    assertThat(s.entities().stream().mapToInt(e -> Math.max(1, e.addresses().size())).sum()).isLessThanOrEqualTo(rows);
    assertThat(s.warnings()).isEmpty();
  }
}
