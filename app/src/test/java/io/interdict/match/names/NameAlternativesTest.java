package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameAlternativesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Al-Qa'ida/Islamic Army|Al-Qa'ida/Islamic Army ; Al-Qa'ida ; Islamic Army",
    "Hizballah / Party of God|Hizballah / Party of God ; Hizballah ; Party of God",
    "Bowne Global Solutions Denmark, A/S|Bowne Global Solutions Denmark, A/S",   // legal form
    "Banco do Brasil S/A|Banco do Brasil S/A",
    "John Smith c/o Acme|John Smith c/o Acme",
    "Mohammed/Muhammad Ali|Mohammed/Muhammad Ali ; Mohammed ; Muhammad Ali",
    "Plain Name|Plain Name",
    "/Leading|/Leading",
  })
  void slashSeparatedAlternativesAreAlsoReadAlone(String in, String out) {
    assertThat(String.join(" ; ", NameAlternatives.of(in))).isEqualTo(out);
  }
}
