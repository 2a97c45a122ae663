package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameAnalyzerTest {
  private static final NameAnalyzer A = NameAnalyzer.standard();

  private static String canonical(String s) {
    return A.analyze(s).canonical();
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', value = {
    "Serei Lavrov|Sergei Lavrov", "Serej Lavrov|Sergej Lavrov",   // an inner letter dropped
    "Siemens Aktiengesellschaft|Siemens AG",
    "OOO Oboronnye Initsiativy|Limited Liability Company Oboronnye Initsiativy",
    "ООО \"БАЙКАЛ\"|Obshchestvo s ogranichennoy otvetstvennostyu Baykal",
    "Hon Hai Precision Industry Co., Ltd.|Hon Hai Precision Industry Company Limited",
    "Grupo Bimbo S.A.B. de C.V.|Grupo Bimbo SAB de CV",
    "Kim Jong Un|Gim Jeong Eun",
    "Muammar Mohamemd Qadhafi|Muammar Mohammed Qadhafi",   // one slip from a table spelling
    "Ommar Hassine|Omar Hassine",
    "Han Yyu Ro|Han Yu Ro",                  // a held key in a short table word
    "Salah Eddine Gassmi|Salah Eddine Gasmi",
    "Abudl Bari|Abdul Bari",
    "Siemens Aktiengeselschaft|Siemens AG",
    "Ri Il Nam|Lee Il Nam",
    "Pak Pong Ju|Park Pong Ju",
    "Choe Ryong Hae|Choi Ryong Hae",
    "Mohammed Qasim|Muhammad Kassem",
    "Husayn Yusuf|Hussein Youssef",
    "Yevgeniy Prigozhin|Evgeny Prigozhin",
    "Evgenii Prigozhin|Yevgeniy Prigozhin",
    "Aleksandr Lukashenko|Alexander Lukashenko",
    "Ivan Markovits|Ivan Markovich",          // ts for the ch of -ovich, as Greek and Hungarian write it
    "Abdul Aziz|Abd al-Aziz",
    "Shaikh Isa Bin Tarif|Isa Ibn Tarif",
    "MV Hellenic Spirit|Hellenic Spirit",
    "First International Bank|1st International Bank",
    "İSTANBUL|Istanbul",
  })
  void equivalentSpellingsAnalyseAlike(String a, String b) {
    assertThat(canonical(a)).isEqualTo(canonical(b));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource(delimiter = '|', value = {
    "Cheng|Cheong",          // a Chinese name of its own, not the Korean Cheong short of a letter
    "Ergei|Sergei",          // a dropped first letter is not forgiven
    "Serge|Sergei",          // nor a dropped last letter
    "Maria|Marian",
    "All|Al",                // a doubled letter does not make a particle of an English word
    "Tsai Ing-wen|Tsai Wen", // Ing is a syllable, not the engineer's title
  })
  void differentSpellingsStayApart(String a, String b) {
    assertThat(canonical(a)).isNotEqualTo(canonical(b));
  }

  @ParameterizedTest(name = "kinds of {0}")
  @CsvSource(delimiter = '|', value = {
    "Siemens AG|0 2",
    "Usama bin Laden|0 1 0",
    "Tariq Anwar el Sayed|0 0 1 0",          // a title after al- is a family name
    "Sayed Tariq Anwar|0 0",                 // before the name it is a title
    "Hans J Friedrich|0 4 0",
    "Zag Bong 6|0 0 5",
    "Saudi Arabian Oil Company|7 0 0 3",     // Saudi names the country it sits in
    "彬 李|0 0",          // Han: Bin is a given name, not the particle
    "HE, Yi|0 0",         // He is a family name, not the title H.E.
    "Deutsche Bank (Schweiz) AG|0 3 6 2",
    "SANTOS, Ahmad (Ahmed)|0 0 0",   // a word also outside the parentheses is no qualifier
    "Faberlic Europe Sp. z o.o.|0 7 2",       // a place in an organisation's name
    "Sberbank of Russia PJSC|0 7 2",
    "Bank of China|3 0",                      // the only name word stays a name
    "Jordan Israel|0 0",                      // no organisation: given names and surnames
    "Brigade Forty-Four|0 5",
    "Tactical Missiles Corporation Joint Stock Compan|0 0 2 2",   // a payment field cut the legal form
    "Ivan Marin|0 0",                                             // not the class word marine
    "Marie Curie|0 0",                                            // nor is Marie, one letter short of it
    "Acme Comany|0 3",                                            // a long class word short of a letter
    "Tactical Missiles Corporation Joynt Stock Company|0 0 2 2",  // one misspelt word in a long phrase
    "Tactical Missiles Corporation Joynt Stock|0 0 2 0 0",        // two words do not vouch for it
    "Usama bin Muhammad bin Awad bin Ladin|0 1 0 1 8 1 0",        // a grandfather in the chain
    "Muhammad bin Salman|0 1 0",
    "Nantahala Capital Offshore Fund I, Ltd.|0 0 0 0 5 2",       // a lone I ending an organisation: fund no. 1
    "Blackstone Partners V L.P.|0 0 5 2",
    "Bain Capital Fund XI L.P.|0 0 0 5 2",                        // XI, elsewhere the family name Xi
    "Acme Holdings A B Ltd|0 3 4 4 2",                            // two letters are initials
    "Malcolm X|0 4",                                              // no organisation: an initial
    "JC Juncker|4 4 0",                                           // initials written together
    "Ng Kim Lan|0 0 0",                                           // Ng is a family name
    "BNP Paribas SA|0 0 2",                                       // in an organisation, an acronym
  })
  void tokensCarryTheirKind(String name, String kinds) {
    byte[] k = A.analyze(name).kinds();
    StringBuilder sb = new StringBuilder();
    for (byte b : k) {
      sb.append(sb.length() == 0 ? "" : " ").append(b);
    }
    assertThat(sb.toString()).isEqualTo(kinds);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "MOHAMMADHASNI|muhammadhasni",   // a known name starting a word written as one
    "Mohamedali|muhammadali",
    "Muhammadhasni|muhammadhasni",   // already canonical
    "Mohammed|muhammad",             // the whole word is the table's
    "Mohamedov|mohamedov",           // a tail shorter than three letters stays
    "ABDULKARIM|abdalkarim",         // a phrase of particles, as Abdul Karim reads abd al karim
    "Abdelkader|abdalkader",
    "Abdalkarim|abdalkarim",
    "Abdullah|abdallah",             // a table word stays whole
    "Abdulaziz|abdulaziz",
  })
  void aWordStartingWithAKnownNameTakesItsCanonicalStart(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Maria la Cruz|maria de cruz",          // a Romance particle in a Latin name
    "لا لا آخوند|la la akhwnd",              // the same letters from Arabic script are a name
    "محمد بن علي|mhmd bin ali",              // while the particles of Arabic names stay particles
    "عبد الله|abd allah",
  })
  void onlySemiticParticlesAreParticlesInArabicScript(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Jalaluddin|jalalaldin",         // the article after the case vowel, assimilated to the d
    "Jalal ud-Din|jalal al din",     // the same written apart; joined, the two meet
    "Noureddine|nouraldin",
    "Jallaloudine|jallalaldin",      // the UN's spelling for Jalal al-Din (TAi.144), one d
    "Nour Eddine|nour aldin",        // written apart, the element alone: joined, the two meet
    "Fakhriddin|fakhraldin",
    "Nuriddinov|nuraldinov",         // inside a word too
    "Habibullah|habiballah",         // Allah after the case vowel
    "Ruhollah|ruhallah",
    "Habib Ullah|habib allah",
    "Ziaurrehman|ziaalrehman",       // the article assimilated to the r
    "Zia ur Rehman|zia al rehman",
    "Abdurrahman|abdalrahman",       // abd al before a sun letter
    "Abdus Salam|abd al salam",
    "Abderrahmane|abdalrahmane",
    "Abdullah|abdallah",             // a table word stays whole
    "Reddington|reddington",         // fewer than three letters before the element
    "نورالدين|nwraldyn",             // romanised from Arabic script: the article as written
  })
  void anArabicCompoundJoinedInLatinTakesItsCanonicalSecondElement(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "مصطفى حجي محمد خان|mstfy mhmd khan",       // Hajji, as the Latin name drops it
    "قاري سيف الله|syf allah",                  // Qari
    "Mustafa Hajji Muhammad Khan|mustafa muhammad khan",
    "سعيد باهاجى|syd bahajy",                   // Said: romanised like Sayyid, and no title
    "سعد الدين سيد|sd al dyn syd",              // Sayyid, a family name here
  })
  void aTitleWrittenInArabicScriptIsDroppedAsItIsInLatin(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "سعد الحربي|true false true",    // Sa'd: two letters, read as a skeleton in Arabic script
    "יעל כהן|false true",            // Yael: not in Hebrew, where two consonants meet too much
    "Saad Harbi|",                   // Latin: no skeletons at all
  })
  void wordsRomanisedAsWrittenFromAnAbjadScriptAreMarked(String in, String marks) {
    boolean[] sk = A.analyze(in).skeletons();
    if (marks == null) {
      assertThat(sk).isNull();
      return;
    }
    String[] m = marks.split(" ");
    assertThat(sk).hasSize(m.length);
    for (int i = 0; i < m.length; i++) {
      assertThat(sk[i]).as("word %d of %s", i, in).isEqualTo(Boolean.parseBoolean(m[i]));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Ahsan|hasan",                   // a Latin word one typing slip from a table spelling takes it
    "احسان|ahsan",                   // a word romanised from Arabic script is no typing slip: Ehsan
    "Mohamemd|muhammad",
  })
  void onlyLatinWordsAreReadAsTypingSlips(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Hamad|hamad",                   // one slip from Ahmad, and another name
    "Hamdi|hamdi",
    "Hamdy|hamdi",
    "Nasri|nasri",
    "Sadi|saadi",
    "Hasna|hasna",
  })
  void aNameOneSlipFromAnotherNameStaysItself(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Kim In Ho|kim in ho",          // In, On, To are syllables in a name made of syllables
    "Kim Jong On|kim jong on",
    "Bank of China|bank china",     // elsewhere stop words go
    "Kim of Seoul|kim seoul",
    "Putyin elnök|putin",           // a word longer than one syllable keeps its reading: a title
  })
  void stopWordsAreSyllablesInANameMadeOfSyllables(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "'PAO, Yu Yi'|pao ryu ri",        // Pao is a family name, not the Russian PJSC
    "Ao Wei|ao wei",
    "敖伟|ao wei",                     // 敖 romanises to Ao
    "Sa Ho|sa ho",
    "Ao Gazprom|jsc gazprom",          // elsewhere a legal form
    "Kim As|kim jsc",                  // as is no syllable: one word of a Latin name reads as ever
    "Zhongguo Youxian Gongsi|zhongguo ltd",   // a legal form of two syllables stays one
  })
  void aOneWordLegalFormIsASyllableInANameMadeOfSyllables(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "김보라|kim po ra",                // 라 is Ra, not the Romance particle la
    "김다현|kim ta hyon",              // 다 is Ta, not da
    "达 李|da ri",                     // 达 is Da
    "迪 王|di wang",                   // 迪 is Di
    "彬 李|bin ri",                    // 彬 is Bin, not the Arabic son of
    "Diego de la Vega|diego de vega",  // in Latin they are particles as ever
  })
  void aParticleAloneIsASyllableInHanAndHangul(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "only titles: {0}")
  @CsvSource(delimiter = '|', value = {"The President|the president", "Mr|mr"})
  void aNameMadeOnlyOfTitlesKeepsThem(String in, String out) {
    assertThat(canonical(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "empty: [{0}]")
  @CsvSource(delimiter = '|', value = {"''", "'  '", "'---'"})
  void emptyNamesHaveNoTokens(String in) {
    assertThat(A.analyze(in).isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "symbols of {0}")
  @CsvSource(delimiter = '|', value = {"习近平|3", "김정은|3", "Putin|-1"})
  void symbolicScriptsKeepTheirSymbols(String in, int count) {
    String[] s = A.analyze(in).symbols();
    assertThat(s == null ? -1 : s.length).isEqualTo(count);
  }
}
