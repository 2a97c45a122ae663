package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchEngineTest {
  static final List<ListedEntity> LIST = List.of(
      ListedEntity.builder("t", "scholz", EntityType.PERSON).name("Olaf Scholz", NameType.PRIMARY)
          .birthDate(PartialDate.day(LocalDate.of(1958, 6, 14), "14 Jun 1958")).nationality("Germany").build(),
      ListedEntity.builder("t", "kim", EntityType.PERSON).name("KIM, Sang Man", NameType.PRIMARY)
          .name("Kim Sangman", NameType.STRONG_AKA).name("Sang", NameType.WEAK_AKA).build(),
      ListedEntity.builder("t", "bank", EntityType.ORGANIZATION).name("Foreign Trade Bank of the DPRK", NameType.PRIMARY)
          .name("Mooyokbank", NameType.STRONG_AKA).build(),
      ListedEntity.builder("t", "brigade", EntityType.ORGANIZATION).name("110th Brigade", NameType.PRIMARY).build(),
      ListedEntity.builder("t", "wallet", EntityType.PERSON).name("Ivan Petrovich Sidorov", NameType.PRIMARY)
          .identifier(Identifier.crypto("ETH", "0x7F367cC41522cE07553e823bf3be79A889DEbe1B"))
          .identifier(Identifier.crypto("XBT", "1EpMiZkQVekuWuCBGJGz5G1uHwoYNn4vPF"))
          .identifier(new Identifier(IdType.PASSPORT, "MP 123-456", "RU", null, "Passport")).build(),
      ListedEntity.builder("t", "vessel", EntityType.VESSEL).name("Hellenic Spirit", NameType.PRIMARY)
          .identifier(Identifier.of(IdType.IMO, "IMO 9162655")).build());
  static final MatchEngine ENGINE = MatchEngine.build(LIST);
  static final double T = MatchEngine.DEFAULT_THRESHOLD;

  private static double score(String query, String key) {
    return score(Query.name(query), key);
  }

  private static double score(Query q, String key) {
    return ENGINE.screen(q, 0.0001, 100).stream().filter(m -> m.entity().sourceId().equals(key))
        .mapToDouble(Match::score).findFirst().orElse(0);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "Olaf Scholz|scholz", "SCHOLZ, Olaf|scholz", "Olaf Scholze|scholz", "Olaf Schólz|scholz",
    "Sang Man Kim|kim", "Kim Sang-man|kim", "KIM Sangman|kim", "Gim Sang Man|kim",
    "Foreign Trade Bank DPRK|bank", "Mooyok bank|bank", "110 Brigade|brigade",
    "Hellenic Spirit|vessel", "M/V Hellenic Spirit|vessel",
    "김상만|kim", "Kim Snag Man|kim", "Kimm Sang Man|kim", "Olafs Cholz|scholz",
    "Kim Saaang Mann|kim", "Ollaf Schoolz|scholz",   // keys held down: repeated letters
  })
  void variantsOfAListedNameAlert(String query, String key) {
    assertThat(score(query, key)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} does not match {1}")
  @CsvSource(delimiter = '|', value = {
    "Octavian Scholz|scholz",    // different given name, same family name
    "Olaf Schmidt|scholz",       // same given name, different family name
    "Kim Jong Un|kim",
    "Kim Song Man|kim",          // one syllable substituted is another given name
    "Kim Sang Min|kim",          // also against the joined alias Kim Sangman
    "이상만|kim",                 // Lee Sang Man: another family name
    "Domestic Trade Bank of the DPRK|bank",
    "111th Brigade|brigade",
    "Hellenic Star|vessel",
  })
  void differentPartiesDoNotAlert(String query, String key) {
    assertThat(score(query, key)).isLessThan(T);
  }

  @Test
  void fatherAndSonSwappedAroundBinIsAnotherPersonAndSaysSo() {
    ListedEntity father = ListedEntity.builder("t", "rawi", EntityType.PERSON)
        .name("MUHAMMAD BIN SALMAN AL-RAWI", NameType.PRIMARY).build();
    Match swapped = ENGINE.compare(Query.name("Salman bin Muhammad al-Rawi"), father);
    assertThat(swapped.score()).isLessThan(T);
    assertThat(swapped.explanation().summary()).contains("swapped around bin/ibn");
    assertThat(ENGINE.compare(Query.name("Mohammed ibn Salman Rawi"), father).score()).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource(delimiter = '|', value = {
    "Daniela Rodriguez|RODRIGUEZ OLIVERA, Daniel",   // one given name's forms for two sexes
    "Michel Obama|Michelle OBAMA",
    "Julia Torres|TORRES, Manuel J",   // a given name met only by the other's middle initial
    "Mauro Sá|MAURO",                  // Sá is a surname here, not the legal form S.A.
    "Kim Yong Il|KIM KYONG IL",        // one letter, another Korean syllable, another man
    "Cheng Zhu|CHEN, Zhu",             // 程 is not 陈
    "Zhang Yan|YAN, Zhiyong",          // a one-syllable given name is not a two-syllable one
    "Zhang Lei Kai|ZHANG, Lei",        // a syllable more is another given name
    "Kim Song Ho Song Hun|KIM, Song Hun",
  })
  void personNameRulesKeepDifferentPeopleApart(String query, String listed) {
    assertThat(personScore(query, listed)).isLessThan(T);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "Elon Mosk|Elon MUSK",             // one letter replaced in a short family name
    "Tim Cock|COOK, Tim",
    "MOHAMMADHASNI HAJI SSAD KHAN ZARKARI|HAJI ASAD KHAN ZARKARI MOHAMMADHASNI",
    "MOHAMMAD HASNI HAJI SSAD KHAN ZARKARI|HAJI ASAD KHAN ZARKARI MOHAMMADHASNI",  // and written apart
  })
  void aShortNameWordOneLetterOffIsATypo(String query, String listed) {
    assertThat(personScore(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "Abdul Karim HASSAN|ABDULKARIM Hassan",
    "Abdulkarim HASSAN|Abd al-Karim HASSAN",
    "Abdelkader MOKHTAR|Abd al-Kader MOKHTAR",
    "Abdel Kader MOKHTAR|ABDELKADER Mokhtar",
  })
  void abdAlWrittenApartMeetsItJoinedToTheName(String query, String listed) {
    assertThat(personScore(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "Jalaluddin HAQQANI|Jalal-ud-Din Haqqani",
    "Jalal al-Din HAQQANI|Jalaleddine Haqqani",
    "Habib Allah RESHAD|HABIBULLAH Reshad",
    "Hidayatullah|HIDAYATOLLAH",
    "Nour Eddine DRISSI|NOUREDDINE Drissi",
    "Salah Eddine GASMI|Salah al-Din GASMI",
    "Zia ur Rehman MADANI|ZIAURREHMAN Madani",
    "AREFULLAHA REF|AREFULLAH AREF",       // a slip moved the word boundary past Allah
  })
  void anArabicCompoundMeetsItsOtherLatinSpellings(String query, String listed) {
    assertThat(personScore(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @Test
  void aCompoundGivenNameIsNotItsFirstElement() {
    assertThat(personScore("Habib KHAN", "Habibullah Khan")).isLessThan(T);
    assertThat(personScore("Jalal HAQQANI", "Jalaluddin Haqqani")).isLessThan(T);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {"فرناندو بيريز|Fernando PEREZ", "Fernando Perez|فرناندو بيريز"})
  void arabicScriptWritesPAsBAndVAsF(String query, String listed) {
    assertThat(personScore(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {"JC Juncker|Jean-Claude JUNCKER", "Jean-Claude Juncker|JC JUNCKER", "JC Juncker|JC JUNCKER"})
  void initialsWrittenTogetherMeetTheNamesTheyStandFor(String query, String listed) {
    assertThat(personScore(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "Kim Kyoung Il|KIM KYONG IL",      // one syllable, the vowel written as another romanisation does
    "Ri Yong Chol|RI YONG CHEOL",
    "Kim Young Il|KIM YONG IL",
  })
  void aSyllableInAnotherRomanisationStillMatches(String query, String listed) {
    assertThat(personScore(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "ANJEM IFTIKHAR CHOUDARY MAHMOOD|ANJEM CHOUDARY",   // the list omits middle names
    "Dost Mohammad Khan Haqqani|DOST MOHAMMAD",
    "Umar Patek Abdullah|UMAR PATEK",
  })
  void extraQueryWordsAreMiddleNamesWhenTheWholeListedNameIsFound(String query, String listed) {
    assertThat(personScore(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "Osama bin Laden|Usama bin Muhammad bin Awad bin Ladin|true",   // a grandfather left out
    "Noureddine ben Mohamed ben Belkassem al-Drissi|Noureddine ben Ali ben Belkassem al-Drissi|false", // another father
  })
  void aGrandfatherInTheLineageChainWeighsLessThanTheFather(String query, String listed, boolean match) {
    assertAlerts(personScore(query, listed), match);
  }

  @Test
  void aWordSplitInThreeIsFoundJoined() {
    ListedEntity e = person("Nikolai Platonovich Patrushev");
    assertThat(ENGINE.compare(Query.name("Nikolai Plat Ono Vich Patrushev"), e).score()).isGreaterThanOrEqualTo(T);
    MatchEngine engine = MatchEngine.build(List.of(e));
    assertThat(engine.screen(Query.name("Nikolai Plat Ono Vich Patrushev"), T, 5)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} ~ {1} less than {2} ~ {3}")
  @CsvSource(delimiter = '|', value = {
    "Li Yi Peng|LI, Yi|Anjem Choudary Mahmood|ANJEM CHOUDARY",        // a syllable more is another given name
    "Iftikhar Mahmood Anjem Choudary|ANJEM IFTIKHAR CHOUDARY|Anjem Mahmood Iftikhar Choudary|ANJEM IFTIKHAR CHOUDARY", // out of order
  })
  void theMiddleNameAllowanceNeedsOrderAndNoSyllabicName(String q1, String l1, String q2, String l2) {
    // Both pairs have the same shape (two listed words found, one word more), and every word weighs alike.
    double without = personScore(q1, l1);
    double with = personScore(q2, l2);
    assertThat(without).isLessThan(with);
  }

  private static ListedEntity person(String name) {
    return ListedEntity.builder("t", "p", EntityType.PERSON).name(name, NameType.PRIMARY).build();
  }

  /** The engine's score for {@code query} against one listed person named {@code listed}. */
  private static double personScore(String query, String listed) {
    return ENGINE.compare(Query.name(query), person(listed)).score();
  }

  @Test
  void aQualifierInParenthesesIsOptionalButAnotherQualifierDiffers() {
    ListedEntity swiss = ListedEntity.builder("t", "db", EntityType.ORGANIZATION)
        .name("Deutsche Bank (Schweiz) AG", NameType.PRIMARY).build();
    assertThat(ENGINE.compare(Query.name("Deutsche Bank AG"), swiss).score()).isGreaterThanOrEqualTo(T);
    assertThat(ENGINE.compare(Query.name("Deutsche Bank (Schweiz) AG"), swiss).score()).isEqualTo(1.0);
    ListedEntity germany = ListedEntity.builder("t", "bg", EntityType.ORGANIZATION)
        .name("Bowne Global Solutions (Germany), G.m.b.H.", NameType.PRIMARY).build();
    assertThat(ENGINE.compare(Query.name("Bowne Global Solutions (France), S.A.R.L."), germany).score()).isLessThan(T);
  }

  @Test
  void anOrganisationIsFoundByItsAcronymAndTheExplanationSaysSo() {
    ListedEntity pla = ListedEntity.builder("t", "pla", EntityType.ORGANIZATION)
        .name("People's Liberation Army", NameType.PRIMARY).build();
    ListedEntity person = ListedEntity.builder("t", "p", EntityType.PERSON)
        .name("Paul Lee Anderson", NameType.PRIMARY).build();
    MatchEngine engine = MatchEngine.build(List.of(pla, person));
    List<Match> hits = engine.screen(Query.name("PLA"), T, 10);
    assertThat(hits).extracting(m -> m.entity().sourceId()).containsExactly("pla");
    assertThat(hits.get(0).explanation().summary()).contains("acronym");
    assertThat(engine.compare(Query.name("PLA"), pla).score()).isGreaterThanOrEqualTo(T);
    // an acronym counts only when near exact, like a weak alias
    assertThat(engine.compare(Query.name("PLA Holdings Group"), pla).score()).isLessThan(T);
    assertThat(engine.compare(Query.name("PLA"), person).score()).isLessThan(T);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "Faberlic|FABERLIC EUROPE Sp. z o.o.|true",            // a brand stands for its regional companies
    "Banco Santander S.A.|Banco Santander México S.A.|false",  // two full legal names, two companies
    "Mendez Belgie BVBA|Mendez Nederland B.V.|false",      // one place against another
    "Bank of China|Bank of Japan|false",                   // a place that is the whole name stays a name
    "Brigade Forty-Four|Brigade 44|true", "Brigade Forty 4|Brigade 44|true", "Brigade 45|Brigade Forty-Four|false",
    "U.S. Department of State|United States Department of State|true",
    "Al Qaeda|Al-Qa'ida/Islamic Army|true",                // one of the listed alternatives
    "ABC International|A.B.C. Company|false",              // one class word against another
    "Rosneft Oil Trading|Rosneft Oil Shipping|false",
    "Rosneft Trading LLC|Rosneft Trading Company|true",
    "Acme Widgets AG|Acme Widgets GmbH|false",             // one legal form against another
    "Acme Widgets AG|Acme Widgets Aktiengesellschaft|true",
    "Acme Widgets OAO|Acme Widgets PJSC|true",             // re-registered within the joint-stock family
    "Vanderbilt Holdings|Van der Bilt Holdings|true",      // the American spelling joins the particles
    "Vandenberg Shipping|Van den Berg Shipping|true",
    "Van der Berg Shipping|Van den Berg Shipping|false",   // another article, another family
    "CVC Health Corporation|CVS Health Corporation|true",   // one letter off in a short name word
    "Acme OAO|Acme OOO|false",                              // but not in a legal form
    "Deutsche Bank AG|Deutsche Bank GmbH|false",
    "ANO Iskusstvo Krasoty|LIMITED LIABILITY COMPANY ISKUSSTVO KRASOTY|false",  // a non-profit is no LLC
    "Bowne Global Solutions, Inc.|Bowne Global Solutions II, Inc.|false",       // a numbered sibling
    "Snow Storm 1|Snow Storm 2|true",                       // numbers that differ are not penalised
  })
  void organisationNameRules(String query, String listed, boolean match) {
    ListedEntity e = ListedEntity.builder("t", "o", EntityType.ORGANIZATION).name(listed, NameType.PRIMARY).build();
    assertAlerts(ENGINE.compare(Query.name(query), e).score(), match);
  }

  private static void assertAlerts(double score, boolean alert) {
    if (alert) {
      assertThat(score).isGreaterThanOrEqualTo(T);
    } else {
      assertThat(score).isLessThan(T);
    }
  }

  @Test
  void substitutionPenaltyIsExplained() {
    Match m = ENGINE.compare(Query.name("Olaf Schmidt"), LIST.get(0));
    assertThat(m.explanation().evidence()).anyMatch(e -> e.attribute().equals("name_rule") && e.verdict().contains("x0.85"));
  }

  @Test
  void exactNameScoresOneAndSimilarNamesScoreLess() {
    assertThat(score("Olaf Scholz", "scholz")).isEqualTo(1.0);
    double typo = score("Olaf Scholze", "scholz");
    assertThat(typo).isLessThan(1.0).isGreaterThan(0.8);
    assertThat(score("Olaf Schulze", "scholz")).isLessThan(typo);
  }

  @Test
  void weakAliasAlertsOnlyOnNearExactMatch() {
    List<Match> exact = ENGINE.screen(Query.name("Sang"), T, 10);
    assertThat(exact).extracting(m -> m.entity().sourceId()).containsExactly("kim");
    assertThat(exact.get(0).matchedName().type()).isEqualTo(NameType.WEAK_AKA);
    assertThat(ENGINE.screen(Query.name("Sanga"), T, 10)).isEmpty();
    assertThat(ENGINE.screen(Query.name("Sanga"), 0.0001, 10))
        .allSatisfy(m -> assertThat(m.matchedName().type()).isNotEqualTo(NameType.WEAK_AKA));
  }

  @Test
  void entityTypeMustBeCompatible() {
    Query asOrg = new Query(null, "Olaf Scholz", EntityType.ORGANIZATION, null, null, null, null);
    assertThat(ENGINE.screen(asOrg, T, 10)).isEmpty();
  }

  @Test
  void birthDateAndCountryMoveTheScoreAndAreExplained() {
    double name = score("Olaf Scholze", "scholz");
    Query same = new Query(null, "Olaf Scholze", EntityType.PERSON, "1958-06-14", "DE", null, null);
    Query swapped = new Query(null, "Olaf Scholze", EntityType.PERSON, "1958-06-14", null, null, null);
    Query other = new Query(null, "Olaf Scholze", EntityType.PERSON, "1971-01-01", "France", null, null);
    assertThat(score(same, "scholz")).isGreaterThan(name);
    assertThat(score(swapped, "scholz")).isGreaterThan(name);
    assertThat(score(other, "scholz")).isLessThan(name - 0.1);
    Match m = ENGINE.screen(other, 0.0001, 10).get(0);
    assertThat(m.explanation().evidence()).extracting(Explanation.Evidence::attribute, Explanation.Evidence::verdict)
        .contains(org.assertj.core.groups.Tuple.tuple("birth_date", "different"),
            org.assertj.core.groups.Tuple.tuple("country", "differs"));
    assertThat(m.explanation().summary()).contains("birth_date different -0.15").contains("country differs");
  }

  @Test
  void aGivenNameOfTheOtherSexIsExplained() {
    Match m = ENGINE.compare(Query.name("Michel Obama"), person("Michelle OBAMA"));
    assertThat(m.explanation().summary()).contains("michel and michelle are one given name's forms for two sexes")
        .contains("words only look alike");
    assertThat(ENGINE.compare(Query.name("Michelle Obama"), person("Michelle OBAMA")).score()).isEqualTo(1.0);
  }

  @Test
  void aScoreThatIsTheThresholdInDecimalAlerts() {
    // A listed name known only as FAIZ, born about 1969: the slip AFIZ scores 0.75, the birth year
    // and the country add 0.03 and 0.02 — exactly 0.80, whatever the float weights make of it.
    ListedEntity faiz = ListedEntity.builder("t", "faiz", EntityType.PERSON).name("FAIZ", NameType.PRIMARY)
        .birthDate(PartialDate.range(LocalDate.of(1968, 1, 1), LocalDate.of(1970, 12, 31), "approximately 1969"))
        .nationality("Afghanistan").build();
    MatchEngine engine = MatchEngine.build(List.of(faiz, LIST.get(0)));
    Query q = new Query(null, "AFIZ", EntityType.PERSON, "1969", "af", null, null);
    assertThat(engine.compare(q, faiz).score()).isEqualTo(0.80);
    assertThat(engine.screen(q, 0.80, 10)).extracting(m -> m.entity().sourceId()).containsExactly("faiz");
  }

  @Test
  void dayAndMonthSwappedIsRecognised() {
    Explanation.Evidence e = Attributes.birthDate(PartialDate.day(LocalDate.of(1958, 6, 12), null),
        PartialDate.day(LocalDate.of(1958, 12, 6), null));
    assertThat(e.verdict()).isEqualTo("day and month swapped");
    assertThat(Attributes.birthDate(PartialDate.year(1959, "1959"), PartialDate.day(LocalDate.of(1958, 12, 6), null)).verdict())
        .isEqualTo("within a year");
    assertThat(Attributes.birthDate(PartialDate.year(1958, "1958"),
        PartialDate.range(LocalDate.of(1955, 1, 1), LocalDate.of(1960, 12, 31), "1955 to 1960")).verdict())
        .isEqualTo("within the listed period");
  }

  @ParameterizedTest(name = "identifier {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "0x7F367cC41522cE07553e823bf3be79A889DEbe1B|true",   // hex: as listed
    "0x7f367cc41522ce07553e823bf3be79a889debe1b|true",   // hex: case-insensitive
    "ETH:0x7f367cc41522ce07553e823bf3be79a889debe1b|true",
    "XBT:0x7f367cc41522ce07553e823bf3be79a889debe1b|false", // wrong chain
    "1EpMiZkQVekuWuCBGJGz5G1uHwoYNn4vPF|true",            // base58: exact
    "1epmizkqvekuwucbgjgz5g1uhwoynn4vpf|false",            // base58: case matters
    "mp123456|true",                                        // documents: letters and digits, any case
    "9162655|true",                                         // IMO without prefix
  })
  void identifiersMatchOnTheirOwnWithTopScore(String id, boolean hit) {
    Query q = new Query(null, "", EntityType.ANY, null, null, id, null);
    List<Match> hits = ENGINE.screen(q, T, 10);
    assertThat(!hits.isEmpty()).isEqualTo(hit);
    if (hit) {
      assertThat(hits.get(0).score()).isEqualTo(1.0);
      assertThat(hits.get(0).explanation().evidence().get(0).attribute()).isEqualTo("identifier");
    }
  }

  @Test
  void explanationShowsTheAlignmentTokenByToken() {
    Match m = ENGINE.screen(Query.name("Sang-man Kim Junior"), 0.0001, 10).stream()
        .filter(x -> x.entity().sourceId().equals("kim")).findFirst().orElseThrow();
    assertThat(m.explanation().alignment()).extracting(Explanation.TokenPair::queryToken, Explanation.TokenPair::listedToken)
        .contains(org.assertj.core.groups.Tuple.tuple("kim", "kim"), org.assertj.core.groups.Tuple.tuple("junior", null));
    assertThat(m.explanation().summary()).startsWith("name 'KIM, Sang Man'").contains("kim=kim 1.00").contains("-junior (query only)");
    assertThat(m.explanation().nameScore()).isEqualTo(m.score());
  }

  @Test
  void limitAndOrderAreHonoured() {
    List<Match> hits = ENGINE.screen(Query.name("Kim Sang Man"), 0.0001, 1);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).entity().sourceId()).isEqualTo("kim");
  }
}
