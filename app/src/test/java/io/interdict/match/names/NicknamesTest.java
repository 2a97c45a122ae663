package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NicknamesTest {
  private static final NameAnalyzer A = NameAnalyzer.standard();

  /** The one canonical token a written given name analyses to, as lookups receive it. */
  private static String token(String written) {
    String[] t = A.analyze(written).tokens();
    assertThat(t).as(written).hasSize(1);
    return t[0];
  }

  @ParameterizedTest(name = "{0} is a nickname of {1}")
  @CsvSource(delimiter = '|', value = {
    "Ted|Theodore", "Ted|Edward", "Teddy|Edward", "Bill|William", "Billy|William", "Will|William",
    "Bob|Robert", "Rob|Robert", "Dick|Richard", "Rick|Richard", "Jim|James", "Tom|Thomas",
    "Mike|Michael", "Liz|Elizabeth", "Beth|Elizabeth", "Kate|Katherine", "Benny|Benjamin",
    "Sasha|Aleksandr", "Sasha|Alexander", "Sasha|Oleksandr", "Volodya|Vladimir", "Misha|Mikhail",
    "Dima|Dmitriy", "Dima|Dmitri", "Kolya|Nikolai", "Seryozha|Sergei", "Zhenya|Evgeny",
    "Pepe|José", "Paco|Francisco", "Toño|Antonio", "Beppe|Giuseppe", "Sepp|Josef", "Hans|Johannes",
  })
  void nicknameStandsForItsFullNameInAnySpellingTheAnalyserUnites(String nickname, String full) {
    String n = token(nickname);
    String f = token(full);
    assertThat(Nicknames.isNicknameOf(n, f)).isTrue();
    assertThat(Nicknames.isNicknameOf(f, n)).as("the relation has a direction").isFalse();
    assertThat(Nicknames.related(n, f)).isTrue();
    assertThat(Nicknames.related(f, n)).isTrue();
    assertThat(Nicknames.fullNames(n)).contains(f);
    assertThat(Nicknames.nicknames(f)).contains(n);
    assertThat(Nicknames.relatedTo(n)).contains(f);
    assertThat(Nicknames.relatedTo(f)).contains(n);
  }

  @ParameterizedTest(name = "{0} and {1} are not related")
  @CsvSource(delimiter = '|', value = {
    "Edward|Theodore",   // two full names sharing the nickname Ted
    "Bill|Robert",
    "Bill|Bob",          // two nicknames
    "Tedd|Theodore",     // a nickname gets no edits
    "Ted|Ted",
    "Ben|Benjamin",      // Ben is the particle bin (son of): left out
    "Kim|Kimberly",      // Kim is a Korean family name: left out
    "Ali|Alice",
    "Jon|Jonathan",      // Jon is also a Korean family name: left out
  })
  void unrelatedPairs(String a, String b) {
    assertThat(Nicknames.related(token(a), token(b))).isFalse();
  }

  @Test
  void aNicknameMayStandForSeveralFullNames() {
    assertThat(Nicknames.fullNames("ted")).contains("edward", "theodore");
    assertThat(Nicknames.fullNames(token("Slava"))).contains(token("Vyacheslav"), token("Stanislav"), token("Yaroslav"));
  }

  @Test
  void unknownTokensHaveNoRelatives() {
    assertThat(Nicknames.fullNames("scholz")).isEmpty();
    assertThat(Nicknames.nicknames("scholz")).isEmpty();
    assertThat(Nicknames.relatedTo("scholz")).isEmpty();
  }
}
