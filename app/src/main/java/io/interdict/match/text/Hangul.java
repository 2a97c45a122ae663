package io.interdict.match.text;

/**
 * Romanises one Hangul syllable the way sanctions lists spell Korean names: McCune-Reischauer
 * without its breves and apostrophes, with {@code ㅈ} as j, as North Korea's own system and the
 * OFAC and UN entries write it ({@code 김여정 -> kim yo jong}, {@code 최룡해 -> choe ryong hae},
 * {@code 리병철 -> ri pyong chol}, {@code 장성택 -> jang song taek}). ICU's Hangul-Latin is a
 * letter-by-letter Revised Romanization ({@code gim yeo jeong}, {@code lyong}, {@code byeong}) that
 * shares few syllables with the lists, and ICU's Korean-Latin/BGN drops vowels of precomposed
 * syllables ({@code 김여정 -> kimjong}).
 *
 * <p>A precomposed syllable is computed from its three letters (Unicode's Hangul syllable
 * arithmetic): initial consonant, vowel, optional final. Initials are spelt as at the start of a
 * word (unvoiced {@code k t p}; voiced spellings inside a given name, {@code Myong Guk}, are the
 * scorer's business), {@code ㄹ} as r, final consonants as they are pronounced ({@code ㅅ -> t}).
 */
public final class Hangul {
  private static final int FIRST = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final int VOWELS = 21;
  private static final int FINALS = 28;

  /** ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ */
  private static final String[] INITIAL = {
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  /** ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ */
  private static final String[] VOWEL = {
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
    "yu", "u", "ui", "i"};
  /** none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ */
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
    "t", "ng", "t", "t", "k", "t", "p", "t"};

  private static final String[] MEMO = new String[LAST - FIRST + 1];

  private Hangul() {}

  public static boolean syllable(int cp) {
    return cp >= FIRST && cp <= LAST;
  }

  /** The Latin spelling of syllable {@code cp} (which must satisfy {@link #syllable}). Thread-safe. */
  public static String romanise(int cp) {
    int i = cp - FIRST;
    String r = MEMO[i];
    if (r == null) {
      // a racy fill is harmless: every thread computes the same immutable string
      r = INITIAL[i / (VOWELS * FINALS)] + VOWEL[i / FINALS % VOWELS] + FINAL[i % FINALS];
      MEMO[i] = r;
    }
    return r;
  }
}
