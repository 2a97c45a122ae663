package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNameSexesTest {
  private static final NameAnalyzer A = NameAnalyzer.standard();

  private static String word(String name) {
    return A.analyze(name).tokens()[0];
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
    "Daniel, Daniela, true", "Daniela, Daniel, true", "Danielle, Daniel, true",
    "Julio, Julia, true", "Michel, Michelle, true", "Gabriel, Gabrielle, true",
    "Jamil, Jamila, true",
    "Andrea, Andre, false",        // masculine in Italian: left out
    "Michele, Michelle, false",
    "Ivanov, Ivanova, false",      // a family name keeps its family
    "Daniel, Daniel, false",
    "Daniela, Gabriela, false",
  })
  void formsOfOneGivenNameForTwoSexesAreTold(String a, String b, boolean otherSex) {
    assertThat(GivenNameSexes.otherSex(word(a), word(b))).isEqualTo(otherSex);
  }
}
