package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screening East Slavic names written in German, Polish, Czech, French, Dutch, Hungarian, Latvian and
 * Lithuanian romanisations against the English forms the lists use, through the index and by a full scan alike;
 * and names those rules must leave apart.
 */
class SlavicNameMatchTest {
  private static final List<ListedEntity> LIST = new ArrayList<>();

  static {
    for (String name : new String[] {"Vladimir Vladimirovich PUTIN", "Sergey Viktorovich LAVROV",
        "Volodymyr Oleksandrovych ZELENSKYY", "Sergei Kuzhugetovich SHOYGU", "Yevgeniy Viktorovich PRIGOZHIN",
        "Dmitriy Anatolyevich MEDVEDEV", "Viktor Vladimirovich MEDVEDCHUK", "Igor Ivanovich SECHIN",
        "Yuriy Valentinovich KOVALCHUK", "Ramzan Akhmatovich KADYROV", "Aleksey Anatolyevich NAVALNY",
        "Vyacheslav Viktorovich VOLODIN", "Mikhail Sergeyevich GORBACHEV", "Nikolai Platonovich PATRUSHEV",
        // others, for realistic weights
        "Sergey Borisovich IVANOV", "Vladimir SALDO", "Yevgeniy Sergeyevich POPOV", "William WALTERS",
        "John BARLOW", "Juan SALIN", "Thomas COLLIN", "Yang Song", "Anton MARKOV"}) {
      LIST.add(ListedEntity.builder("t", name, EntityType.PERSON).name(name, NameType.PRIMARY).build());
    }
  }

  private static final MatchEngine ENGINE = MatchEngine.build(LIST);
  private static final double T = MatchEngine.DEFAULT_THRESHOLD;

  private static double score(String query, String listed) {
    Query q = Query.name(query);
    double viaIndex = scoreOf(ENGINE.screen(q, 0.0001, 100), listed);
    assertThat(scoreOf(ENGINE.screenByScan(q, 0.0001, 100), listed)).as("full scan").isEqualTo(viaIndex);
    return viaIndex;
  }

  private static double scoreOf(List<Match> hits, String key) {
    return hits.stream().filter(m -> m.entity().sourceId().equals(key)).mapToDouble(Match::score).findFirst().orElse(0);
  }

  @ParameterizedTest(name = "{0} alerts on {1}")
  @CsvSource(delimiter = '|', value = {
    "Wolodymyr Selenskyj|Volodymyr Oleksandrovych ZELENSKYY",          // German Ukrainian
    "Wladimir Wladimirowitsch Putin|Vladimir Vladimirovich PUTIN",     // German
    "Sergej Lawrow|Sergey Viktorovich LAVROV",
    "Jewgeni Prigoschin|Yevgeniy Viktorovich PRIGOZHIN",
    "Dmitrij Medwedew|Dmitriy Anatolyevich MEDVEDEV",
    "Wiktor Medwedtschuk|Viktor Vladimirovich MEDVEDCHUK",
    "Juri Kowaltschuk|Yuriy Valentinovich KOVALCHUK",
    "Michail Gorbatschow|Mikhail Sergeyevich GORBACHEV",
    "Ramsan Kadyrow|Ramzan Akhmatovich KADYROV",
    "Wjatscheslaw Wolodin|Vyacheslav Viktorovich VOLODIN",
    "Władimir Władimirowicz Putin|Vladimir Vladimirovich PUTIN",       // Polish
    "Wiaczesław Wołodin|Vyacheslav Viktorovich VOLODIN",
    "Vladimír Vladimirovič Putin|Vladimir Vladimirovich PUTIN",        // Czech
    "Evgueni Prigojine|Yevgeniy Viktorovich PRIGOZHIN",                // French
    "Wladimir Wladimirowitsj Poetin|Vladimir Vladimirovich PUTIN",     // Dutch
    "Michail Gorbatsjov|Mikhail Sergeyevich GORBACHEV",
    "Joeri Kovaltsjoek|Yuriy Valentinovich KOVALCHUK",
    "Vlagyimir Vlagyimirovics Putyin|Vladimir Vladimirovich PUTIN",    // Hungarian
    "Szergej Lavrov|Sergey Viktorovich LAVROV",
    "Mihail Gorbacsov|Mikhail Sergeyevich GORBACHEV",
    "Sergejs Lavrovs|Sergey Viktorovich LAVROV",                       // Latvian
    "Vladimirs Putins|Vladimir Vladimirovich PUTIN",
    "Jevgēņijs Prigožins|Yevgeniy Viktorovich PRIGOZHIN",
    "Aleksejs Navaļnijs|Aleksey Anatolyevich NAVALNY",
    "Igors Sečins|Igor Ivanovich SECHIN",
    "Jurijs Kovaļčuks|Yuriy Valentinovich KOVALCHUK",
    "Vladimiras Putinas|Vladimir Vladimirovich PUTIN",                 // Lithuanian
    "Sergejus Lavrovas|Sergey Viktorovich LAVROV",
    "Dmitrijus Medvedevas|Dmitriy Anatolyevich MEDVEDEV",
    "Igoris Sečinas|Igor Ivanovich SECHIN",
  })
  void aForeignRomanisationAlertsOnTheEnglishForm(String query, String listed) {
    assertThat(score(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "Sergejs Lavrovs|query read as an East Slavic name in Latvian or Lithuanian spelling (sergey lavrov)",
    "Sergej Lawrow|query read as an East Slavic name in German, Polish or Czech spelling (sergey lavrov)",
    "Sergueï Choïgou|query read as an East Slavic name in French spelling (sergey shoigu)",
    "Szergej Lavrov|query read as an East Slavic name in Hungarian spelling (sergey lavrov)",
    "Sergey Lavrov|",                                    // English: read as written, nothing to say
  })
  void theExplanationSaysWhichRomanisationTheQueryWasReadFrom(String query, String verdict) {
    ListedEntity lavrov = LIST.stream().filter(e -> e.sourceId().equals("Sergey Viktorovich LAVROV")).findFirst().orElseThrow();
    List<String> said = ENGINE.compare(Query.name(query), lavrov).explanation().evidence().stream()
        .map(Explanation.Evidence::verdict).filter(v -> v.contains("East Slavic")).toList();
    if (verdict == null) {
      assertThat(said).isEmpty();
    } else {
      assertThat(said).containsExactly(verdict);
    }
  }

  @ParameterizedTest(name = "{0} does not alert on {1}")
  @CsvSource(delimiter = '|', value = {
    "Sergejs Ivanovs|Sergey Viktorovich LAVROV",          // another surname, in Latvian
    "Sergejus Lavrentjevas|Sergey Viktorovich LAVROV",
    "Oleksandr Selenskyj|Volodymyr Oleksandrovych ZELENSKYY", // another given name
    "Wladimir Saldow|Vladimir Vladimirovich PUTIN",
    "Jewgenij Popow|Yevgeniy Viktorovich PRIGOZHIN",
    "Juan Salinas|Juan SALIN",
    "Jang Song|Yang Song",                                 // Korean J stays J
    "Szabó Gyula|Vladimir SALDO",                          // Hungarian names are read as written
    "Kovács István|Anton MARKOV",
  })
  void otherNamesStayApart(String query, String listed) {
    assertThat(score(query, listed)).isLessThan(T);
  }
}
