package io.interdict.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.names.NameAnalyzer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WellFormedTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "plain ASCII         | Kim            | Kim",
    "a pair stays        | a\\uD83D\\uDE00b | a\\uD83D\\uDE00b",
    "lone high           | a\\uD800b       | a\\uFFFDb",
    "lone low            | a\\uDC00b       | a\\uFFFDb",
    "high at the end     | ab\\uD800       | ab\\uFFFD",
    "low then high       | \\uDC00\\uD800   | \\uFFFD\\uFFFD",
    "two highs then low  | \\uD800\\uD800\\uDC00 | \\uFFFD\\uD800\\uDC00",
    "empty               | ''             | ''",
  })
  void unpairedSurrogatesBecomeTheReplacementCharacter(String what, String in, String out) {
    assertThat(WellFormed.apply(unescape(in))).isEqualTo(unescape(out));
  }

  @Test
  void aNameWithAnUnpairedSurrogateIsAnalysedWithoutIt() {
    NameAnalyzer a = NameAnalyzer.standard();
    assertThat(a.analyze("Kim\uD800 Jong Un").canonical()).isEqualTo(a.analyze("Kim Jong Un").canonical());
    // ICU's transliterators throw on this one unless the surrogates are replaced first
    assertThat(a.analyze("\uD97D\u30FE\uDE47").tokens()).isNotNull();
  }

  @Test
  void randomCodeUnitsAlwaysAnalyse() {
    NameAnalyzer a = NameAnalyzer.standard();
    Random r = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      char[] c = new char[r.nextInt(12)];
      for (int i = 0; i < c.length; i++) {
        // surrogates, katakana (where ICU first failed), Latin with combining marks
        int pick = r.nextInt(3);
        c[i] = (char) (pick == 0 ? 0xD800 + r.nextInt(0x800) : pick == 1 ? 0x30A0 + r.nextInt(0x60) : 0x41 + r.nextInt(0x300));
      }
      a.analyze(new String(c));
    }
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
