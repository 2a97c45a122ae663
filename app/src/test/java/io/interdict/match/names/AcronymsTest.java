package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {
  private static final NameAnalyzer A = NameAnalyzer.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "People's Liberation Army|pla",
    "Islamic Revolutionary Guard Corps|irgc",
    "Hay'at Tahrir al-Sham|hts",                     // the particle al- is no word of its own
    "Korea Mining Development Trading Corporation|kmdt",   // the legal form is left out
    "Foreign Trade Bank|ftb",
    "Mooyokbank|",                                   // one word: no acronym
    "Sberbank Russia|",                              // two words: an everyday syllable at best
    "Kim Il Sung Socialist Youth League of the DPRK Workers Party|",  // too many words to say as one
    "J. P. Morgan Chase|",                           // initials in the name: already an abbreviation
    "|",
  })
  void acronymIsSpelledFromNameAndClassWords(String name, String acronym) {
    assertThat(Acronyms.of(A.analyze(name == null ? "" : name))).isEqualTo(acronym);
  }
}
