package io.interdict.server.yente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.match.Query;
import io.interdict.model.PartialDate;
import io.interdict.server.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YenteMappingTest {
  static final Set<String> LOADED = Set.of("us-ofac-sdn", "un-sc");

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
    "default, null", "sanctions, null", "us_ofac_sdn, us-ofac-sdn", "us-ofac-sdn, us-ofac-sdn", "un_sc_sanctions, un-sc"})
  void datasetNamesResolveToSourcesOrCollections(String dataset, String source) {
    assertThat(Datasets.resolve(dataset, LOADED)).isEqualTo(source);
  }

  @ParameterizedTest
  @CsvSource({"eu_fsf", "gb_hmt_sanctions", "US_OFAC_SDN", "nothing"})
  void datasetsNotLoadedAreNotFound(String dataset) {
    assertThatThrownBy(() -> Datasets.resolve(dataset, LOADED)).isInstanceOf(InterdictException.NotFound.class)
        .hasMessageContaining("No such dataset");
  }

  @Test
  void ftmDatesArePrefixesAndRangesBecomeTheirYears() {
    assertThat(FtmEntity.ftmDates(PartialDate.day(LocalDate.of(1958, 3, 5), "05 Mar 1958"))).containsExactly("1958-03-05");
    assertThat(FtmEntity.ftmDates(PartialDate.month(1958, 3, "Mar 1958"))).containsExactly("1958-03");
    assertThat(FtmEntity.ftmDates(PartialDate.year(1958, "1958"))).containsExactly("1958");
    assertThat(FtmEntity.ftmDates(PartialDate.range(LocalDate.of(1960, 1, 1), LocalDate.of(1962, 12, 31), "1960 to 1962")))
        .containsExactly("1960", "1961", "1962");
    assertThat(FtmEntity.ftmDates(PartialDate.range(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31), "20th c.")))
        .hasSize(10);
  }

  @Test
  void anExampleFansOutOverNamesDatesCountriesAndIdentifiers() throws Exception {
    EntityExample ex = EntityExample.parse("q", Json.MAPPER.readTree(
        "{\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\",\"C D\"],\"alias\":\"E F\",\"birthDate\":[\"1958\"],"
            + "\"nationality\":[\"kp\",\"ru\"],\"passportNumber\":[\"123\"],\"notes\":[\"x\"]}}"));
    List<Query> qs = ex.queries("q");
    assertThat(qs).hasSize(3 * 2);
    assertThat(qs).extracting(Query::name).containsOnly("A B", "C D", "E F");
    assertThat(qs).extracting(Query::identifier).containsOnly("123");
    assertThat(qs).extracting(Query::birthDate).containsOnly("1958");
  }

  @Test
  void firstAndLastNameMakeANameAndAnExampleWithoutNameOrIdIsRejected() throws Exception {
    EntityExample parts = EntityExample.parse("p", Json.MAPPER.readTree(
        "{\"schema\":\"Person\",\"properties\":{\"firstName\":[\"Sang Man\"],\"lastName\":[\"Kim\"]}}"));
    assertThat(parts.queries("p")).extracting(Query::name).containsExactly("Sang Man Kim");
    EntityExample none = EntityExample.parse("n", Json.MAPPER.readTree(
        "{\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"1958\"]}}"));
    assertThatThrownBy(() -> none.queries("n")).hasMessageContaining("needs a name");
    assertThatThrownBy(() -> EntityExample.parse("x", Json.MAPPER.readTree("{\"schema\":\"Person\",\"properties\":[]}")))
        .hasMessageContaining("'properties' must be an object");
    assertThatThrownBy(() -> EntityExample.parse("s", Json.MAPPER.readTree("{\"schema\":\"Planet\",\"properties\":{\"name\":\"x\"}}"))
        .queries("s")).hasMessageContaining("unknown schema 'Planet'");
  }
}
