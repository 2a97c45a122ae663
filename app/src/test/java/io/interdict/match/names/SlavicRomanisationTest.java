package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** East Slavic names in German, Polish, Czech, French, Latvian and Lithuanian romanisations. */
class SlavicRomanisationTest {
  private static final NameAnalyzer A = NameAnalyzer.standard();
  private static final SlavicRomanisation S = NameTables.standard().slavic;

  private static String canonical(String s) {
    return A.analyze(s).canonical();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    // German (Duden): w = v, j = y, sch = sh, tsch = ch, -owitsch, -skyj
    "Wladimir Wladimirowitsch Putin|Vladimir Vladimirovich Putin",
    "Sergej Lawrow|Sergey Lavrov",
    "Sergei Schoigu|Sergei Shoigu",
    "Dmitrij Medwedew|Dmitriy Medvedev",
    "Wiktor Medwedtschuk|Viktor Medvedchuk",
    "Jewgenij Prigoschin|Yevgeniy Prigoshin",
    "Wjatscheslaw Wolodin|Vyacheslav Volodin",
    "Juri Kowaltschuk|Yuri Kovalchuk",
    "Nikolai Patruschew|Nikolai Patrushev",
    // Polish: w = v, cz = ch, sz = sh, ł = l, -owicz
    "Władimir Władimirowicz Putin|Vladimir Vladimirovich Putin",
    "Wiaczesław Wołodin|Vyacheslav Volodin",
    // Czech, Latvian, Lithuanian háček letters: č = ch, š = sh, ž = zh
    "Vladimir Vladimirovič Putin|Vladimir Vladimirovich Putin",
    "Sergej Šojgu|Sergey Shoygu",
    // French: ou = u, ch = sh, tch = ch, j = zh
    "Sergueï Choïgou|Sergey Shoigu",
    "Evgueni Prigojine|Yevgeniy Prigozhine",
    // Latvian nominative endings -s, -js, -is
    "Sergejs Lavrovs|Sergey Lavrov",
    "Vladimirs Putins|Vladimir Putin",
    "Jevgēņijs Prigožins|Yevgeniy Prigozhin",
    "Aleksejs Navaļnijs|Aleksey Navalny",
    "Igors Sečins|Igor Sechin",
    // Lithuanian -as, -is, -us
    "Vladimiras Putinas|Vladimir Putin",
    "Sergejus Lavrovas|Sergey Lavrov",
    "Dmitrijus Medvedevas|Dmitriy Medvedev",
    "Igoris Sečinas|Igor Sechin",
    // German Ukrainian: -yj as -yy, Wolodymyr as Volodymyr
    "Wolodymyr Selenskyj|Volodymyr Selenskyy",
  })
  void foreignRomanisationsAnalyseAsTheEnglishSpelling(String foreign, String english) {
    assertThat(canonical(foreign)).isEqualTo(canonical(english));
  }

  @ParameterizedTest(name = "{0} keeps its spelling: {1}")
  @CsvSource(delimiter = '|', value = {
    "William Walters|william walters",          // no East Slavic word: W stays W
    "Johann Schmidt|johann schmidt",
    "Thomas Collins|thomas collins",            // no Baltic mark: the final s stays
    "Juan Salinas|juan salinas",
    "Viktor Schwarz|viktor schwarz",            // Viktor is German and Hungarian too
    "Elena Wagner|elena wagner",
    "Alexander Jensen|aleksandr jensen",
    "Jeong Woo Jin|jong woo jin",               // Korean J stays J
    "Sergei Jong|sergey jong",                  // a table word (Korean jong) is not respelled
    "Sergejs Ivans Tomas|sergey ivan tomas",    // Baltic: a stem must keep four letters
    "Vladimirs Ales|vladimir ales",             // and end in a consonant
    "Andrew Walker|andrew walker",              // -ew is German only after j, sch or d
    "Matthew Jones|matthew jones",
    "Konstantin Wecker|konstantin wecker",      // Konstantin is German too
    "Muhammad Ramzan Wajid|muhammad ramzan wajid",  // Ramzan is a Pakistani name too
  })
  void otherNamesKeepTheirSpelling(String name, String expected) {
    assertThat(canonical(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', value = {
    "Sergejs Ivanovs|Sergey Lavrov",
    "Thomas Collins|Thomas Collin",
    "Jan Kowalski|Ivan Kovalsky",
    "Jang Song|Yang Song",
    "Sergey Lavrentiev|Sergejs Lavrovs",
  })
  void differentNamesStayApart(String a, String b) {
    assertThat(canonical(a)).isNotEqualTo(canonical(b));
  }

  @ParameterizedTest(name = "mode of {0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "Wladimir Putin|1",
    "Sergueï Choïgou|3",
    "Sergejs Lavrovs|5",
    "Vladimiras Putinas|5",
    "Putin Wladimirowitsch|1",
    "Selenskyj|1",
    "William Walters|0",
    "Viktor Orban|0",
    "Olga Schmidt|0",
  })
  void theNameSaysWhichRomanisationWroteIt(String name, int mode) {
    String folded = io.interdict.match.text.Fold.apply(name);
    assertThat(S.mode(io.interdict.match.text.Tokenizer.tokens(
        io.interdict.match.text.Transliteration.toAscii(folded, io.interdict.match.text.Scripts.dominant(folded)))))
        .isEqualTo(mode);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "lavrovs|lavrov", "putinas|putin", "sergejs|sergey", "sergejus|sergey", "dmitrijs|dmitriy",
    "zelenskis|zelenskiy", "igoris|igor", "boriss|boris",
    "ivans|ivan", "ales|''", "dens|''", "putina|''",
  })
  void balticEndingsLeaveTheStem(String word, String stem) {
    String s = S.stripBaltic(word);
    assertThat(s == null ? "" : s).isEqualTo(stem);
  }
}
