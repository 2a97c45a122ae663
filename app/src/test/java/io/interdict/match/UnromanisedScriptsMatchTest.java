package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in scripts ICU does not romanise (Khmer, Lao, Sinhala, Tibetan, Mongolian) are screened: they
 * match themselves, Khmer names match their usual Latin spelling, and different names stay apart.
 */
class UnromanisedScriptsMatchTest {
  private static final double T = MatchEngine.DEFAULT_THRESHOLD;

  private static double score(String query, String listed) {
    ListedEntity e = ListedEntity.builder("t", "x", EntityType.PERSON).name(listed, NameType.PRIMARY).build();
    return MatchEngine.build(List.of(e)).compare(Query.name(query), e).score();
  }

  private static double screened(String query, String listed) {
    ListedEntity e = ListedEntity.builder("t", "x", EntityType.PERSON).name(listed, NameType.PRIMARY).build();
    return MatchEngine.build(List.of(e)).screen(Query.name(query), 0.0001, 10).stream()
        .mapToDouble(Match::score).max().orElse(0);
  }

  @ParameterizedTest(name = "{0} matches itself")
  @CsvSource({
    "ហ៊ុន ម៉ាណែត", "ប៉ុល ពត", "ហ៊ីង ប៊ុនហៀង", "ສົມສັກ ເພັງ", "ທອງລຸນ ສີສຸລິດ", "මහින්ද රාජපක්ෂ",
    "වසන්ත කරන්නාගොඩ", "བསྟན་འཛིན་རྒྱ་མཚོ", "ᠮᠣᠩᠭᠣᠯ ᠲᠡᠮᠦᠵᠢᠨ",
  })
  void aNameInAScriptIcuCannotRomaniseIsFoundByItself(String name) {
    assertThat(score(name, name)).isGreaterThanOrEqualTo(0.99);
    assertThat(screened(name, name)).isGreaterThanOrEqualTo(0.99); // the index finds it too
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "ហ៊ុន ម៉ាណែត|Hun Manet", "ហ៊ុន សែន|Hun Sen", "ប៉ុល ពត|Pol Pot", "គន់ គីម|Kun Kim",
    "ហ៊ីង ប៊ុនហៀង|Hing Bun Heang", "ជា ស៊ីម|Chea Sim", "នួន ជា|Nuon Chea", "លី យ៉ុងផាត|Ly Yong Phat",
    "Hun Manet|ហ៊ុន ម៉ាណែត",                  // the Khmer spelling listed, the Latin one screened
    "මහින්ද රාජපක්ෂ|Mahinda Rajapaksa", "වසන්ත කරන්නාගොඩ|Wasantha Karannagoda",
    "ສົມສັກ ເພັງ|Somsak Pheng",
  })
  void aNameMatchesItsLatinSpelling(String query, String listed) {
    assertThat(screened(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource(delimiter = '|', value = {
    "ហ៊ុន សែន|ហ៊ុន ម៉ាណែត",                  // Hun Sen is not his son Hun Manet
    "ហ៊ុន ម៉ាណែត|Hun Sen",
    "ប៉ុល ពត|ប៉ុល សុខ",
    "ສົມສັກ ເພັງ|ທອງລຸນ ສີສຸລິດ",
    "මහින්ද රාජපක්ෂ|ගෝඨාභය රාජපක්ෂ",          // Mahinda is not his brother Gotabaya Rajapaksa
    "བསྟན་འཛིན་རྒྱ་མཚོ|བསྟན་འཛིན་ནོར་བུ",
  })
  void differentNamesInThoseScriptsDoNotMatch(String query, String listed) {
    assertThat(score(query, listed)).isLessThan(T);
  }
}
