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

  @ParameterizedTest(name = "{0} (abjad script: {1}) ~ {2}: {3}")
  @CsvSource({
    "qasim, false, kassem, 0.85", "husayn, false, hussein, 0.85",   // one name said alike
    "yusuf, false, youssef, 0.85",
    "anthony, false, enedina, 0", "stacie, false, sidiki, 0",      // consonants shared, little else
    "fisher, false, fachri, 0",
    "tyryz, true, therese, 0.85", "byryz, true, berez, 0.85",      // a consonant skeleton from Arabic script
    "byryz, true, perez, 0.85", "fyktwr, true, viktor, 0.85",     // which writes p as b and v as f
    "anjyla, true, angela, 0.85", "wldymyr, true, vladimir, 0.85", // g as j; Hebrew and Persian write v as w
    "fladymyr, true, vladimir, 0.85", "asd, true, assad, 0.85",   // alif written as a
    "fladymyrwfytsh, true, vladimirovich, 0.85",                  // ch written t, sh
    "amr, true, umar, 0.85", "adl, true, adel, 0.85",             // against a Latin word of four letters too
    "mhmd, true, muhammad, 0.85", "mhdy, true, mahdi, 0.85",      // h is a letter there (but not in th: tyryz)
    "mhmwd, true, mahmud, 0.85", "mhmwd, true, muhammad, 0.5",    // and keeps Mahmud's m-h-m apart from Muhammad
    "sdam, true, saddam, 0.85", "rmdan, true, ramadan, 0.85",     // a doubled consonant written once
    "star, true, sattar, 0.85", "azawy, true, azzawi, 0.85",
    "sd, true, sad, 0.85", "gl, true, gul, 0.85",                 // a word of two letters, from Arabic script
    "sd, false, sad, 0", "aylya, true, al, 0",                    // not in Latin, where al looks like one
    "qsy, true, qusay, 0.85", "nwr, true, noor, 0.85",            // two consonants and a long vowel
    "aylya, true, ilya, 0.85", "aylya, true, ali, 0",             // a written long vowel the Latin lacks:
    "awndwa, true, ondoa, 0.85", "awndwa, true, anda, 0.6",       // another name
    "syd, true, sayyid, 0.85", "dwd, true, dawoud, 0.85",         // and a Latin w or y is written there:
    "rda, true, ruwaydah, 0",                                     // Reza is not Ruwaydah
    "mstfy, true, mustafa, 0.85", "yhyy, true, yahya, 0.85",      // a final y may be the alif maqsura, said a
    "hdy, true, huda, 0.85", "tkryty, true, tikriti, 0.85",       // or the ya, said i
    "mstfy, true, mustafi, 0.85", "hsny, true, hasna, 0.85",
    "salm, true, salami, 0.6", "adl, true, adili, 0.6",           // a final vowel is written there,
    "fdl, true, viitala, 0", "jwrj, true, george, 0.85",          // but not a silent e
    "kmal, true, kamel, 0.85", "jmal, true, djamel, 0.85",       // the long a written e (Maghrebi, Turkish)
    "kmal, true, kemal, 0.85", "kmal, true, kamil, 0.6",          // but not i
    "lwnysy, true, lounici, 0.85", "bwsth, true, boucetta, 0.85", // a soft c is s (French spellings of Maghrebi names)
    "zya, true, zia, 0.85", "zya, true, ziya, 0.85",              // one consonant and written vowels: those vowels
    "zya, true, zaya, 0", "nya, true, nia, 0.85",                  // in that order
    "bkry, true, bakri, 0.85", "bkry, true, bacri, 0.85",         // a hard one k
    "hsyn, true, husayn, 0.85", "hsyn, true, hussein, 0.85",      // the long vowel where the Latin has it
    "byryz, true, beraz, 0.6", "hsny, true, husayn, 0.5",         // not where it has none (Hasani is not Husayn):
    "hsyn, true, hasan, 0.6", "ashrfy, true, ashraf, 0.6",        // only look-alikes; nor with a vowel more (Ashrafi)
    "mhmd, false, muhammad, 0.85", "hsn, false, hasan, 0.85",     // a Latin word without vowels is such a skeleton
    "mry, false, mario, 0",                                       // but two consonants are too few for it
    "boris, false, perez, 0", "perez, false, boros, 0",           // Latin spellings keep their vowels:
    "fachry, false, fisher, 0", "star, false, sattar, 0.6",       // however they look
    "mary, false, mario, 0.6", "sdam, false, saddam, 0.6",
    "maryam, false, miriam, 0.85",                                // within half their letters, keys as usual
  })
  void aPhoneticKeyCountsOnlyForSpellingsWithinHalfTheirLettersOrFromAnAbjadScript(String a, boolean abjad,
      String b, float s) {
    assertThat(TokenSimilarity.sim(a, abjad, b, false)).isEqualTo(s);
    assertThat(TokenSimilarity.sim(b, false, a, abjad)).isEqualTo(s);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "cheng, chen, false", "kyong, yong, false", "zhang, zhiyong, false", "jian, jiang, false",
    "kyong, kyoung, true", "chol, cheol, true", "zhang, zhagn, true",   // vowel spelling, a slip
  })
  void oneSyllableIsNotAnotherOneLetterAway(String a, String b, boolean related) {
    assertThat(TokenSimilarity.sim(a, b) > TokenSimilarity.SOFT_MAX).isEqualTo(related);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "yeo, yo, true", "seol, sol, true", "eun, un, true",          // Revised Romanization's eo, eu
    "guk, kuk, true", "gon, kon, true", "byeong, pyong, true",    // an initial voiced in one system
    "deok, tok, true", "jin, chin, true", "beom, pom, true", "moon, mun, true", // and passports' oo
    "tao, dao, false", "ding, ting, false", "bo, po, false",      // two pinyin syllables stay two
    "kkot, kot, false",                                           // a tense initial is another one
    "kyong, yong, false", "chol, chul, false", "guk, gun, false", // onset, vowel, final
    "gustav, kustav, false",                                      // not a syllable
  })
  void oneKoreanSyllableInTwoRomanisationsIsAPhoneticEqual(String a, String b, boolean same) {
    assertThat(TokenSimilarity.koreanSpellings(a, b)).isEqualTo(same);
    assertThat(TokenSimilarity.sim(a, b) >= TokenSimilarity.PHONETIC).isEqualTo(same);
    assertThat(TokenSimilarity.sim(b, a)).isEqualTo(TokenSimilarity.sim(a, b));
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

  @ParameterizedTest(name = "{0} (abjad script: {1}) ~ joined {2}: {3}")
  @CsvSource({
    "abdalkrym, true, abdalkarim, 0.85",   // عبدالكريم, one word, against Abdul Karim written apart
    "abdalrhmn, true, abdalrahman, 0.85",  // or Abd al-Rahman, or joined: one key either way
    "nwraldyn, true, nuraldin, 0.85",      // نور الدين, two words, against Nuraldin as one
    "abdalkrym, false, abdalkarim, 0",     // two Latin spellings compare by their letters
    "abdalkrym, true, abdalkrym, 1",
    "abdalkrym, true, abdalkrim, 0.85",
    "hsyn, true, hasan, 0",                // the written long vowel still counts
    "abdalhsyn, true, abdalhasan, 0",
    "mtyallah, true, matiallah, 0.85",     // مطيع الله: Allah adds only an l to the key
    "mwaly, true, mawali, 0",              // a key of two letters is too short for a run
  })
  void aJoinedUnitMeetsAWordAcrossScriptsByItsAbjadKey(String a, boolean abjad, String b, float s) {
    assertThat(TokenSimilarity.sim(a, abjad, b, false, true)).isEqualTo(s);
    assertThat(TokenSimilarity.sim(b, false, a, abjad, true)).isEqualTo(s);
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
