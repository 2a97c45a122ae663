package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given-name nicknames in screening: a nickname matches its full names on either side, only in a
 * person's name, exactly as spelled in the table, and the explanation says which word stood for which.
 */
class NicknameMatchTest {
  /** Listed names, one entity each; the id is the name. Fillers give the words realistic weights. */
  private static final List<ListedEntity> LIST = new ArrayList<>();

  static {
    person("Theodore Doe");
    person("Edward Doe");
    person("William Gates");
    person("Robert Gates");
    person("Ted Doe");
    person("Aleksandr Ivanov");
    person("Sasha Petrov");
    person("Giuseppe Rossi");
    person("Sepp Huber");
    person("Elizabeth Taylor Brown");
    organisation("William Industries", EntityType.ORGANIZATION);
    organisation("Theodore Doe", EntityType.ANY);
    for (String filler : new String[] {"Olaf Scholz", "John Smith", "Maria Garcia", "Dmitriy Volkov",
        "Acme Trading", "Hans Friedrich", "Mikhail Sokolov", "James Brown", "Gates Foundation"}) {
      person(filler);
    }
  }

  private static final MatchEngine ENGINE = MatchEngine.build(LIST);
  private static final double T = MatchEngine.DEFAULT_THRESHOLD;

  private static void person(String name) {
    LIST.add(ListedEntity.builder("t", "person:" + name, EntityType.PERSON).name(name, NameType.PRIMARY).build());
  }

  private static void organisation(String name, EntityType type) {
    LIST.add(ListedEntity.builder("t", type + ":" + name, type).name(name, NameType.PRIMARY).build());
  }

  /** The score of the listed entity {@code key} for the query, through the index and by a full scan (equal). */
  private static double score(String query, EntityType type, String key) {
    Query q = new Query(null, query, type, null, null, null, null);
    double viaIndex = scoreOf(ENGINE.screen(q, 0.0001, 100), key);
    assertThat(scoreOf(ENGINE.screenByScan(q, 0.0001, 100), key)).as("full scan").isEqualTo(viaIndex);
    return viaIndex;
  }

  private static double scoreOf(List<Match> hits, String key) {
    return hits.stream().filter(m -> m.entity().sourceId().equals(key)).mapToDouble(Match::score).findFirst().orElse(0);
  }

  @ParameterizedTest(name = "{0} ({1}) vs {2}: match {3}")
  @CsvSource(delimiter = '|', value = {
    "Ted Doe|ANY|person:Theodore Doe|true",
    "Ted Doe|ANY|person:Edward Doe|true",             // one nickname, several full names
    "Teddy Doe|PERSON|person:Edward Doe|true",
    "Bill Gates|ANY|person:William Gates|true",
    "GATES, Billy|ANY|person:William Gates|true",
    "Bill Gates|ANY|person:Robert Gates|false",       // Bill is William, not Robert
    "Bob Gates|ANY|person:Robert Gates|true",
    "Bill Industries|ANY|ORGANIZATION:William Industries|false",  // organisations keep their words
    "Ted Doe|ORGANIZATION|ANY:Theodore Doe|false",    // a query typed as an organisation
    "Ted Doe|PERSON|ANY:Theodore Doe|true",           // a listed name of unknown type, queried as a person
    "Ted Doe|ANY|ANY:Theodore Doe|false",             // neither side says person
    "Theodore Doe|ANY|person:Ted Doe|true",           // the nickname on the listed side
    "Edward Doe|ANY|person:Ted Doe|true",
    "Edward Doe|ANY|person:Theodore Doe|false",       // two full names sharing a nickname are not related
    "Tedd Doe|ANY|person:Theodore Doe|false",         // no edits on top of a nickname
    "Sasha Ivanov|ANY|person:Aleksandr Ivanov|true",
    "Alexander Ivanov|ANY|person:Aleksandr Ivanov|true",
    "Oleksandr Petrov|ANY|person:Sasha Petrov|true",  // the nickname of a full name in another spelling
    "Beppe Rossi|ANY|person:Giuseppe Rossi|true",
    "Josef Huber|ANY|person:Sepp Huber|true",
    "Liz Taylor Brown|ANY|person:Elizabeth Taylor Brown|true",
    "Beth Brown|ANY|person:Elizabeth Taylor Brown|true",
  })
  void nicknamesMatchTheirFullNamesInPersonNamesOnly(String query, EntityType type, String key, boolean match) {
    double s = score(query, type, key);
    assertThat(s >= T).as("score %.3f against the threshold %.2f", s, T).isEqualTo(match);
  }

  @Test
  void theNicknamePairIsInTheAlignmentAndTheReasonIsGiven() {
    Match m = ENGINE.screen(Query.name("Ted Doe"), T, 10).stream()
        .filter(x -> x.entity().sourceId().equals("person:Theodore Doe")).findFirst().orElseThrow();
    assertThat(m.explanation().alignment())
        .contains(new Explanation.TokenPair("ted", "theodore", TokenSimilarity.NICKNAME,
            m.explanation().alignment().stream().filter(p -> "ted".equals(p.queryToken())).findFirst().orElseThrow().weight()));
    assertThat(m.explanation().evidence()).anyMatch(e -> e.attribute().equals("name_rule")
        && e.verdict().equals("ted is a nickname of theodore") && e.effect() == 0);
    assertThat(m.explanation().summary()).contains("ted=theodore 0.85").contains("ted is a nickname of theodore");
    Match reverse = ENGINE.compare(Query.name("Theodore Doe"), LIST.get(4));
    assertThat(reverse.explanation().summary()).contains("theodore=ted 0.85").contains("ted is a nickname of theodore");
  }

  @Test
  void aNicknameIsNoBetterThanAnExactName() {
    assertThat(score("Ted Doe", EntityType.ANY, "person:Theodore Doe"))
        .isLessThan(score("Theodore Doe", EntityType.ANY, "person:Theodore Doe"));
  }
}
