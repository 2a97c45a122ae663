package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wade-Giles names against their pinyin spelling, and the names that must stay apart. */
class WadeGilesMatchTest {
  static final double T = MatchEngine.DEFAULT_THRESHOLD;

  private static ListedEntity person(String name) {
    return ListedEntity.builder("t", "p", EntityType.PERSON).name(name, NameType.PRIMARY).build();
  }

  private static double score(String query, String listed) {
    ListedEntity e = person(listed);
    return MatchEngine.build(List.of(e)).compare(Query.name(query), e).score();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "Hsi Chin-ping | Xi Jinping",
      "Hsi Chin-p'ing | Xi Jinping",
      "HSI Chin P'ing | XI, Jinping",
      "Mao Tse-tung | Mao Zedong",
      "MAO, Tse-tung | Mao Zedong",
      "Chou En-lai | Zhou Enlai",
      "Teng Hsiao-p'ing | Deng Xiaoping",
      "Teng Hsiao-ping | Deng Xiaoping",
      "Hu Chin-t'ao | Hu Jintao",
      "Wen Chia-pao | Wen Jiabao",
      "Chiang Ching-kuo | Jiang Jingguo",
      "Liu Shao-ch'i | Liu Shaoqi",
      "Ch'en Shui-pien | Chen Shui-bian",
      "Ch'en Shui-pien | Chen Shuibian",
      "Ts'ai Ying-wen | Cai Yingwen",
      "Tsai Ying-wen | Cai Yingwen",
      "Hsü Chih-yung | Xu Zhiyong",
      "Hsu Chih-yung | Xu Zhiyong",
      "Xi Jinping | Hsi Chin-p'ing",
      "Hsi Chin-ping | Hsi Chin-p'ing",
  })
  void wadeGilesMeetsPinyin(String query, String listed) {
    assertThat(score(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', value = {
      // the writer marked aspiration, so the bare chin is jin, not qin
      "Hsi Chin-p'ing | Xi Qinping",
      // another syllable is another name, read as Wade-Giles or not
      "Mao Tse-tung | Mao Zetang",
      "Hsi Chin-ping | Xi Jinming",
      "Teng Hsiao-p'ing | Deng Xiaoming",
      // Korean names keep their syllables: McCune-Reischauer is not read as Wade-Giles
      "Kim Jong Un | Kim Yong Un",
      "Kim Sang Man | Kim Song Man",
      "Chang Su Ha | Chang Chang Ha",
      "Pak Pong Ju | Pak Pong Ru",
      "Ri Chol | Ri Zhe",
      "Kim Jong-un | Jin Zhengen",
      "Han Chang-su | Han Zhangsu",
      "Chung Ho-sung | Zhong Hesong",
      "Chin Sung-ho | Jin Songhe",
      // a pinyin or Western name without Wade-Giles evidence is not read as one
      "Chen Wei | Zhen Wei",
      "Li Tao | Li Dao",
      "Ken Lo | Gen Luo",
      "Peter Chen | Peter Zhen",
      // a Chinese name has no middle names: a listed syllable the query lacks is another given name
      "Zhou Cheng | Chou Hsien-cheng",
      "Xue Long | Wei Hsueh-lung",
      "He Jun | Tien Ho-chun",
      "Su Jin Xing | Hsing Su",
      "Su Chin Hsing | Hsing Su",
  })
  void namesWithoutTheSameReadingStayApart(String query, String listed) {
    assertThat(score(query, listed)).isLessThan(T);
  }

  @Test
  void theExplanationSaysWhichSyllablesWereReadAsPinyin() {
    ListedEntity xi = person("Xi Jinping");
    Match m = MatchEngine.build(List.of(xi)).compare(Query.name("Hsi Chin-ping"), xi);
    assertThat(m.score()).isEqualTo(1.0);
    assertThat(m.explanation().summary()).contains("Wade-Giles read as pinyin: ")
        .contains("hsi as xi").contains("chin ping as jinping");
  }
}
