package io.interdict.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextStagesTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({"abdul,abudl,true", "omar,ommar,true", "mohammed,mohamemd,true", "son,sson,true",
      "omar,omer,false", "omar,omarr,true", "ab,ba,true", "a,aa,false", "abc,acbd,false"})
  void slipsAreSwapsAndDoubledLetters(String a, String b, boolean slip) {
    assertThat(Slips.isSlip(a, b)).isEqualTo(slip);
    assertThat(Slips.variants(a).contains(b)).isEqualTo(slip);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"ii,2", "iii,3", "iv,4", "vii,7", "viii,8", "xiv,14", "xx,20", "xxxix,39",
      "xi,xi", "vi,vi", "i,i", "v,v", "iiii,iiii", "vx,vx", "ivan,ivan", "xiv2,xiv2"})
  void romanNumeralsBecomeDigits(String in, String out) {
    assertThat(RomanNumerals.toArabic(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} syllabic: {1}")
  @CsvSource({"li,true", "yi,true", "jin,true", "zhiyong,true", "guihua,true", "chol,true", "kyong,true",
      "hyok,true", "zhang,true", "ryu,true", "choudary,false", "mohammad,false", "umar,false",
      "dost,false", "haqqani,false", "smith,false", "ali,true"})
  void eastAsianSyllablesAreRecognisedByShape(String token, boolean syllabic) {
    assertThat(Syllables.eastAsian(token)).isEqualTo(syllabic);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "brigade forty four|brigade 44", "brigade forty 4|brigade 44", "brigade fourty four|brigade 44",
    "three percenters|3 percenters", "twenty first century|21 century", "one hundred and ten|110",
    "two thousand|2000", "two thousand and five|2000 and 5", "nineteen eighty four|19 84",
    "one hundred ten brigade|110 brigade", "forty|40", "seventh fleet|7 fleet", "hundred flowers|hundred flowers",
    "thousand islands|thousand islands", "forty zero|40 0", "the one and only|the 1 and only",
    "brigade 44|brigade 44", "|", "onesimus|onesimus",
  })
  void numberWordsBecomeDigits(String in, String out) {
    List<String> tokens = in == null ? List.of() : List.of(in.split(" "));
    assertThat(String.join(" ", NumberWords.toDigits(tokens))).isEqualTo(out == null ? "" : out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "SergeiLavrov|Sergei Lavrov", "SiemensAG|Siemens AG", "McDonald|McDonald", "MacArthur|Mac Arthur",
    "KIM Sang Man|KIM Sang Man", "iPhone|iPhone", "Volkswagen GmbH|Volkswagen GmbH", "|", "ÉmileZola|Émile Zola", "Kim Sang-Man|Kim Sang-Man",
  })
  void camelCaseWordsAreSeparated(String in, String out) {
    assertThat(CamelCase.split(in)).isEqualTo(out == null ? "" : out);
  }

  @ParameterizedTest(name = "fold({0}) = {1}")
  @CsvSource(delimiter = '|', value = {
    "KIM Sang Man|kim sang man",
    "ＫＩＭ|kim",               // full-width letters (NFKC)
    "Straße|strasse",           // full case folding
    "ﬁrst|first",               // ligature
  })
  void foldNormalisesCompatibilityFormsAndCase(String in, String out) {
    assertThat(Fold.apply(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "script of {0}")
  @CsvSource(delimiter = '|', value = {
    "Vladimir Putin|LATIN", "Владимир Путин|CYRILLIC", "习近平|HAN", "김정은|HANGUL",
    "محمد بن سلمان|ARABIC", "ウラジーミル・プーチン|KATAKANA", "Κυριάκος|GREEK", "12 34|LATIN",
  })
  void dominantScriptIsDetected(String in, String script) {
    assertThat(UScript.getName(Scripts.dominant(Fold.apply(in)))).isEqualToIgnoringCase(script);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Евгений Юрьевич|yevgeniy yur'yevich",   // BGN/PCGN, as OFAC spells it
    "习近平|xi jinping",                      // pinyin, given-name syllables joined
    "贝拉克·奥巴马|beilake aobama",            // a foreign name in Han: each part joined whole
    "伊力哈木・土赫提|yilihamu tuheti",          // the same with a katakana middle dot
    "习近平 李|xi jinping li",                  // a space is no middle dot
    "Κυριάκος Μητσοτάκης|kyriakos mitsotakis", // modern Greek, as Greek passports spell it
    "Δημήτρης Βασίλειος|dimitris vasileios",
    "Ευάγγελος Μπαλτάς|evangelos baltas",      // ευ before a vowel, μπ at the start of a word
    "मोहन भागवत|mohan bhagavat",             // Hindi leaves a word's last a unsaid
    "नरेन्द्र मोदी|narendra modi",             // but not after a cluster
    "कृष्ण|krishna",                         // ṣ as sh, r̥ as ri
    "चन्द्रशेखर आज़ाद|chandrashekhar azad",    // c as ch, ś as sh
    "छगन|chhagan",                           // ch as chh
    "आनन्द विजय|anand vijay",                 // a nasal before the last consonant is no cluster
    "ਅਮਰਿੰਦਰ ਸਿੰਘ|amarindar singh",           // Gurmukhi's tippi read as the n it is
    "মুহাম্মদ ইউনূস|muham'mad i'unus",         // Bengali drops it too (ICU's apostrophes go in tokenizing)
    "हसीना|hasina",                          // a long a stays
    "ഉമ്മൻ ചാണ്ടി|um'man chanti",              // Malayalam keeps its vowels; c as ch
    "न|na",                                  // a one-letter word keeps its vowel
    "nicolás|nicolas",                       // accents dropped
    "nicola\u0301s|nicolas",                 // decomposed accent
  })
  void romanisationFollowsListConventions(String in, String out) {
    String f = Fold.apply(in);
    assertThat(Transliteration.toAscii(f, Scripts.dominant(f)).strip()).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "بشار الأسد|بشار ال أسد",       // the article written apart, as al-Assad
    "الجابر|ال جابر",
    "عبد الله|عبد الله",            // Allah keeps it
    "نصر الله|نصر الله",
    "ال|ال",                        // the article alone
    "الب|الب",                      // one letter after it is no word
    "جمال|جمال",                    // ال inside a word is no article
    "Al Jaber|Al Jaber",
  })
  void theArabicArticleIsWrittenApart(String in, String out) {
    assertThat(ArabicArticle.split(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "أسامة|أسامه", "فاطمة بنت|فاطمه بنت", "حمزة-علي|حمزه-علي",   // word-final, said -a or -ah
    "ةا|ةا",                                                        // inside a word it stays
    "Usama|Usama",
  })
  void aFinalTaMarbutaIsReadAsH(String in, String out) {
    assertThat(TaMarbuta.apply(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "الدّين|الدين",            // shadda
    "مُحَمَّد|محمد",           // short vowels and shadda
    "عليٌّ|علي",              // nunation
    "الرحمٰن|الرحمن",          // superscript alif
    "محمـــد|محمد",           // tatweel
    "محمد|محمد", "Müller|Müller",
  })
  void arabicVowelMarksAndTatweelAreRemoved(String in, String out) {
    assertThat(Harakat.strip(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "pʻašinyan|pʻashinyan", "kʻočʻaryan|kʻochʻaryan", "žirayr|zhirayr", "nikol|nikol", "''|''"})
  void hacekLettersAreSpeltAsDigraphs(String in, String out) {
    assertThat(Hacek.spell(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "אריאל שרון|aריaל shרון",       // aleph as the vowel it carries, shin as sh
    "יצחק כץ|יtzחק כtz",            // tsade as tz, also in its final form
    "עמנואל|aמנוaל",                // ayin at the start of a word as a vowel,
    "שמעון|shמעון",                 // elsewhere left to ICU,
    "יַעֲקֹב|יַעֲקֹב",                   // also after a letter's vowel point
    "שָׂרָה|sָרָה",                  // a sin dot: s
    "שָׁרוֹן|shָרוֹן",                // a shin dot: sh, the vowel points stay
    "רבין|רבין",
  })
  void hebrewLettersIcuLosesAreSpeltFirst(String in, String out) {
    assertThat(HebrewLetters.apply(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "الطاھر|الطاهر",          // Arabic typed on an Urdu keyboard
    "چودھری|چودهری",          // Urdu aspiration, written h in Latin
    "طاهر|طاهر",
  })
  void theTwoEyedHehIsReadAsH(String in, String out) {
    assertThat(TwoEyedHeh.apply(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "ντόναλντ|dόναλnd",        // at the start of a word d, inside nd
    "μπαράκ ομπάμα|bαράκ οmbάμα",
    "άγκυρα|άngυρα",            // inside ng after a vowel,
    "άνγκελα|άνgελα",           // g after a consonant: Angela, Georg
    "γκέοργκ|gέορg",
    "βλαντίμιρ-ντ|βλαndίμιρ-d", // a hyphen starts a word
    "νίκος δένδιας|νίκος δένδιας",
    "''|''",
  })
  void greekVoicedStopsWrittenWithTwoLettersAreSpeltAsStops(String in, String out) {
    assertThat(GreekStops.apply(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "رضا رضایی|رزا رزایی", "فضل الله کریمی|فزل الله کریمی",   // a Persian letter (ی, ک): z as Persian says it
    "ذاکر|زاکر", "ثروت پور|سروت پور",
    "رضا|رضا", "فضل الله|فضل الله",                           // none: read as Arabic (Rida, Fadl)
    "Reza|Reza",
  })
  void persianNamesSayDhadZaAndDhalAsZ(String in, String out) {
    assertThat(PersianZ.apply(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "فضل رحيم|فزل رحيم", "عبد الحق وثيق|عبد الحق وسيق",     // only Arabic letters: the Persian reading
    "كاظم|كازم;كاذم",                                       // and for ظ, the dh of Iraqi speech too
    "ﻓﻀﻞ|فزل",                                              // from presentation forms too
    "فضل الله کریمی|", "محمد علي|", "Fazal|", "|",            // a Persian letter, no such letter, Latin: none
  })
  void aNameWithOnlyArabicLettersHasOtherReadings(String in, String out) {
    assertThat(PersianZ.alternatives(in)).isEqualTo(out == null ? List.of() : List.of(out.split(";")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "علي|الي", "عباس|اباس", "عمر البشير|امر البشير",   // a word-initial ayn is the vowel Latin writes
    "عادل|ادل",                                       // before an alif, that alif alone
    "جعفر|جعفر", "ع|ع",                               // inside a word, or alone, it stays
    "Ali|Ali",
  })
  void anInitialAynIsReadAsTheVowelItCarries(String in, String out) {
    assertThat(InitialAyn.apply(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} (abjad script: {1}): {2}")
  @CsvSource({
    "klyntwn,true,true", "fladymyr,true,true", "sdam,true,true",   // romanised from the script
    "bashar,true,true", "ahmad,true,true",
    "klyntwn,false,true", "mhmd,false,true",                       // Latin without a vowel letter
    "bashar,false,false", "maryam,false,false", "stan,false,false", // Latin with vowels, whatever its shape
    "sdam,false,false", "vladimir,false,false",
  })
  void abjadWordsAreThoseOfTheScriptOrWithoutVowels(String token, boolean fromScript, boolean abjad) {
    assertThat(Phonetic.abjadWord(token, fromScript)).isEqualTo(abjad);
  }

  @ParameterizedTest(name = "hangul {0}")
  @CsvSource(delimiter = '|', value = {"김정은|kim jong un", "박|pak", "이영길|yi yong kil", "김 여정|kim yo jong"})
  void hangulIsRomanisedSyllableBySyllable(String in, String out) {
    String f = Fold.apply(in);
    assertThat(Tokenizer.tokens(Transliteration.toAscii(f, Scripts.dominant(f)))).containsExactly(out.split(" "));
  }

  @ParameterizedTest(name = "tokens({0})")
  @CsvSource(delimiter = '|', value = {
    "Sang-man|sang man",
    "KIM, Sang Man|kim sang man",
    "Hamgyo'ng|hamgyong",
    "Al-Qa'ida|al qaida",
    "Deutsche Bank's AG|deutsche bank ag",
    "S.A. de C.V.|sa de cv",
    "A.B.C. Company|abc company",
    "William W. Frost|william w frost",
    "110th Brigade|110 brigade",
    "Ig0r Sech1n|igor sechin",
    "Zu Zag Bong 6|zu zag bong 6",
    "11,420.2-1 CORP.|11 420 2 1 corp",
    "Mus?ab Omar|musab omar",
    "Who? Omar|who omar",
  })
  void tokenizerFoldsPunctuation(String in, String out) {
    assertThat(Tokenizer.tokens(Fold.apply(in))).containsExactly(out.split(" "));
  }

  @ParameterizedTest(name = "tokens({0}) empty")
  @CsvSource(delimiter = '|', value = {"''", "' - , .'", "'\u0301'"})
  void emptyAndPunctuationOnlyGiveNoTokens(String in) {
    assertThat(Tokenizer.tokens(Fold.apply(in))).isEqualTo(List.of());
  }

  @ParameterizedTest(name = "without repeats {0} = {1}")
  @CsvSource({"joonng,jong", "hassan,hasan", "aaa,a", "kim,kim", "'',''", "abba,aba"})
  void repeatedLettersAreWrittenOnce(String in, String out) {
    assertThat(Slips.withoutRepeats(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "ordinal {0}")
  @CsvSource({"110th,110", "1st,1", "22nd,22", "3rd,3", "north,north", "4x4,4x4"})
  void ordinalsLoseTheirSuffix(String in, String out) {
    assertThat(Tokenizer.stripOrdinal(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "essaadi, saadi", "essabar, sabar", "ennasr, nasr", "attahir, tahir",  // es-, en-, at-: the article assimilated
    "anna, ''", "ennis, ''", "essam, ''",                                  // too short to hold it
    "abbasi, ''", "emmanuel, ''",                                          // b and m are no sun letters
  })
  void theAssimilatedArticleIsFoundAtTheStartOfALatinWord(String in, String out) {
    assertThat(Phonetic.withoutAssimilatedArticle(in)).isEqualTo(out);
  }

  @Test
  void anHBetweenTwoVowelsKeepsThemApartInALatinSpellingToo() {
    assertThat(Phonetic.vowelsAgree("slahaldyn", true, "salahaldin", false)).isTrue();
    assertThat(Phonetic.vowelsAgree("hsyn", true, "husayn", false)).isTrue();
    assertThat(Phonetic.vowelsAgree("hsny", true, "husayn", false)).as("Hasani is not Husayn").isFalse();
  }

  @Test
  void pashtoDzeIsReadZ() {
    assertThat(PashtoLetters.apply("ځدران")).isEqualTo("زدران");
    assertThat(PashtoLetters.apply("څرخي")).isEqualTo("څرخي");
    assertThat(PashtoLetters.apply("Zadran")).isEqualTo("Zadran");
  }

  @Test
  void aWordOfOneConsonantIsKeyedByItsVowelsToo() {
    assertThat(Phonetic.shortKey("zya", true)).isEqualTo("sIA").isEqualTo(Phonetic.shortKey("zia", false))
        .isEqualTo(Phonetic.shortKey("ziya", false));
    assertThat(Phonetic.shortKey("zaya", false)).isEqualTo("sAIA");
    assertThat(Phonetic.shortKey("mhmd", true)).as("a word with a key of its own").isEmpty();
    assertThat(Phonetic.shortKey("ya", true)).as("two letters").isEmpty();
  }

  @Test
  void aSoftCIsSOnlyWhenALatinWordMeetsAnAbjadSkeleton() {
    assertThat(Phonetic.softC("lounici")).isEqualTo("lounisi");
    assertThat(Phonetic.softC("boucetta")).isEqualTo("bousetta");
    assertThat(Phonetic.softC("bacri")).isEqualTo("bacri");
    assertThat(Phonetic.abjadKey("lounici", false)).isEqualTo(Phonetic.abjadKey("lwnysy", true));
    assertThat(Phonetic.vowelsAgree("lwnysy", true, "lounici", false)).isTrue();
    assertThat(Phonetic.key("lounici", false)).as("Latin against Latin: c stays k (Turkish Cemal is not Semal)")
        .isEqualTo(Phonetic.key("lounikki", false));
  }

  @ParameterizedTest(name = "phonetic {0} = {1}")
  @CsvSource({"qasim,kassem", "husayn,hussein", "yusuf,youssef", "muhammad,mohamad", "dmitriy,dimitri", "xavier,xaver",
      "zhomart,jomart", "zhirinovsky,jirinovski"})   // BGN's zh, the j of Kazakh and French spellings
  void spellingVariantsShareAPhoneticKey(String a, String b) {
    assertThat(Phonetic.key(a, false)).isNotEmpty().isEqualTo(Phonetic.key(b, false));
  }

  /** Romanised from Arabic script, zh is two letters: الزهراني (zhrany) is Zahrani, not Jarani. */
  @Test
  void zhRomanisedFromAnAbjadIsTwoLetters() {
    assertThat(Phonetic.key("zhrany", true)).isEqualTo(Phonetic.key("zahrani", false))
        .isNotEqualTo(Phonetic.key("jarany", false));
    assertThat(Phonetic.key("zhrany", false)).isEqualTo(Phonetic.key("jarany", false));
  }

  /**
   * ICU writes ط then ه as it writes ث, and س then ح as ش: read apart, the abjad word has the key of
   * the Latin spelling with a vowel between the two letters; read as a digraph, that of the one with none.
   */
  @ParameterizedTest(name = "{0}: split {1}, digraph {2}")
  @CsvSource({
      "th,     taha,    ",          // طه: its one reading is Taha
      "shrawy, sahrawi, sharawi",  // صحراوي or شراوي
      "shyl,   suhail,  shail",
      "thamr,  tahamir, thamer",   // ثامر is Thamer; the split reading stays possible
      "dhkr,   dahakir, dhakir",
  })
  void aDigraphRomanisedFromAnAbjadIsAlsoReadAsTwoLetters(String abjad, String apart, String together) {
    assertThat(Phonetic.abjadSplitKey(abjad)).isNotEmpty().isEqualTo(Phonetic.abjadKey(apart, false));
    if (together != null) {
      assertThat(Phonetic.abjadKey(abjad, true)).isEqualTo(Phonetic.abjadKey(together, false));
    }
    assertThat(Phonetic.abjadSplitKey("mhmd")).as("no pair, no second reading").isEmpty();
  }

  /**
   * An abjad word writes each semivowel once, a doubled one too; the Latin spelling may not have more
   * of them, or it is another name (Ruwaydah is not رضا). Two different ones side by side are two.
   */
  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
      "hwysh, huwaysh,  true",   // حويش, as the UN lists ABD-AL-TAWWAB MULLAH HUWAYSH
      "syd,   sayyid,   true",   // the doubled y is one letter in the script
      "hsyn,  husayn,   true",
      "rda,   ruwaydah, false",
      "hsn,   husayn,   false",
  })
  void semivowelsOfTheLatinSpellingAreLettersOfTheAbjadWord(String abjad, String latin, boolean agree) {
    assertThat(Phonetic.vowelsAgree(abjad, true, latin, false)).isEqualTo(agree);
  }

  @ParameterizedTest(name = "phonetic {0} != {1}")
  @CsvSource({"merkel,merkur", "putin,pulin", "olaf,octavian", "lukashenko,lukashevich", "tomas,dimas", "xiang,cheng", "xiong,ching"})
  void differentNamesHaveDifferentKeys(String a, String b) {
    assertThat(Phonetic.key(a, false)).isNotEqualTo(Phonetic.key(b, false));
  }

  @ParameterizedTest(name = "osa({0},{1}) = {2}")
  @CsvSource({"kitten,sitting,3,3", "abcd,abdc,1,3", "same,same,0,0", "a,,1,1", "abc,xyz,3,2", "lukashenko,luakshenko,1,2"})
  void boundedEditDistance(String a, String b, int expected, int max) {
    assertThat(Edits.osa(a, b == null ? "" : b, max)).isEqualTo(expected);
  }
}
