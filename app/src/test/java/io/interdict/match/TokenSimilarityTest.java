package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.text.Slips;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSimilarityTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "sok, sko, true",      // adjacent letters swapped
    "abd, adb, true",
    "taha, taah, true",
    "son, sson, true",     // a letter doubled
    "al, all, true",
    "yu, yyu, true",
    "essa, esa, true",
    "jong, yong, false",   // a substitution makes another syllable
    "cook, cock, true",    // elsewhere one replaced letter is a typo
    "cvs, cvc, true",
    "ng, nk, false",       // two letters are too few for one
    "sang, song, false",
    "min, man, false",
    "li, lin, false",      // an inserted letter that doubles nothing
    "ab, ba, true",
    "abc, cba, false",     // two swaps
  })
  void shortTokensTolerateSwapsDoubledLettersAndATypoOutsideSyllables(String a, String b, boolean related) {
    float s = TokenSimilarity.sim(a, b);
    assertThat(s > TokenSimilarity.SOFT_MAX).isEqualTo(related);
    assertThat(TokenSimilarity.sim(b, a)).isEqualTo(s);
  }

  @Test
  void shortVariantsListExactlyTheRelatedStrings() {
    Random r = new Random(7);
    String alphabet = "abno";
    for (int i = 0; i < 20_000; i++) {
      String a = random(r, alphabet, 2 + r.nextInt(3));
      String b = random(r, alphabet, 2 + r.nextInt(3));
      boolean oracle = !a.equals(b) && Slips.isSlip(a, b);
      assertThat(TokenSimilarity.shortVariants(a).contains(b)).as("%s -> %s", a, b).isEqualTo(oracle);
      assertThat(Slips.isSlip(b, a)).as("%s ~ %s symmetric", a, b)
          .isEqualTo(Slips.isSlip(a, b));
    }
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "qasim, kassem, 0.85", "husayn, hussein, 0.85", "yusuf, youssef, 0.85",   // one name said alike
    "anthony, enedina, 0", "stacie, sidiki, 0", "fisher, fachri, 0",         // consonants shared, little else
    "tyryz, therese, 0.85", "byryz, berez, 0.85",      // a consonant skeleton from Arabic script
    "byryz, perez, 0.85", "fyktwr, viktor, 0.85",     // which writes p as b and v as f
    "anjyla, angela, 0.85", "wldymyr, vladimir, 0.85", // g as j; Hebrew and Persian write v as w
    "fladymyr, vladimir, 0.85", "asd, assad, 0.85",   // alif written as a; a skeleton of three letters
    "fladymyrwfytsh, vladimirovich, 0.85",            // ch written t, sh
    "amr, umar, 0.85", "adl, adel, 0.85",             // against a Latin word of four letters too
    "mhmd, muhammad, 0.85", "mhdy, mahdi, 0.85",      // h is a letter there (but not in th: tyryz)
    "mhmwd, mahmud, 0.85", "mhmwd, muhammad, 0.5",    // and keeps Mahmud's m-h-m apart from Muhammad
    "sdam, saddam, 0.85", "rmdan, ramadan, 0.85",     // a alone after two consonants no Latin word starts with
    "hsyn, husayn, 0.85", "hsyn, hussein, 0.85",      // the long vowel where the Latin has it
    "byryz, beraz, 0.6", "hsny, husayn, 0.5",         // not where it has none (Hasani is not Husayn):
    "hsyn, hasan, 0.6", "ashrfy, ashraf, 0.6",        // only look-alikes; nor with a vowel more (Ashrafi)
    "boris, perez, 0", "perez, boros, 0",             // not so between Latin spellings
    "fachry, fisher, 0",                              // nor with a Latin spelling that writes a alone,
    "maryam, miriam, 0.85",                           // which keeps the rule between Latin spellings
  })
  void aPhoneticKeyCountsOnlyForSpellingsWithinHalfTheirLetters(String a, String b, float s) {
    assertThat(TokenSimilarity.sim(a, b)).isEqualTo(s);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "cheng, chen, false", "kyong, yong, false", "zhang, zhiyong, false", "jian, jiang, false",
    "kyong, kyoung, true", "chol, cheol, true", "zhang, zhagn, true",   // vowel spelling, a slip
  })
  void oneSyllableIsNotAnotherOneLetterAway(String a, String b, boolean related) {
    assertThat(TokenSimilarity.sim(a, b) > TokenSimilarity.SOFT_MAX).isEqualTo(related);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"joonng, jong", "saaang, sang", "hasssan, hasan", "mmuusa, musa"})
  void repeatedLettersCountAsOneSlip(String a, String b) {
    int len = Math.max(a.length(), b.length());
    assertThat(TokenSimilarity.sim(a, b)).isEqualTo(1f - 1f / len);
  }

  @ParameterizedTest(name = "{0} ~ joined {1}: {2}")
  @CsvSource({"sangman, sangman, true", "sangman, sangmna, true", "sangman, songman, false", "sangman, sangmann, true"})
  void joinedTokensAllowOneSlipButNoSubstitution(String a, String b, boolean related) {
    assertThat(TokenSimilarity.sim(a, b, true) > 0).isEqualTo(related);
  }

  @Test
  void movedWordBoundaryScoresLikeOneEdit() {
    assertThat(TokenSimilarity.shiftedBoundary("arefullaharef", "arefullaharef")).isEqualTo(1f - 1f / 13);
    assertThat(TokenSimilarity.shiftedBoundary("myongchin", "myongjin")).isZero();
  }

  @ParameterizedTest(name = "{0} ~ {1} in a person''s name: {2}, literally {3}")
  @CsvSource({
    "ted, theodore, 0.85, 0",        // nickname and full name, either way round
    "theodore, ted, 0.85, 0",
    "tedd, theodore, 0, 0",          // a nickname gets no edits
    "edward, theodore, 0, 0",        // two full names sharing a nickname
    "ted, ted, 1, 1",
    "dima, dmitry, 0.85, 0",
    "maks, maksim, 0.85, 0.6",       // lifted from a soft similarity
  })
  void nicknamesCountOnlyThroughPersonSim(String a, String b, float person, float literal) {
    assertThat(TokenSimilarity.personSim(a, b)).isEqualTo(person);
    assertThat(TokenSimilarity.sim(a, b)).isEqualTo(literal);
  }

  private static String random(Random r, String alphabet, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
