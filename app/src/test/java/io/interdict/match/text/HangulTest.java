package io.interdict.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "김|kim", "정|jong", "은|un",                 // Kim Jong Un
    "여|yo", "설|sol", "주|ju",                   // ㅕ and ㅓ as the lists write them, ㅈ as j
    "최|choe", "룡|ryong", "해|hae",              // ㅚ, ㄹ at the start of a syllable as r
    "병|pyong", "철|chol", "택|taek",             // initials unvoiced, aspirates without apostrophe
    "혁|hyok", "희|hui", "원|won", "광|kwang",
    "박|pak", "식|sik", "국|kuk",                 // finals as pronounced
    "닭|tak", "값|kap", "꽃|kkot", "쌍|ssang",     // double finals and tense initials
    "가|ka", "힣|hit",                            // the first and the last syllable of the block
  })
  void syllablesAreSpeltAsTheListsSpellKoreanNames(String syllable, String latin) {
    assertThat(Hangul.romanise(syllable.codePointAt(0))).isEqualTo(latin);
  }

  @Test
  void onlyPrecomposedSyllablesAreSyllables() {
    assertThat(Hangul.syllable(0xAC00)).isTrue();
    assertThat(Hangul.syllable(0xD7A3)).isTrue();
    assertThat(Hangul.syllable(0xABFF)).isFalse();
    assertThat(Hangul.syllable(0xD7A4)).isFalse();
    assertThat(Hangul.syllable("ㄱ".codePointAt(0))).isFalse(); // a compatibility jamo alone
  }
}
