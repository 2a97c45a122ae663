package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.lists.DemoList;
import io.interdict.match.eval.BenchLists;
import io.interdict.match.eval.ScriptSplit;
import io.interdict.match.names.NameAnalyzer;
import io.interdict.match.names.Nicknames;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The candidate index must return exactly what a full scan with the same scorer returns: random
 * queries made by damaging listed names (typos, transpositions, dropped and doubled letters, word
 * order, joined words, dropped words, a word cut to its initial, a stray initial, given names swapped
 * for a nickname or full name) are screened both ways and compared hit for hit, score for score.
 * Uses a random part of the real SDN list when the shared data is present, else the demo list;
 * nicknames also against a list made of them.
 */
class IndexMatchesScanTest {
  private static final int QUERIES = 3_000;
  private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

  @Test
  void indexNeverMissesWhatAFullScanFinds() throws Exception {
    Random r = new Random(7);
    List<ListedEntity> list = entities(r);
    MatchEngine engine = MatchEngine.build(list);
    List<String> names = new ArrayList<>();
    list.forEach(e -> e.names().forEach(n -> names.add(n.value())));
    int hits = 0;
    for (int i = 0; i < QUERIES; i++) {
      String q = names.get(r.nextInt(names.size()));
      q = damage(r.nextInt(4) == 0 ? nicknames(q, r) : q, r);
      if (q.isBlank()) {
        continue;
      }
      double threshold = i % 3 == 0 ? 0.6 : MatchEngine.DEFAULT_THRESHOLD;
      List<String> viaIndex = keys(engine.screen(Query.name(q), threshold, 1000));
      List<String> viaScan = keys(engine.screenByScan(Query.name(q), threshold, 1000));
      assertThat(viaIndex).as("query '%s' at %.2f", q, threshold).isEqualTo(viaScan);
      hits += viaScan.size();
    }
    assertThat(hits).as("the damaged queries must find something").isGreaterThan(QUERIES / 2);
  }

  /**
   * Persons (and some organisations and names of unknown type) whose given names have nicknames,
   * queried with nicknames for full names and the reverse, typed as persons, organisations or not at
   * all: the index must look up every full name of a nickname and every nickname of a full name.
   */
  @Test
  void indexFindsNicknamesAndFullNamesLikeAFullScan() {
    String[] given = {"Theodore", "Edward", "Ted", "William", "Bill", "Robert", "Bob", "Richard", "Rick",
        "Aleksandr", "Alexander", "Sasha", "Vladimir", "Volodya", "Mikhail", "Misha", "Dmitriy", "Dima",
        "Elizabeth", "Liz", "Beth", "Giuseppe", "Beppe", "Josef", "Sepp", "Francisco", "Paco", "James",
        "Jim", "Katherine", "Kate", "Olaf", "Sang", "Nikolay", "Kolya", "Yaroslav", "Slava", "Stanislav"};
    String[] family = {"Doe", "Gates", "Ivanov", "Petrov", "Rossi", "Huber", "Garcia", "Smith", "Taylor",
        "Kuznetsov", "Scholz", "Brown", "Dow", "Ivanova", "Rossini", "Hubner"};
    Random r = new Random(11);
    List<ListedEntity> list = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      StringBuilder name = new StringBuilder(given[r.nextInt(given.length)]);
      if (r.nextInt(3) == 0) {
        name.append(' ').append(given[r.nextInt(given.length)]);
      }
      name.append(' ').append(family[r.nextInt(family.length)]);
      EntityType type = switch (r.nextInt(6)) {
        case 0 -> EntityType.ORGANIZATION;
        case 1 -> EntityType.ANY;
        default -> EntityType.PERSON;
      };
      if (type == EntityType.ORGANIZATION) {
        name.append(" Trading");
      }
      list.add(ListedEntity.builder("t", "n" + i, type).name(name.toString(), NameType.PRIMARY).build());
      names.add(name.toString());
    }
    MatchEngine engine = MatchEngine.build(list);
    EntityType[] types = {EntityType.ANY, EntityType.PERSON, EntityType.ORGANIZATION};
    int nicknameHits = 0;
    for (int i = 0; i < 1_500; i++) {
      String name = nicknames(names.get(r.nextInt(names.size())), r);
      String q = r.nextInt(3) == 0 ? damage(name, r) : name;
      Query query = new Query(null, q, types[r.nextInt(types.length)], null, null, null, null);
      double threshold = i % 3 == 0 ? 0.6 : MatchEngine.DEFAULT_THRESHOLD;
      List<Match> hits = engine.screen(query, threshold, 1000);
      assertThat(keys(hits)).as("query '%s' (%s) at %.2f", q, query.type(), threshold)
          .isEqualTo(keys(engine.screenByScan(query, threshold, 1000)));
      for (Match m : hits) {
        if (m.explanation().summary().contains(" is a nickname of ")) {
          nicknameHits++;
        }
      }
    }
    assertThat(nicknameHits).as("hits through a nickname").isGreaterThan(1_000);
  }

  /**
   * Names that carry initials (J. Smith, Kim J. U., M. Ali Hassan) or a lone digit on the list, on
   * the query or on both, against queries of full words, other initials, or the same: the candidate
   * bound counts an initial only where the other name has a word or initial it can pair with, and
   * must not drop a name the full scan finds.
   */
  @Test
  void indexFindsNamesWithInitialsLikeAFullScan() {
    String[] given = {"John", "Jane", "James", "Kim", "Ali", "Mohammed", "Maria", "Sang", "Jong", "Abdul", "Ivan"};
    String[] family = {"Smith", "Kim", "Hassan", "Ali", "Rossi", "Un", "Petrov", "Ahmed", "Jones"};
    Random r = new Random(13);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String name = initialled(given[r.nextInt(given.length)] + " " + given[r.nextInt(given.length)] + " "
          + family[r.nextInt(family.length)], r);
      if (r.nextInt(4) == 0) {
        // a lone letter or digit, which pairs with the same one: Brigade 3, Kim Jong U
        String lone = String.valueOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(r.nextInt(36)));
        name = r.nextBoolean() ? name + " " + lone : lone + " " + family[r.nextInt(family.length)];
      }
      names.add(name);
    }
    MatchEngine engine = MatchEngine.build(personsOrAny(names, r));
    int initialHits = 0;
    for (int i = 0; i < 1_500; i++) {
      String q = initialled(names.get(r.nextInt(names.size())).replace(".", ""), r);
      double threshold = i % 2 == 0 ? 0.6 : MatchEngine.DEFAULT_THRESHOLD;
      List<Match> hits = engine.screen(Query.name(q), threshold, 1000);
      assertThat(keys(hits)).as("query '%s' at %.2f", q, threshold)
          .isEqualTo(keys(engine.screenByScan(Query.name(q), threshold, 1000)));
      for (Match m : hits) {
        if (q.matches(".*\\b\\p{L}\\b.*") || m.matchedName().value().contains(".")) {
          initialHits++;
        }
      }
    }
    assertThat(initialHits).as("hits with an initial on one side").isGreaterThan(500);
  }

  /**
   * Names spelled in Arabic, Persian, Hebrew, Greek, Devanagari and Latin script, listed in one and
   * queried in another, damaged within their own script: the keys as abjad scripts write them
   * (skeletons from three letters, p as b, v as f or w, g as j, th and sh read as two letters: Taha,
   * Sahrawi) must find every name the full scan finds.
   */
  @Test
  void indexFindsCrossScriptSpellingsLikeAFullScan() {
    String[] given = {"Vladimir", "فلاديمير", "ولادیمیر", "ולדימיר", "Angela", "أنجيلا", "Bashar", "بشار", "Usama",
        "أسامة", "Hasan", "حسن", "Hussein", "حسين", "Ahmad", "أحمد", "אחמד", "Mahmoud", "محمود", "Fernando",
        "فرناندو", "Viktor", "فيكتور", "Dimitris", "Δημήτρης", "Mohan", "मोहन", "Ramzan", "رمضان", "Ayman", "أيمن",
        "Mohammed", "محمد", "Ali", "علي", "Umar", "عمر", "Saddam", "صدام", "Adel", "عادل", "Abdul Karim",
        "Abdulkarim", "عبدالكريم", "عبد الكريم", "Abd al-Rahman", "عبدالرحمن", "Nur al-Din", "نورالدين", "Saad",
        "سعد", "Gul", "گل", "Taha", "طه", "Suhail", "سهيل"};
    String[] family = {"Putin", "بوتين", "بوتن", "פוטין", "Merkel", "ميركل", "al-Assad", "الأسد", "bin Laden",
        "بن لادن", "Perez", "بيريز", "Bout", "بوت", "Ashraf", "اشرفی", "Ashrafi", "Hamidi", "حمیدی", "Safari", "ظفری",
        "Jaber", "الجابر", "Vasileiou", "Βασιλείου", "Bhagwat", "भागवत", "Husayni", "حسنی", "Gafur", "جعفر",
        "Mahdi", "مهدي", "Abbas", "عباس", "Tikriti", "التكريتي", "Sahrawi", "صحراوي"};
    Random r = new Random(17);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      names.add(given[r.nextInt(given.length)] + " " + family[r.nextInt(family.length)]);
    }
    MatchEngine engine = MatchEngine.build(personsOrAny(names, r));
    int crossScript = 0;
    int compounds = 0;
    for (int i = 0; i < 1_500; i++) {
      String q = r.nextBoolean() ? names.get(r.nextInt(names.size()))
          : given[r.nextInt(given.length)] + " " + family[r.nextInt(family.length)];
      q = r.nextInt(3) == 0 ? damageWithinScript(q, r) : q;
      double threshold = i % 2 == 0 ? 0.6 : MatchEngine.DEFAULT_THRESHOLD;
      List<Match> hits = engine.screen(Query.name(q), threshold, 1000);
      assertThat(keys(hits)).as("query '%s' at %.2f", q, threshold)
          .isEqualTo(keys(engine.screenByScan(Query.name(q), threshold, 1000)));
      for (Match m : hits) {
        String listed = m.matchedName().value();
        if (ScriptSplit.latinLetters(q) != ScriptSplit.latinLetters(listed)) {
          crossScript++;
          if (q.split(" ").length != listed.split(" ").length) {
            compounds++;
          }
        }
      }
    }
    assertThat(crossScript).as("hits between a Latin and another script").isGreaterThan(500);
    assertThat(compounds).as("of them, a compound written as one word on one side only").isGreaterThan(50);
  }

  /**
   * Korean names listed as the lists write them (McCune-Reischauer, voiced inside a given name:
   * {@code Myong Guk}) and queried in Revised Romanization, unvoiced, or in Hangul: the index must
   * find by {@link io.interdict.match.text.Syllables#key} every syllable a full scan pairs, which
   * neither the deletion index nor the phonetic keys reach in words of two to four letters.
   */
  @Test
  void indexFindsKoreanSyllablesInEveryRomanisationLikeAFullScan() {
    String[] family = {"Kim", "Ri", "Pak", "Choe", "Jong", "Han", "Ko", "김", "리", "박", "최"};
    String[][] syllables = {{"Myong", "Myeong", "명"}, {"Guk", "Kuk", "Gug", "국"}, {"Gon", "Kon", "Geon", "건"},
        {"Yo", "Yeo", "여"}, {"Sol", "Seol", "설"}, {"Pyong", "Byeong", "병"}, {"Tok", "Deok", "덕"},
        {"Chol", "Cheol", "철"}, {"Gil", "Kil", "길"}, {"Bom", "Pom", "Beom", "범"}, {"Tal", "Dal", "달"},
        {"Yon", "Yeon", "연"}, {"Un", "Eun", "은"}, {"Su", "수"}, {"Ho", "호"}};
    Random r = new Random(23);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      names.add(family[r.nextInt(7)] + " " + syllables[r.nextInt(syllables.length)][0] + " "
          + syllables[r.nextInt(syllables.length)][0]);
    }
    MatchEngine engine = MatchEngine.build(personsOrAny(names, r));
    int respelled = 0;
    for (int i = 0; i < 1_500; i++) {
      String[] a = syllables[r.nextInt(syllables.length)];
      String[] b = syllables[r.nextInt(syllables.length)];
      String q = family[r.nextInt(family.length)] + " " + a[r.nextInt(a.length)] + " " + b[r.nextInt(b.length)];
      double threshold = i % 2 == 0 ? 0.6 : MatchEngine.DEFAULT_THRESHOLD;
      List<Match> hits = engine.screen(Query.name(q), threshold, 1000);
      assertThat(keys(hits)).as("query '%s' at %.2f", q, threshold)
          .isEqualTo(keys(engine.screenByScan(Query.name(q), threshold, 1000)));
      for (Match m : hits) {
        if (m.score() >= MatchEngine.DEFAULT_THRESHOLD && m.explanation().summary().contains(" 0.85")) {
          respelled++;
        }
      }
    }
    assertThat(respelled).as("alerts through a syllable in another romanisation").isGreaterThan(300);
  }

  /** One listed entity per name, a person or of unknown type at random. */
  private static List<ListedEntity> personsOrAny(List<String> names, Random r) {
    List<ListedEntity> list = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      list.add(ListedEntity.builder("t", "n" + i, r.nextBoolean() ? EntityType.PERSON : EntityType.ANY)
          .name(names.get(i), NameType.PRIMARY).build());
    }
    return list;
  }

  /** One or two letters deleted, doubled or replaced by another letter of the same name. */
  private static String damageWithinScript(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    for (int i = 1 + r.nextInt(2); i > 0 && b.length() > 3; i--) {
      int p = r.nextInt(b.length());
      char other = s.charAt(r.nextInt(s.length()));
      switch (r.nextInt(3)) {
        case 0 -> b.deleteCharAt(p);
        case 1 -> b.insert(p, b.charAt(p));
        default -> b.setCharAt(p, other);
      }
    }
    return b.toString();
  }

  /** Cuts each word but the last, with probability 1/3, to its initial; sometimes adds a stray one. */
  private static String initialled(String name, Random r) {
    String[] words = name.split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = i < words.length - 1 && r.nextInt(3) == 0 ? words[i].charAt(0) + "." : words[i];
      out.append(out.length() == 0 ? "" : " ").append(w);
    }
    if (r.nextInt(6) == 0) {
      out.append(' ').append((char) ('A' + r.nextInt(26)));
    }
    return out.toString();
  }

  /**
   * Replaces each word that has nicknames or full names, with probability 1/2, by one of them
   * (canonical spelling).
   */
  static String nicknames(String name, Random r) {
    List<String> out = new ArrayList<>();
    for (String word : name.split(" ")) {
      String[] t = ANALYZER.analyze(word).tokens();
      List<String> related = t.length == 1 ? Nicknames.relatedTo(t[0]) : List.of();
      out.add(related.isEmpty() || r.nextBoolean() ? word : related.get(r.nextInt(related.size())));
    }
    return String.join(" ", out);
  }

  private static List<ListedEntity> entities(Random r) throws Exception {
    Path shared = Path.of("../shared");
    if (!Files.isDirectory(shared) || !BenchLists.available(shared)) {
      return DemoList.snapshot().entities();
    }
    List<ListedEntity> all = new ArrayList<>(BenchLists.sdnAndUn(shared));
    Collections.shuffle(all, r);
    return all.subList(0, 1_500);
  }

  private static List<String> keys(List<Match> hits) {
    List<String> out = new ArrayList<>();
    for (Match m : hits) {
      out.add(m.entity().key() + String.format(Locale.ROOT, "@%.9f", m.score()));
    }
    Collections.sort(out);
    return out;
  }

  static String damage(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    int edits = r.nextInt(4);
    for (int i = 0; i < edits && b.length() > 2; i++) {
      int p = r.nextInt(b.length());
      switch (r.nextInt(5)) {
        case 0 -> b.deleteCharAt(p);
        case 1 -> b.insert(p, (char) ('a' + r.nextInt(26)));
        case 2 -> b.setCharAt(p, (char) ('a' + r.nextInt(26)));
        case 3 -> b.insert(p, b.charAt(p));
        default -> {
          if (p + 1 < b.length()) {
            char c = b.charAt(p);
            b.setCharAt(p, b.charAt(p + 1));
            b.setCharAt(p + 1, c);
          }
        }
      }
    }
    List<String> words = new ArrayList<>(Arrays.asList(b.toString().split(" ")));
    switch (r.nextInt(7)) {
      case 0 -> Collections.reverse(words);
      case 1 -> {
        if (words.size() > 2) {
          words.remove(r.nextInt(words.size()));
        }
      }
      case 2 -> {
        if (words.size() > 1) {
          int k = r.nextInt(words.size() - 1);
          words.set(k, words.get(k) + words.remove(k + 1));
        }
      }
      case 3 -> {
        int k = r.nextInt(words.size());
        if (!words.get(k).isEmpty()) {
          words.set(k, words.get(k).substring(0, 1));
        }
      }
      case 4 -> words.add(r.nextInt(words.size() + 1), String.valueOf((char) ('a' + r.nextInt(26))));
      default -> { }
    }
    return String.join(" ", words);
  }
}
