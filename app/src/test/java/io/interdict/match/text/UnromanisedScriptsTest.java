package io.interdict.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scripts ICU's Any-Latin leaves unchanged: Khmer by its own table, the others spelt from letter names. */
class UnromanisedScriptsTest {
  private static String ascii(String s) {
    String f = Fold.apply(s);
    return String.join(" ", Tokenizer.tokens(Transliteration.toAscii(f, Scripts.dominant(f))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "ហ៊ុន សែន|hun sen",              // triisap: ហ second series, ុ -> u; ែ -> e
    "ហ៊ុន ម៉ាណែត|hun manet",          // musikatoan: ម first series, ា -> a
    "ប៉ុល ពត|pol pot",                // ប៉ -> p; a bare final; inherent vowel of the second series
    "គន់ គីម|kun kim",                // bantoc shortens the inherent vowel
    "គង់ សំអុល|kong samol",           // ... to o before ng
    "អ៊ុក រ៉ាប៊ុន|ouk rabun",           // u after the silent អ is ou
    "ហ៊ីង ប៊ុនហៀង|hing bunheang",      // ៀ -> ea
    "ជា ស៊ីម|chea sim",               // ា in the second series
    "សុខ អាន|sok an",                 // final ខ -> k; អ carries the vowel
    "ទៀ បាញ់|tea banh",
    "ជាម យៀប|cheam yeap",
    "នួន ជា|nuon chea",
    "នេត សាវឿន|net savoeun",
    "កម្ពុជា|kampuchea",              // a subscript begins the next syllable
    "ចន្ទ|chan",                      // a subscript closing a word is silent
    "មិត្ត|mit",
    "ប្រាក់ សុខុន|prak sokhon",        // ប in a cluster is p
    "ព្រះ|preah",                     // reahmuk after the inherent vowel
    "ស្រី|srey",                      // a long i ending a word is y
    "លី យ៉ុងផាត|ly yongphat",
    "ស៊ីម|sim",
    "ហេង សំរិន|heng samrin",           // nikahit
    "ឧកញ៉ា|oknha",                    // independent vowel
    "ស្ពាន|spean",                    // a second-series stop sets the series of its cluster
    "ហ្វ៊ីលីព|filip",                 // ហ្វ writes f (Philip)
    "ហ៊ុន សែន ១៩៥២|hun sen 1952",      // Khmer digits
  })
  void khmerNamesAreRomanisedAsCambodianNamesAreWrittenInLatin(String khmer, String latin) {
    assertThat(ascii(khmer)).isEqualTo(latin);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "ສົມສັກ ເພັງ|somsak pheng",             // Lao: a vowel written before its consonant is spelt after
    "ທອງລຸນ ສີສຸລິດ|thonglun sisulid",      // ອ after a consonant is the vowel o; long vowels single
    "ໄຊສົມພອນ ພົມວິຫານ|saisomphon phomwihan",
    "ອຸດົມ|oudom",
    "ເ ພົມ|e phom",                          // a vowel written before no consonant stays in its word
    "මහින්ද රාජපක්ෂ|mahinda rajapaksa",      // Sinhala: its table; al-lakuna removes the vowel
    "ගෝඨාභය රාජපක්ෂ|gotabhaya rajapaksa",
    "වසන්ත කරන්නාගොඩ|wasantha karannagoda",
    "ශවේන්ද්\u200dර සිල්වා|shawendra silwa",  // a joiner inside the word is not spelt
    "མཆོག|machoga",                          // Tibetan: letter names with their vowel
    "བསྟན་འཛིན|bastana adzina",              // the tsheg separates syllables
    "ᠮᠣᠩᠭᠣᠯ|monggol",                        // Mongolian: the letter without its name's vowel
    "ꦗꦮ|jawa",                               // Javanese
    "໑໒ ພົມ|12 phom",                         // Lao digits
  })
  void lettersNoRomaniserCoversAreSpeltFromTheirNames(String in, String latin) {
    assertThat(ascii(in)).isEqualTo(latin);
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', value = {
    "ສົມສັກ|ສົມສັດ", "མཆོག|མཆོད", "රාජපක්ෂ|රාජපක්ම", "ហ៊ុន|ហ៊ុត", "ᠮᠣᠩᠭᠣᠯ|ᠮᠣᠩᠭᠣᠨ",
  })
  void oneLetterDifferentGivesDifferentTokens(String a, String b) {
    assertThat(ascii(a)).isNotEmpty().isNotEqualTo(ascii(b));
  }

  @ParameterizedTest(name = "{0} unchanged")
  @CsvSource(delimiter = '|', value = {
    "ʿly|ʿly", "o’brien|o’brien", "abc|abc",
    "anan\u200dta|anan\u200dta",   // a joiner is dropped only inside a word this class spells
  })
  void textOfOtherScriptsAndPunctuationPassesThrough(String in, String out) {
    assertThat(LetterNames.spell(in)).isEqualTo(out);
  }
}
