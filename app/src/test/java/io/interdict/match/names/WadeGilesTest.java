package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.text.Fold;
import io.interdict.match.text.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WadeGilesTest {
  private static final WadeGiles WG = WadeGiles.standard();
  private static final Set<String> TABLE_WORDS = Set.of("mr", "co", "ltd");

  /** Readings per token as "token=reading/reading", tokens without readings as themselves. */
  private static String read(String name) {
    String folded = Fold.apply(name);
    List<String> tokens = Tokenizer.tokens(folded.replace('\u00fc', 'u'));
    String[][] r = WG.readings(folded, tokens, TABLE_WORDS::contains);
    return r == null ? "-" : render(tokens.toArray(new String[0]), r);
  }

  private static String render(String[] tokens, String[][] readings) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      sb.append(i > 0 ? " " : "").append(tokens[i]);
      if (readings != null && readings[i] != null && readings[i].length > 0) {
        sb.append('=').append(String.join("/", readings[i]));
      }
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // apostrophes dropped: a bare ch, k, p, t, ts may have lost its aspiration mark
      "Hsi Chin-ping | hsi=xi chin=jin/qin ping=bing",
      "Mao Tse-tung | mao tse=ze/ce tung=dong/tong",
      "Chou En-lai | chou=zhou en lai",
      // one apostrophe shows the writer marks aspiration: the other syllables are unaspirated
      "Hsi Chin-p'ing | hsi=xi chin=jin ping",
      "Teng Hsiao-p'ing | teng=deng hsiao=xiao ping",
      "Liu Shao-ch'i | liu shao chi=qi",
      // the umlaut: chu without it may be zhu, chu, ju or qu; in a name that writes it, zhu or chu
      "Chu Hsi-tsung | chu=ju/qu/zhu hsi=xi tsung=zong/cong",
      "Hsü Chu | hsu=xu chu=zhu",
      "Hsu Chih-yung | hsu=xu chih=zhi/chi yung=yong",
      // titles and legal forms between the syllables
      "Mr Hsi Chin-ping | mr hsi=xi chin=jin/qin ping=bing",
      "Hsin Hua Co Ltd | hsin=xin hua co ltd",
  })
  void wadeGilesSyllablesReadAsPinyin(String name, String expected) {
    assertThat(read(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is not read as Wade-Giles")
  @CsvSource(delimiter = '|', value = {
      // McCune-Reischauer and other Korean spellings: a syllable neither system has
      "Kim Jong Un", "Pak Pong Ju", "Ri Chol", "Kim Yong-chol", "Choe Ryong-hae", "Ch'oe Ryong-hae",
      "MUN CHO'NG-CH'O'L", "Hwang Pyong-so", "Pak Pong-ju", "Kim Il Sung",
      // an apostrophe after a vowel stands for McCune-Reischauer's breve: Korean, whatever the rest
      "Ri Ch'un-so'ng", "Ch'a Su'ng-chun", "Ch'un-yo'ng", "Kim Man-ch'un", "Pak To'-Ch'un",
      // Korean names of syllables both systems write: no Wade-Giles-only syllable
      "Chang Su Ha", "Han Chang-su", "Chung Ho-sung", "Chin Sung-ho", "Ko Chol Hun",
      // pinyin and Western names
      "Xi Jinping", "Chen Wei", "Li Tao", "Chou En Lai", "Ken Lo", "Peter Chen", "Tao Lin",
      "Chiang Kai-shek", "Sun Yat-sen", "S.A. Hsi", "Hsi 2",
  })
  void otherNamesAreNotRead(String name) {
    assertThat(read(name)).isEqualTo("-");
  }

  @Test
  void aSpellingDropsOnlyApostrophesAndTheUmlaut() {
    assertThat(WadeGiles.plain("ch'\u00fcan")).isEqualTo("chuan");
    assertThat(WadeGiles.plain("ch\u00e9n")).isNull(); // another diacritic: not Wade-Giles
    assertThat(WadeGiles.plain("ch\u014fl")).isNull(); // McCune-Reischauer's breve
  }

  @Test
  void theAnalyzerGivesReadingsInTheCanonicalFormOfPinyinTokens() {
    AnalyzedName a = NameAnalyzer.standard().analyze("Li Hsien-nien");
    // li is Wade-Giles and pinyin alike, and its spelling family is ri, as for the pinyin Li
    assertThat(readings(a)).isEqualTo("ri hsien=xian nien=nian");
    AnalyzedName lo = NameAnalyzer.standard().analyze("Lo Hsiao-ling");
    // lo is the syllable luo here, a name word, not the particle lo
    assertThat(readings(lo)).isEqualTo("lo=luo hsiao=xiao ling");
    assertThat(lo.kinds()[0]).isEqualTo(TokenKind.NAME);
    assertThat(NameAnalyzer.standard().analyze("Kim Jong Un").pinyin()).isNull();
    // a family name the tables know (Kim, Pak) is a name word, not a title to step over
    assertThat(NameAnalyzer.standard().analyze("KIM, Man-ch'un").pinyin()).isNull();
    assertThat(NameAnalyzer.standard().analyze("Dr. Hsi Chin-ping").pinyin()).isNotNull();
  }

  private static String readings(AnalyzedName a) {
    return render(a.tokens(), a.pinyin());
  }
}
