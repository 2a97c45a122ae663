package io.interdict.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import io.interdict.match.eval.PersonRow;
import io.interdict.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ICU-free paths of {@link Transliteration} give exactly what the ICU chains give. */
class TransliterationTest {
  /** ASCII neighbours that matter to the ICU rules: letters, digits, separators. */
  private static final String ASCII = "az09 -.'";

  private static List<Character> tableLetters() {
    List<Character> out = new ArrayList<>();
    for (char c = 0x80; c < 0x2100; c++) {
      if (Transliteration.LatinLetters.lookup(c) != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The folded names of yente's clean-name sets, in every script (skips the test when absent). */
  private static List<String> foldedCleanNames() throws Exception {
    List<String> out = new ArrayList<>();
    for (String f : new String[] {"eval/yente/negatives_global.csv", "eval/yente/negatives_us.csv"}) {
      for (PersonRow r : PersonRow.read(SharedData.require(f))) {
        out.add(Fold.apply(r.fullName()));
      }
    }
    return out;
  }

  private static String icu(String folded) {
    String out = Transliteration.apply(0, folded);
    return Transliteration.isAscii(out) ? out : Transliteration.apply(0, out);
  }

  @Test
  void tableCoversTheCommonLatinLettersWithAsciiOrUnchangedOutputs() {
    List<Character> letters = tableLetters();
    assertThat(letters).contains('é', 'ñ', 'ß', 'ø', 'ł', 'đ', 'ı', 'ễ', 'ř', 'ş', 'ʿ', '’');
    for (char c : letters) {
      String out = Transliteration.LatinLetters.lookup(c);
      assertThat(Transliteration.isAscii(out) || out.equals(String.valueOf(c))).as("%c -> %s", c, out).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "soňa kolář|sona kolar", "straße|strasse", "søren|soren", "łukasz|lukasz", "nguyễn văn|nguyen van",
    "đorđević|dordevic", "ıspanak|ispanak", "josé-maría d'ávila|jose-maria d'avila",
    "nicola\u0301s|nicolas", "ḥsy\u0330n ʿly|hsyn ʿly", "o’brien|o'brien",
  })
  void latinNamesAreRomanisedLetterByLetter(String folded, String out) {
    assertThat(Transliteration.withoutRuleEngine(folded, UScript.LATIN)).isEqualTo(out);
    assertThat(icu(folded)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "лукашэнка|CYRILLIC|lukashenka",    // no middle dot between sh and e, which would split the word
    "тсой|CYRILLIC|tsoy",
    "вучић|CYRILLIC|vucic",             // Serbian keeps its Latin letters, folded as the lists do
    "փաշինյան|ARMENIAN|p'ashinyan",     // Armenian's š as sh
    "ჟორჟ|GEORGIAN|zhorzh",
  })
  void otherScriptsAreRomanisedAsTheListsSpellThem(String folded, String script, String out) {
    assertThat(Transliteration.toAscii(folded, UScript.getCodeFromName(script))).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} needs ICU")
  @CsvSource(delimiter = '|', value = {
    "\u0301abc",      // a combining mark with no letter before it
    "a \u0301b",      // a combining mark after a space
    "ivan иванов",    // another script inside a Latin name
    "ʒaʒa",           // a Latin letter outside the table
  })
  void stringsOutsideTheTableGoThroughIcu(String folded) {
    assertThat(Transliteration.withoutRuleEngine(folded, UScript.LATIN)).isNull();
  }

  @Test
  void everyTableLetterNextToEveryKindOfNeighbourGivesWhatIcuGives() {
    List<Character> letters = tableLetters();
    List<String> neighbours = new ArrayList<>();
    for (char c : (ASCII + "éßøễʿ’\u0301\u0330").toCharArray()) {
      neighbours.add(String.valueOf(c));
    }
    int fast = 0;
    for (char c : letters) {
      for (String n : neighbours) {
        for (String s : new String[] {c + n, n + c, n + c + n}) {
          String out = Transliteration.withoutRuleEngine(s, UScript.LATIN);
          if (out != null) {
            assertThat(out).as(s).isEqualTo(icu(s));
            fast++;
          }
        }
      }
    }
    assertThat(fast).isGreaterThan(letters.size() * neighbours.size() * 2);
  }

  @Test
  void randomStringsOfTableLettersAndAsciiGiveWhatIcuGives() {
    List<Character> letters = tableLetters();
    Random rnd = new Random(7);
    int fast = 0;
    for (int k = 0; k < 5_000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + rnd.nextInt(16);
      for (int i = 0; i < len; i++) {
        int pick = rnd.nextInt(9);
        sb.append(pick < 4 ? ASCII.charAt(rnd.nextInt(ASCII.length()))
            : pick < 8 ? letters.get(rnd.nextInt(letters.size())) : (char) (0x0300 + rnd.nextInt(0x70)));
      }
      String s = sb.toString();
      String out = Transliteration.withoutRuleEngine(s, UScript.LATIN);
      if (out != null) {
        assertThat(out).as(s).isEqualTo(icu(s));
        fast++;
      }
    }
    assertThat(fast).isGreaterThan(2_500);
  }

  @Test
  void latinNamesOfTheCleanNameSetGiveWhatIcuGives() throws Exception {
    int checked = 0;
    for (String folded : foldedCleanNames()) {
      String fast = Transliteration.withoutRuleEngine(folded, Scripts.dominant(folded));
      if (fast != null && !Transliteration.isAscii(folded)) {
        assertThat(fast).as(folded).isEqualTo(icu(folded));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"习近平|xi jin ping", "东京都|dong jing dou", "李|li"})
  void hanWordsAreRomanisedIdeographByIdeograph(String word, String out) {
    assertThat(Transliteration.HanLetters.word(word)).isEqualTo(out);
    assertThat(Transliteration.apply(2, word)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"重庆|chong qing", "藏文|zang wen", "秘鲁|bi lu", "〇〇|lingling"})
  void contextualReadingsAndNonLettersGoThroughIcu(String word, String out) {
    assertThat(Transliteration.HanLetters.syllable(word.charAt(0))).isNull();
    assertThat(Transliteration.HanLetters.word(word)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"文|wen", "庆|qing", "鲁|lu", "文学|wen xue"})
  void theContextOfAContextualReadingKeepsItsOwnReading(String word, String out) {
    assertThat(Transliteration.HanLetters.syllable(word.charAt(0))).isNotNull();
    assertThat(Transliteration.HanLetters.word(word)).isEqualTo(out).isEqualTo(Transliteration.apply(2, word));
  }

  @Test
  void randomHanWordsGiveWhatIcuGives() {
    Random rnd = new Random(11);
    for (int k = 0; k < 2_000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + rnd.nextInt(4);
      for (int i = 0; i < len; i++) {
        // mostly common ideographs (where names are written), some from the whole covered range
        sb.append((char) (rnd.nextInt(4) > 0 ? 0x4E00 + rnd.nextInt(0x5200) : 0x3400 + rnd.nextInt(0x9FFF - 0x3400 + 1)));
      }
      String w = sb.toString();
      assertThat(Transliteration.HanLetters.word(w)).as(w).isEqualTo(Transliteration.apply(2, w));
    }
  }

  @Test
  void hanNamesOfTheCleanNameSetGiveWhatIcuGives() throws Exception {
    int checked = 0;
    for (String folded : foldedCleanNames()) {
      if (Scripts.dominant(folded) == UScript.HAN) {
        for (String w : folded.split("[\\s\\p{Punct}·・]+")) {
          if (!w.isEmpty()) {
            assertThat(Transliteration.HanLetters.word(w)).as(w).isEqualTo(Transliteration.apply(2, w));
          }
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5_000);
  }

  @Test
  void namesInEveryScriptOfTheCleanNameSetGiveWhatTheWholeIcuChainsGive() throws Exception {
    com.ibm.icu.text.Transliterator generic = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");
    com.ibm.icu.text.Transliterator cyrillic =
        com.ibm.icu.text.Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    int checked = 0;
    for (String folded : foldedCleanNames()) {
      int script = Scripts.dominant(folded);
      if (Transliteration.isAscii(folded) || script == UScript.HAN || script == UScript.HANGUL) {
        continue; // ASCII is left alone; Han and Hangul have their own tests
      }
      if (script == UScript.CYRILLIC && folded.matches(".*[ћђџљњјѓќѕ].*")) {
        continue; // Serbian and Macedonian have their own chains, tested below
      }
      if (script == UScript.GREEK || Hunterian.indic(script)) {
        continue; // modern Greek and Hunterian spellings: their own chains, tested in TextStagesTest
      }
      String whole = (script == UScript.CYRILLIC ? cyrillic : generic).transliterate(folded);
      if (!Transliteration.isAscii(whole)) {
        whole = generic.transliterate(whole);
      }
      assertThat(Transliteration.toAscii(folded, script)).as(folded).isEqualTo(whole);
      checked++;
    }
    assertThat(checked).isGreaterThan(20_000);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "александар вучић|aleksandar vucic",     // Serbian: ћ and the Serbian rules for the other letters
    "новак ђоковић|novak dokovic",
    "јован|jovan",
    "ѓорге иванов|gorge ivanov",             // Macedonian: BGN writes ѓ as ǵ
    "христијан мицкоски|hristijan mickoski",  // ј alone reads as Serbian, which spells these alike
    "александр вучич|aleksandr vuchich",     // no such letter: Russian BGN/PCGN
  })
  void serbianAndMacedonianCyrillicUseTheirOwnRomanisation(String folded, String out) {
    assertThat(Transliteration.toAscii(folded, UScript.CYRILLIC)).isEqualTo(out);
  }

  @Test
  void chainsSharedByConcurrentThreadsGiveWhatOneThreadGives() throws Exception {
    String[] names = {"حسين موسوي", "रजनीकांत इला अहलूवालिया", "บุญนพ นักรบ", "Евгений Юрьевич", "Κυριάκος",
        "לארה נור", "ウラジーミル・プーチン", "重庆", "김정은", "Soňa Kolář", "nicola\u0301s"};
    String[] expected = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      String f = Fold.apply(names[i]);
      expected[i] = Transliteration.toAscii(f, Scripts.dominant(f));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        runs.add(pool.submit(() -> {
          Random rnd = new Random(seed);
          int wrong = 0;
          for (int k = 0; k < 3_000; k++) {
            int i = rnd.nextInt(names.length);
            String f = Fold.apply(names[i]);
            if (!Transliteration.toAscii(f, Scripts.dominant(f)).equals(expected[i])) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      for (java.util.concurrent.Future<Integer> r : runs) {
        assertThat(r.get()).isZero();
      }
    } finally {
      pool.shutdown();
    }
  }
}
