package io.interdict.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "kyong|kyoung|true", "kyong|kyeong|true", "chol|cheol|true", "yong|young|true", "song|seong|true",
    "cheng|chen|false",    // another final: 程 is not 陈
    "kyong|yong|false",    // another onset: Kim Kyong Il is not Kim Yong Il
    "myong|pyong|false",
    "zhang|zhong|false",   // another vowel
    "jian|jiang|false",
    "zhang|zhiyong|false", // two syllables are not one
    "smith|smyth|false",   // not syllables at all
  })
  void sameSyllableAllowsOnlyKoreanVowelSpellings(String a, String b, boolean same) {
    assertThat(Syllables.sameSyllable(a, b)).isEqualTo(same);
    assertThat(Syllables.sameSyllable(b, a)).isEqualTo(same);
  }

  @ParameterizedTest(name = "key({0}) = {1}")
  @CsvSource(delimiter = '|', value = {
    "guk|kuk", "kuk|kuk", "byeong|pyong", "deok|tok", "jong|chong", "jeong|chong", "chong|chong",
    "yeo|yo", "eun|un", "moon|mun", "koo|ku", "gwang|kwang", "young|young", "kkot|kkot", "jjang|jjang", "hui|hui", "smith|", "ab|",
  })
  void theKeyUnvoicesTheInitialAndSpellsTheVowelAsMcCuneReischauer(String t, String key) {
    assertThat(Syllables.key(t)).isEqualTo(key);
  }

  /** {@code sameKey}, which makes no key, agrees with comparing keys, on random letter strings. */
  @Test
  void sameKeyAgreesWithComparingKeys() {
    String[] parts = {"", "g", "k", "d", "t", "b", "p", "j", "ch", "kk", "jj", "h", "s", "y", "w"};
    String[] vowels = {"a", "o", "eo", "u", "eu", "oo", "e", "ae", "i", "yo", "yeo", "ui", "ou"};
    String[] codas = {"", "k", "n", "ng", "l", "m"};
    Random r = new Random(5);
    int same = 0;
    for (int i = 0; i < 100_000; i++) {
      String a = parts[r.nextInt(parts.length)] + vowels[r.nextInt(vowels.length)] + codas[r.nextInt(codas.length)];
      String b = parts[r.nextInt(parts.length)] + vowels[r.nextInt(vowels.length)] + codas[r.nextInt(codas.length)];
      String ka = Syllables.key(a);
      boolean expected = ka != null && ka.equals(Syllables.key(b));
      assertThat(Syllables.sameKey(a, b)).as("%s ~ %s", a, b).isEqualTo(expected);
      same += expected && !a.equals(b) ? 1 : 0;
    }
    assertThat(same).as("pairs of distinct spellings with one key").isGreaterThan(50);
  }

  /** The hand-written split agrees with the pattern it replaces, on random letter strings. */
  @Test
  void splitAgreesWithTheSyllablePattern() {
    Pattern one = Pattern.compile("((?:zh|ch|sh|hs|ts|tz|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsyw])?[wy]?)"
        + "(a|e|i|o|u|ae|ai|ao|ei|eo|eu|ia|ie|io|iu|oe|oi|ou|ua|ue|ui|uo|yo|yu|ya|ye|wa|wo|we|wi|oo|ee|iao|uai)"
        + "(ng|n|m|l|k|p|t|h)?");
    String letters = "aeiouyowhgnzcskjlmpt";
    Random r = new Random(7);
    int syllables = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(6);
      for (int k = 0; k < len; k++) {
        sb.append(letters.charAt(r.nextInt(letters.length())));
      }
      String t = sb.toString();
      Matcher m = one.matcher(t);
      int split = Syllables.split(t);
      if (m.matches()) {
        syllables++;
        assertThat(split).as(t).isEqualTo(m.end(1) << 8 | m.end(2));
      } else {
        assertThat(split).as(t).isEqualTo(-1);
      }
    }
    assertThat(syllables).isGreaterThan(1_000);
  }
}
