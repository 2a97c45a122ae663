package io.interdict.match.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.IndicSyllabicCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spells in ASCII the letters no romaniser covers (ICU's Any-Latin leaves Lao, Tibetan, Sinhala,
 * Javanese, Mongolian and others unchanged), so that a name in such a script keeps its letters instead
 * of losing them all in tokenisation: the same name then gives the same tokens, and names a letter
 * apart give tokens a letter apart. Deterministic and close to a reading, not a romanisation standard.
 *
 * <p>Each letter's sound comes from its Unicode character name ({@code LAO LETTER KHO SUNG -> kho},
 * {@code TIBETAN VOWEL SIGN I -> i}), its role from its Indic syllabic category: a consonant carries the
 * vowel its name ends in until a vowel sign replaces it or a virama or subjoined consonant removes it
 * ({@code TIBETAN LETTER MA, LETTER CHA, VOWEL SIGN O -> macho}); a vowel sign written before its
 * consonant (Lao {@code ເ}) is spelt after it; anusvara is {@code m}, visarga {@code h}; tone marks
 * and nuktas are not spelt. Sinhala's names (ALPAPRAANA KAYANNA) do not spell sounds, so Sinhala and
 * the few Lao signs whose names do not either have their sounds in a table (Sinhala as names are
 * written in Sri Lanka: ව -> w, long vowels single, Rajapaksa). Letters of scripts without syllabic
 * categories lose the vowel of their name ({@code MONGOLIAN LETTER MA -> m}) unless they are
 * syllables ({@code YI SYLLABLE ...}). Khmer runs go through {@link Khmer}.
 */
public final class LetterNames {
  private static final byte PASS = 0;
  private static final byte SKIP = 1;
  private static final byte CONSONANT = 2;
  private static final byte SUBJOINED = 3;
  private static final byte VOWEL = 4;
  private static final byte SIGN = 5;
  private static final byte PREPOSED = 6;
  private static final byte KILLER = 7;
  private static final byte APPEND = 8;
  private static final byte JOINER = 9;

  private static final String KEYWORDS = " LETTER SYLLABLE SIGN VOWEL LIGATURE CHARACTER CONSONANT ";
  private static final ConcurrentHashMap<Integer, Letter> LETTERS = new ConcurrentHashMap<>();

  /** Sounds whose character names do not spell them: code point, sound (consonants with their vowel). */
  private static final String[] TABLE = {
    // Sinhala independent vowels
    "0D85", "a", "0D86", "a", "0D87", "ae", "0D88", "ae", "0D89", "i", "0D8A", "i", "0D8B", "u", "0D8C", "u",
    "0D8D", "ri", "0D8E", "ri", "0D8F", "li", "0D90", "li", "0D91", "e", "0D92", "e", "0D93", "ai", "0D94", "o",
    "0D95", "o", "0D96", "au",
    // Sinhala consonants
    "0D9A", "ka", "0D9B", "kha", "0D9C", "ga", "0D9D", "gha", "0D9E", "nga", "0D9F", "nga", "0DA0", "cha",
    "0DA1", "chha", "0DA2", "ja", "0DA3", "jha", "0DA4", "nya", "0DA5", "gna", "0DA6", "nja", "0DA7", "ta",
    "0DA8", "ta", "0DA9", "da", "0DAA", "dha", "0DAB", "na", "0DAC", "nda", "0DAD", "tha", "0DAE", "tha",
    "0DAF", "da", "0DB0", "dha", "0DB1", "na", "0DB3", "nda", "0DB4", "pa", "0DB5", "pha", "0DB6", "ba",
    "0DB7", "bha", "0DB8", "ma", "0DB9", "mba", "0DBA", "ya", "0DBB", "ra", "0DBD", "la", "0DC0", "wa",
    "0DC1", "sha", "0DC2", "sa", "0DC3", "sa", "0DC4", "ha", "0DC5", "la", "0DC6", "fa",
    // Sinhala vowel signs and signs
    "0DCF", "a", "0DD0", "ae", "0DD1", "ae", "0DD2", "i", "0DD3", "i", "0DD4", "u", "0DD6", "u", "0DD8", "ru",
    "0DD9", "e", "0DDA", "e", "0DDB", "ai", "0DDC", "o", "0DDD", "o", "0DDE", "au", "0DDF", "lu", "0DF2", "ru",
    "0DF3", "lu", "0D82", "n",
    // Lao signs named for their shape: mai kan (short a), mai kon (o), niggahita (o)
    "0EB1", "a", "0EBB", "o", "0ECD", "o",
  };
  private static final Map<Integer, String> SOUNDS = sounds();

  /** What a code point does in a spelling: its role, the consonant or vowel text, its inherent vowel. */
  private record Letter(byte role, String text, String inherent) {}

  private static final Letter ASCII = new Letter(PASS, "", "");

  private LetterNames() {}

  /** {@code s} with every letter of a script no romaniser covers spelt in ASCII; other text unchanged. */
  public static String spell(String s) {
    String k = Khmer.romanise(s);
    StringBuilder out = new StringBuilder(k.length() * 2);
    String pending = null; // the vowel of the last consonant, not yet written
    boolean inherent = false; // pending is the consonant's own vowel, which a sign replaces
    boolean fromPreposed = false; // pending is a vowel written before the consonant
    String preposed = null;
    boolean spelt = false; // the last character was a letter or sign spelt here
    for (int i = 0; i < k.length(); ) {
      int cp = k.codePointAt(i);
      i += Character.charCount(cp);
      Letter l = cp < 128 ? ASCII : letter(cp);
      if (l.role == JOINER) {
        if (!spelt) {
          pending = flush(out, pending);
          out.appendCodePoint(cp);
        }
        continue;
      }
      spelt = l.role != PASS;
      switch (l.role) {
        case CONSONANT:
          pending = flush(out, pending);
          out.append(l.text);
          inherent = preposed == null;
          fromPreposed = !inherent;
          pending = inherent ? l.inherent : preposed;
          preposed = null;
          break;
        case SUBJOINED:
          // joins the consonant before into a cluster, which loses its own vowel
          String kept = pending != null && !inherent ? pending : null;
          out.append(l.text);
          inherent = kept == null;
          pending = inherent ? l.inherent : kept;
          break;
        case SIGN:
          if (pending == null) {
            out.append(l.text);
          } else if (inherent) {
            pending = l.text;
          } else if (!(fromPreposed && l.text.equals("a"))) {
            // after a vowel written before the consonant, the short a only marks it short (Lao ເ-ັ is e)
            pending = pending + l.text;
          }
          inherent = false;
          break;
        case PREPOSED:
          pending = flush(out, pending);
          preposed = preposed == null ? l.text : preposed + l.text;
          break;
        case KILLER:
          if (pending != null) {
            pending = "";
            inherent = true;
          }
          break;
        case SKIP:
          break;
        case VOWEL:
        case APPEND:
          pending = flush(out, pending);
          out.append(l.text);
          break;
        default:
          pending = flush(out, pending);
          if (preposed != null) {
            out.append(preposed); // a vowel sign with no consonant after it in its word
            preposed = null;
          }
          out.appendCodePoint(cp);
      }
    }
    flush(out, pending);
    if (preposed != null) {
      out.append(preposed);
    }
    return out.toString();
  }

  private static String flush(StringBuilder out, String pending) {
    if (pending != null) {
      out.append(pending);
    }
    return null;
  }

  private static Letter letter(int cp) {
    Letter l = LETTERS.get(cp);
    if (l == null) {
      l = classify(cp);
      LETTERS.putIfAbsent(cp, l);
    }
    return l;
  }

  static Letter classify(int cp) {
    int type = UCharacter.getType(cp);
    if (type == UCharacter.FORMAT) {
      // the zero-width space separates words; joiners inside a word of a spelt script (Sinhala ක්‍ය)
      // are not spelt
      return new Letter(cp == 0x200B ? PASS : JOINER, "", "");
    }
    int script = UScript.getScript(cp);
    boolean mark = type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK
        || type == UCharacter.ENCLOSING_MARK;
    if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.LATIN
        || script == UScript.UNKNOWN || (!UCharacter.isLetter(cp) && !mark && type != UCharacter.DECIMAL_DIGIT_NUMBER)) {
      return new Letter(PASS, "", "");
    }
    if (type == UCharacter.DECIMAL_DIGIT_NUMBER) {
      return new Letter(APPEND, String.valueOf(UCharacter.digit(cp, 10)), "");
    }
    String sound = SOUNDS.get(cp);
    if (sound == null) {
      sound = sound(cp, script);
    }
    int split = consonantEnd(sound);
    String consonant = sound.substring(0, split);
    String inherent = sound.substring(split);
    if (script == UScript.LAO) {
      // Lao writes its vowels: a consonant has none of its own, and ອ, named O, is the vowel o after one
      consonant = consonant.isEmpty() ? inherent : consonant;
      inherent = "";
    }
    int category = UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY);
    switch (category) {
      case IndicSyllabicCategory.CONSONANT:
      case IndicSyllabicCategory.CONSONANT_HEAD_LETTER:
      case IndicSyllabicCategory.CONSONANT_PLACEHOLDER:
      case IndicSyllabicCategory.CONSONANT_WITH_STACKER:
      case IndicSyllabicCategory.CONSONANT_PREFIXED:
      case IndicSyllabicCategory.CONSONANT_INITIAL_POSTFIXED:
      case IndicSyllabicCategory.CONSONANT_PRECEDING_REPHA:
        return new Letter(CONSONANT, consonant, inherent);
      case IndicSyllabicCategory.CONSONANT_DEAD:
      case IndicSyllabicCategory.CONSONANT_FINAL:
        return new Letter(APPEND, consonant, "");
      case IndicSyllabicCategory.CONSONANT_SUBJOINED:
      case IndicSyllabicCategory.CONSONANT_MEDIAL:
      case IndicSyllabicCategory.CONSONANT_SUCCEEDING_REPHA:
        return new Letter(SUBJOINED, consonant, inherent);
      case IndicSyllabicCategory.VOWEL_INDEPENDENT:
        return new Letter(VOWEL, sound, "");
      case IndicSyllabicCategory.VOWEL_DEPENDENT:
      case IndicSyllabicCategory.VOWEL:
        if (UCharacter.hasBinaryProperty(cp, UProperty.LOGICAL_ORDER_EXCEPTION)) {
          return new Letter(PREPOSED, sound, "");
        }
        // Lao writes some dependent vowels as spacing letters (ະ, າ): they follow a consonant all the same
        return new Letter(mark || category == IndicSyllabicCategory.VOWEL_DEPENDENT ? SIGN : VOWEL, sound, "");
      case IndicSyllabicCategory.VIRAMA:
      case IndicSyllabicCategory.PURE_KILLER:
      case IndicSyllabicCategory.INVISIBLE_STACKER:
      case IndicSyllabicCategory.CONSONANT_KILLER:
      case IndicSyllabicCategory.REORDERING_KILLER:
        return new Letter(KILLER, "", "");
      case IndicSyllabicCategory.BINDU:
        return new Letter(APPEND, SOUNDS.getOrDefault(cp, "m"), "");
      case IndicSyllabicCategory.VISARGA:
        return new Letter(APPEND, "h", "");
      case IndicSyllabicCategory.OTHER:
        if (mark) {
          return new Letter(SKIP, "", "");
        }
        // an alphabet's letter is named with a vowel (MA, ANG); a syllabary's is the syllable
        String name = UCharacter.getName(cp);
        boolean syllable = name != null && name.contains(" SYLLABLE ");
        return new Letter(APPEND, syllable ? sound : consonantOf(sound), "");
      default:
        // tone marks, nuktas, register shifters, joiners, cantillation: not spelt
        return new Letter(SKIP, "", "");
    }
  }

  /** MA -> m, ANG -> ng, A -> a: a letter's sound without the vowel its name adds. */
  private static String consonantOf(String sound) {
    int end = consonantEnd(sound);
    if (end > 0) {
      return sound.substring(0, end);
    }
    int start = 0;
    while (start < sound.length() && isVowel(sound.charAt(start))) {
      start++;
    }
    return start == sound.length() ? sound : sound.substring(start);
  }

  /** The length of the leading consonants of {@code sound}, when vowels alone follow them. */
  private static int consonantEnd(String sound) {
    int end = sound.length();
    while (end > 0 && isVowel(sound.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      if (isVowel(sound.charAt(i))) {
        return 0; // a name such as ANG or MAI: not consonants then vowels
      }
    }
    return end == sound.length() ? 0 : end;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * The sound a character name spells: the words after its last keyword (LETTER, VOWEL SIGN, ...) or
   * after the script's name, the shortest of them when there are several ({@code KHO SUNG -> kho},
   * {@code REVERSED II -> ii}), letters only, lower case. A name that spells nothing gives a letter
   * code unique to the character, so that it is still told apart from its neighbours.
   */
  static String sound(int cp, int script) {
    String name = UCharacter.getName(cp);
    if (name == null || name.matches(".*\\d.*")) {
      return code(cp); // unnamed, or named by number (CJK UNIFIED IDEOGRAPH-2A6D6)
    }
    String[] words = name.split(" ");
    int from = 0;
    for (int i = 0; i < words.length - 1; i++) {
      if (KEYWORDS.contains(" " + words[i] + " ")) {
        from = i + 1;
      }
    }
    if (from == 0) {
      String[] scriptWords = UScript.getName(script).toUpperCase(Locale.ROOT).split("_");
      while (from < scriptWords.length && from < words.length - 1 && words[from].equals(scriptWords[from])) {
        from++;
      }
    }
    String best = "";
    for (int i = from; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (!w.isEmpty() && (best.isEmpty() || w.length() < best.length())) {
        best = w;
      }
    }
    return best.isEmpty() ? code(cp) : single(best);
  }

  /** Long vowels as names spell them (AA, II) written single, as names are in Latin. */
  private static String single(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i == 0 || c != w.charAt(i - 1) || !isVowel(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String code(int cp) {
    StringBuilder sb = new StringBuilder("q");
    int v = cp;
    do {
      sb.append((char) ('a' + v % 26));
      v /= 26;
    } while (v > 0);
    return sb.toString();
  }

  private static Map<Integer, String> sounds() {
    Map<Integer, String> m = new HashMap<>();
    for (int i = 0; i < TABLE.length; i += 2) {
      m.put(Integer.parseInt(TABLE[i], 16), TABLE[i + 1]);
    }
    return Map.copyOf(m);
  }
}
