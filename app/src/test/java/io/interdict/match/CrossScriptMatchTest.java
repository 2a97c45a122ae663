package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names written in another script than the list's: a Western or Israeli name in Arabic, Persian,
 * Hebrew or Greek script meets its Latin listing (and the other way round), an Arabic name meets its Latin
 * spelling with the article written on, a Korean name in Hangul or Revised Romanization its
 * McCune-Reischauer listing, an Indian name in an Indic script its Latin spelling, and the
 * vowel letters abjad scripts do write keep different names apart.
 */
class CrossScriptMatchTest {
  private static final double T = MatchEngine.DEFAULT_THRESHOLD;

  /** Best score through the index; the compare path must agree with it. */
  private static double screened(String query, String listed) {
    ListedEntity e = ListedEntity.builder("t", "x", EntityType.PERSON).name(listed, NameType.PRIMARY).build();
    MatchEngine engine = MatchEngine.build(List.of(e));
    double viaIndex = engine.screen(Query.name(query), 0.0001, 10).stream().mapToDouble(Match::score).max().orElse(0);
    assertThat(engine.compare(Query.name(query), e).score()).isEqualTo(viaIndex);
    return viaIndex;
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource(delimiter = '|', value = {
    "فلاديمير بوتين|Vladimir PUTIN",      // Arabic writes v as f, p as b, long vowels as letters
    "فلادمير بوتن|Vladimir PUTIN",        // and may leave them out: a skeleton of four letters
    "ولادیمیر پوتین|Vladimir PUTIN",      // Persian writes v as w
    "ולדימיר פוטין|Vladimir PUTIN",       // so does Hebrew
    "أنجيلا ميركل|Angela MERKEL",         // g as j
    "هيلاري كلينتون|Hillary CLINTON",
    "Vladimir Putin|فلاديمير بوتين",      // listed in Arabic script, screened in Latin
    "بشار الأسد|Bashar AL-ASSAD",         // the article joined to the name
    "أسامة بن لادن|Usama BIN LADEN",      // ta marbuta said -a
    "محمد علي|Mohammed ALI",              // ayn written as the vowel it carries; h a letter
    "محمود عباس|Mahmoud ABBAS",
    "عمر البشير|Omar AL-BASHIR",
    "عبد الله عزام|Abdullah AZZAM",       // Allah as romanised, joined into Abdallah
    "صدام حسين|Saddam HUSSEIN",
    "قصي صدام حسين|Qusay Saddam HUSSEIN", // two consonants and a long vowel: a word of the script
    "نور برزان|Noor BARZAN",
    "سبعاوي إبراهيم|Sabawi IBRAHIM",
    "ماري تيريز|Marie Therese",           // Mary read as Arabic script writes it, not as Latin
    "رضا رضایی|Reza REZAEI",              // Persian says ض as z
    "رضا|RIDA",                           // Arabic, as d
    "عبدالكريم حسن|Abdul Karim HASSAN",   // a compound written as one, against Latin apart
    "عبدالرحمن زاهد|Abd al-Rahman ZAHID",
    "عبد الرحمن زاهد|Abdulrahman ZAHID",  // written apart, against Latin joined
    "نورالدين زنكي|Nur al-Din ZANKI",
    "Abdul Karim Hassan|عبدالكريم حسن",   // listed in Arabic script, screened in Latin
    "جلال الدين حقانى|Jalaluddin HAQANI", // apart in Arabic script, joined in Latin with ud
    "مطيع الله|MATIULLAH",                // Allah after the case vowel
    "حبیب الله رشاد|Habibullah RESHAD",
    "كمال جرمان|Kamel DJERMANE",          // the long a as Maghrebi French spellings write it
    "مصطفى حجي محمد خان|Mustafa Hajji Muhammad KHAN", // the title dropped in either script
    "سعيد باهاجى|Said BAHAJI",            // Said is no title, though romanised like Sayyid
    "عبداللطیف بن عبدلله صالح محمد الكواري|ABD AL-LATIF BIN ABDALLAH SALIH MUHAMMAD AL-KAWARI", // al kept for the run
    "حماده ولد محمد الخيري|Hamada OULD MOHAMED EL KHAIRY", // ولد, son of, as the particle Ould
    "علي بن الطاھر الحرزي|Ali Ben Taher HARZI", // ھ for ه
    "نور الدّين زنكي|Nur al-Din ZANKI",   // with a shadda
    "سعد عبد المجيد الفيصل|Sa'd Abd al-Majid AL-FAISAL", // a word of two letters
    "بخت گل|Bakht GUL",
    "محمد حمدي محمد صادق الأهدل|MOHAMMAD HAMDI MOHAMMAD SADIQ AL-AHDAL", // Hamdi no typing slip of Hamid
    "منصور السعادي|Mansour AL-SAADI",
    "طه ياسين رمضان الجزراوي|TAHA YASSIN RAMADAN AL-JIZRAWI", // طه: ICU writes t and h as th
    "نسيم بن رمضان صحراوي|Nessim Ben Romdhane SAHRAOUI",      // صح: s and h, not sh
    "عبد التواب ملا حويش|ABD-AL-TAWWAB MULLAH HUWAYSH",        // the w and the y both letters
    "אריאל שרון|Ariel SHARON",            // Hebrew: aleph a vowel, shin sh
    "יצחק רבין|Yitzhak RABIN",            // tsade tz
    "שמעון פרס|Shimon PERES",
    "גולדה מאיר|Golda MEIR",
    "אֲרִיאֵל שָׁרוֹן|Ariel SHARON",          // with its vowel points
    "שָׂרָה נתניהו|Sara NETANYAHU",         // a sin dot says s
    "Նիկոլ Փաշինյան|Nikol PASHINYAN",     // Armenian: ICU's š and č spelt sh and ch
    "Ռոբերտ Քոչարյան|Robert KOCHARYAN",
    "Аляксандр Лукашэнка|Aleksandr LUKASHENKO", // Belarusian: no word split at BGN's middle dot
    "Қасым-Жомарт Тоқаев|Kassym-Jomart TOKAYEV", // Kazakh: BGN's zh is the j of the Kazakh spelling
    "Δημήτρης Βασιλείου|Dimitris VASILEIOU", // modern Greek, as Greek passports spell it
    "Κυριάκος Μητσοτάκης|Kyriakos MITSOTAKIS",
    "Μπαράκ Ομπάμα|Barack OBAMA",         // b, d and g as modern Greek writes them: μπ, ντ, γκ
    "Άνγκελα Μέρκελ|Angela MERKEL",
    "Βλαντίμιρ Βλαντίμιροβιτς Πούτιν|Vladimir Vladimirovich PUTIN", // and the ch of -ovich as τς
    "Αντώνης Σαμαράς|Antonis SAMARAS",    // inside a Greek name nt, as Greek passports write it
    "Λάμπρος Παπαδόπουλος|Lampros PAPADOPOULOS",
    "हाफ़िज़ मुहम्मद सईद|Hafiz Muhammad SAEED", // Hindi, spelled as India spells names in Latin
    "मसूद अज़हर|Masood AZHAR",
    "ਅਮਰਿੰਦਰ ਸਿੰਘ|Amarinder SINGH",           // Punjabi
    "অমিত শাহ|Amit SHAH",                     // Bengali
    "김정은|KIM Jong Un",                 // Hangul as the lists spell North Korean names
    "김여정|KIM Yo Jong",                 // ㅕ as yo, ㅈ as j
    "리설주|RI Sol Ju",                   // ㅓ as o
    "최룡해|CHOE Ryong Hae",              // ㄹ as r
    "리병철|RI Pyong Chol",               // initials unvoiced
    "박정천|PAK Jong Chon",
    "김덕훈|KIM Tok Hun",
    "조연준|JO Yon Jun",
    "장성택|JANG Song Thaek",
    "김명국|KIM Myong Guk",               // and voiced inside a given name on the list
    "리만건|RI Man Gon",
    "김미라|KIM Mi Ra",                   // 라 is Ra, not the particle la
    "Kim Yeo Jong|KIM Yo Jong",           // Revised Romanization against McCune-Reischauer
    "Ri Byeong Cheol|RI Pyong Chol",
    "Choe Seon Hui|CHOE Son Hui",
    "문재인|Moon Jae In",                 // a South Korean passport spelling against Hangul
    "فضل رحيم|FAZAL RAHIM",               // Afghan names in Arabic letters only: ض said z as Pashto says it
    "فضل رحيم|FADL RAHIM",                // and still d as Arabic says it
    "عبد الحق وثيق|ABDUL-HAQ WASSIQ",     // ث said s
    "FAZAL RAHIM|فضل رحيم",               // the listed side is read both ways too
    "ﻓﻀﻞ رحيم|FAZAL RAHIM",               // presentation forms fold first
    "رشيد طعان كاظم|Rashid Taan KATHIM",  // ظ said dh in Iraq, written th or dh
    "كاظم|KADHIM", "كاظم|KAZIM",
    "احمد ضیا آغا|AHMAD ZIA AGHA",        // a word of one consonant and its written vowels
    "عبد الرزاق آخوند لا لا آخوند|ABDUL RAZAQ AKHUND LALA AKHUND", // لا is a name there, not the la of Romance names
    "زكريا الصبار|ZAKARYA ESSABAR",       // the article assimilated and joined in the Latin spelling
    "ZAKARYA ESSABAR|زكريا الصبار",       // either side listed
    "موسى بن عمر بن علي السعدي|MOUSSA BEN OMAR BEN ALI ESSAADI",
    "محمد عمر ځدران|MUHAMMAD OMAR ZADRAN",  // Pashto's dze spelled z
    "صلاح الدين|SALAH ALDIN", "صالح|SALEH",  // Salah and Salih are two names
    "صلاح الدين|SALAHUDDIN",              // written apart against joined: the h between two a's a letter in both
    "سلطان هاشم أحمد الطائي|SULTAN HASHIM AHMAD AL-TA'I", // an Arabic word is no East-Asian syllable
  })
  void aNameWrittenInAnotherScriptMatchesItsListing(String query, String listed) {
    assertThat(screened(query, listed)).isGreaterThanOrEqualTo(T);
  }

  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource(delimiter = '|', value = {
    "حسن حسني|Hasan HUSAYN",              // Hasani: the long i after the n, not before it
    "محمد أشرفي|Muhammad ASHRAF",         // Ashrafi: a long vowel more
    "حسين|HASAN",                         // a long vowel Hasan does not have
    "Mohammed Fisher|Muhammad FACHRY",    // two Latin spellings: no abjad reading,
    "Mary RAMIREZ|Mario RAMIREZ",         // however much a Latin word looks like one
    "إيليا حسين|Ali HUSAYN",              // Ilya: a long vowel Ali does not have
    "رضا حسين|Ruwaydah HUSAYN",           // Reza: Ruwaydah's w and y would be written
    "عبدالحسين علي|Abdul Hasan ALI",      // Abd al-Husayn: the compound's long vowel too
    "김상민|KIM Sang Man",                // another syllable is another given name
  })
  void theVowelLettersAbjadScriptsWriteKeepNamesApart(String query, String listed) {
    assertThat(screened(query, listed)).isLessThan(T);
  }
}
