package io.interdict.match.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * Romanises a folded name into plain ASCII letters, digits and separators. Each script has its own
 * ICU chain: Cyrillic goes through BGN/PCGN first (the system OFAC and the UN use: Yevgeniy, not
 * Evgenij), Han becomes pinyin with the given-name syllables joined ({@code 习近平 -> xi jinping}),
 * Hangul is romanised syllable by syllable, as the lists spell Korean names, so that each syllable is
 * a token ({@link Hangul}: {@code 김정은 -> kim jong un}), Khmer, which ICU leaves unchanged, by its
 * own table ({@link Khmer}: {@code ហ៊ុន សែន -> hun sen}), Greek as modern Greek ({@code Δημήτρης ->
 * dimitris}, {@link GreekStops}), Indic scripts as India spells names in Latin ({@link Hunterian}:
 * {@code मोहन -> mohan}), the other scripts by Any-Latin with its háček letters as digraphs ({@link
 * Hacek}). Letters no chain covers (Lao, Tibetan,
 * Sinhala, ...) are spelt from their Unicode names ({@link LetterNames}), so that no name loses its
 * letters.
 *
 * <p>ICU transliterators are costly to create (up to seconds for Any-Latin), so each chain is created
 * once, lazily, and shared: ICU documents transliterators as stateless, to be shared by threads
 * without synchronising them. Its rule-based stages synchronise internally on their rule data, which
 * every instance of a chain shares (a second instance would not run in parallel). The most frequent
 * cases avoid ICU's rule engine altogether, with results identical to it: Latin letters with diacritics
 * ({@link LatinLetters}) and Han ideographs ({@link HanLetters}).
 */
public final class Transliteration {
  private static final String TO_ASCII = "Any-Latin; Latin-ASCII";
  private static final String CYRILLIC = "Russian-Latin/BGN; Any-Latin";
  private static final String HAN = "Han-Latin; Latin-ASCII";
  private static final String ANY_LATIN = "Any-Latin";
  private static final String TO_ASCII_ONLY = "Latin-ASCII";
  private static final String SERBIAN = "Serbian-Latin/BGN; Any-Latin";
  private static final String MACEDONIAN = "Macedonian-Latin/BGN; Any-Latin";
  private static final String GREEK = "Greek-Latin/UNGEGN; Any-Latin";
  private static final int GENERIC = 0;
  private static final int CYRILLIC_CHAIN = 1;
  private static final int HAN_CHAIN = 2;
  private static final int ANY_LATIN_CHAIN = 3;
  private static final int LATIN_ASCII = 4;
  private static final int SERBIAN_CHAIN = 5;
  private static final int MACEDONIAN_CHAIN = 6;
  private static final int GREEK_CHAIN = 7;
  private static final Pattern HAN_WORD_BREAK = Pattern.compile("[\\s\\p{Punct}·・‧]+");
  private static final Pattern MIDDLE_DOT = Pattern.compile("\\p{IsHan}[·・‧]\\p{IsHan}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * Gurmukhi writes the nasal before a consonant with a tippi or a bindi; ICU reads only the bindi
   * and drops the tippi (ਸਿੰਘ would lose the n of Singh).
   */
  private static final char GURMUKHI_TIPPI = '\u0A70';
  private static final char GURMUKHI_BINDI = '\u0A02';

  private static final String[] CHAINS = {TO_ASCII, CYRILLIC, HAN, ANY_LATIN, TO_ASCII_ONLY, SERBIAN, MACEDONIAN, GREEK};
  private static final AtomicReferenceArray<Transliterator> SHARED = new AtomicReferenceArray<>(CHAINS.length);

  private Transliteration() {}

  /** ASCII form of an already folded string whose dominant script is {@code script}. Thread-safe. */
  public static String toAscii(String folded, int script) {
    String out = withoutRuleEngine(folded, script);
    return out != null ? out : withRuleEngine(folded, script);
  }

  /**
   * The ASCII form when it needs no ICU rule engine (ASCII, or Latin letters in the table of {@link
   * LatinLetters}), else null. Cheap: callers may memoise only what this does not answer.
   */
  public static String withoutRuleEngine(String folded, int script) {
    if (isAscii(folded)) {
      return folded;
    }
    if (script == UScript.KHMER) {
      String out = Khmer.romanise(folded);
      return isAscii(out) ? out : null;
    }
    return script == UScript.LATIN ? LatinLetters.romanise(folded) : null;
  }

  private static String withRuleEngine(String folded, int script) {
    String out;
    if (script == UScript.HAN) {
      out = han(folded);
    } else if (script == UScript.HANGUL) {
      out = hangul(folded);
    } else if (script == UScript.CYRILLIC) {
      // BGN/PCGN writes a middle dot between letters that would otherwise read as a digraph
      // (Лукашэнка -> lukash·enka, Тсой -> t·soy); the tokenizer would split the word there
      out = latinAscii(apply(cyrillicChain(folded), folded).replace("\u00B7", ""));
    } else if (script == UScript.KHMER) {
      out = Khmer.romanise(folded);
    } else if (Hunterian.indic(script)) {
      String iso = apply(ANY_LATIN_CHAIN, folded.replace(GURMUKHI_TIPPI, GURMUKHI_BINDI));
      out = latinAscii(Hunterian.apply(iso, Hunterian.dropsFinalA(script)));
    } else if (script == UScript.GREEK) {
      // Modern Greek as Greek passports spell it (ELOT 743, adopted by UNGEGN): Vasileios, Dimitris,
      // Mitsotakis. ICU's default is classical (Basileios, Demetres), two edits from the passport.
      // The voiced stops written with two letters go first (GreekStops): ICU reads them letter by letter.
      out = latinAscii(apply(GREEK_CHAIN, GreekStops.apply(folded)));
    } else {
      out = latinAscii(Hacek.spell(apply(ANY_LATIN_CHAIN, folded)));
    }
    if (!isAscii(out)) {
      // Leftovers (a Han character inside a Latin name) go through the generic chain; letters of a
      // script no ICU chain covers are spelt from their names rather than lost in tokenisation.
      String again = LatinLetters.romanise(out);
      out = again != null ? again : apply(GENERIC, out);
      if (!isAscii(out)) {
        out = LetterNames.spell(out);
      }
    }
    return out;
  }

  /**
   * The chain for a Cyrillic name: Serbian or Macedonian BGN/PCGN when the name has a letter only
   * those alphabets use (ћ, ђ, џ, љ, њ, ј; ѓ, ќ, ѕ), because their own romanisation is how the
   * name is written in Latin (Вучић is Vučić, Russian rules would give Vuchich); else Russian.
   * Ukrainian, Belarusian and Bulgarian names keep the Russian chain: the lists spell them in
   * several systems, which the name tables reconcile.
   */
  static int cyrillicChain(String s) {
    int chain = CYRILLIC_CHAIN;
    for (int i = 0; i < s.length(); i++) {
      switch (Character.toLowerCase(s.charAt(i))) {
        case 'ѓ': case 'ќ': case 'ѕ':
          return MACEDONIAN_CHAIN;
        case 'ћ': case 'ђ': case 'џ': case 'љ': case 'њ': case 'ј':
          chain = SERBIAN_CHAIN;
          break;
        default:
      }
    }
    return chain;
  }

  /**
   * Latin-ASCII, the last stage of every chain, applied on its own (a compound transliterator runs its
   * stages one after the other over the whole text): by table when it covers the text, the most
   * frequent case, else by ICU.
   */
  private static String latinAscii(String latin) {
    String out = LatinLetters.romanise(latin);
    return out != null ? out : apply(LATIN_ASCII, latin);
  }

  /**
   * Per word: the first syllable is the family name, the following syllables form one given name. A
   * name whose parts are joined by a middle dot is a foreign or minority name written in Han
   * ({@code 贝拉克·奥巴马}, {@code 伊力哈木·土赫提}): it has no one-syllable family name, so each part's
   * syllables are joined whole ({@code beilake aobama}).
   */
  static String han(String s) {
    boolean transcribed = MIDDLE_DOT.matcher(s).find();
    StringBuilder sb = new StringBuilder();
    for (String word : HAN_WORD_BREAK.split(s)) {
      if (word.isEmpty()) {
        continue;
      }
      String[] syl = SPACES.split(HanLetters.word(word).trim());
      if (sb.length() > 0) {
        sb.append(' ');
      }
      boolean han = word.codePoints().allMatch(c -> UScript.getScript(c) == UScript.HAN);
      if (han && transcribed) {
        sb.append(String.join("", syl));
      } else if (han && syl.length >= 2 && syl.length <= 4) {
        sb.append(syl[0]).append(' ');
        for (int i = 1; i < syl.length; i++) {
          sb.append(syl[i]);
        }
      } else {
        sb.append(String.join(" ", syl));
      }
    }
    return sb.toString();
  }

  /** Syllable by syllable, so that {@code 정은} and {@code Jong Un} both give two tokens. */
  static String hangul(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0xC774) {
        // 이, the family name Lee / Ri / Yi: a bare "i" would read as an initial
        sb.append(" yi ");
      } else if (Hangul.syllable(cp)) {
        sb.append(' ').append(Hangul.romanise(cp)).append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** Runs ICU chain {@code chain} (an index into {@link #CHAINS}) on {@code s}. */
  static String apply(int chain, String s) {
    Transliterator t = SHARED.get(chain);
    if (t == null) {
      synchronized (SHARED) {
        t = SHARED.get(chain);
        if (t == null) {
          t = Transliterator.getInstance(CHAINS[chain]);
          SHARED.set(chain, t);
        }
      }
    }
    return t.transliterate(s);
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Han words romanised ideograph by ideograph, giving exactly what {@code Han-Latin; Latin-ASCII}
   * gives. That chain first puts a space between two adjacent letters when the first is ideographic
   * (Han-Spacedhan; names are already NFKC), then maps each ideograph to its pinyin by rules without
   * context, except a few readings that depend on the next ideograph, then strips the tone marks
   * letter by letter. So a word of ideographs none of which opens such a contextual reading
   * romanises to the syllables of its ideographs, each computed once by the chain itself, joined by
   * spaces. Other words go through ICU.
   */
  static final class HanLetters {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    /** Marks an ideograph that needs the rule engine: contextual, or a syllable other than [a-z]+. */
    private static final String OUTSIDE = "";
    /** Pinyin per ideograph; filled on first use (a racy fill is harmless: strings are immutable). */
    private static final String[] SYLLABLES = new String[LAST - FIRST + 1];
    private static final String CONTEXTUAL = contextual();

    private HanLetters() {}

    /** What {@code Han-Latin; Latin-ASCII} gives for {@code word}. */
    static String word(String word) {
      StringBuilder sb = new StringBuilder(word.length() * 4);
      for (int i = 0; i < word.length(); i++) {
        String syl = syllable(word.charAt(i));
        if (syl == null) {
          return apply(HAN_CHAIN, word);
        }
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(syl);
      }
      return sb.toString();
    }

    /** The pinyin of ideograph {@code c}, or null when it must be romanised in its context. */
    static String syllable(char c) {
      if (c < FIRST || c > LAST) {
        return null;
      }
      String r = SYLLABLES[c - FIRST];
      if (r == null) {
        r = OUTSIDE;
        if (UCharacter.isLetter(c) && UCharacter.hasBinaryProperty(c, com.ibm.icu.lang.UProperty.IDEOGRAPHIC)
            && UScript.getScript(c) == UScript.HAN && CONTEXTUAL.indexOf(c) < 0) {
          String out = apply(HAN_CHAIN, String.valueOf(c));
          if (!out.isEmpty() && out.chars().allMatch(x -> x >= 'a' && x <= 'z')) {
            r = out;
          }
        }
        SYLLABLES[c - FIRST] = r;
      }
      return r == OUTSIDE ? null : r;
    }

    /**
     * The characters whose reading depends on their context: the keys, between braces, of the
     * chain's rules that have a context ({@code {藏}' '?文 > zàng}; {@code 文} keeps its own reading).
     */
    private static String contextual() {
      StringBuilder sb = new StringBuilder();
      for (Transliterator t : Transliterator.getInstance(CHAINS[HAN_CHAIN]).getElements()) {
        for (String rule : t.toRules(false).split(";")) {
          int open = rule.indexOf('{');
          int close = rule.indexOf('}');
          if (open >= 0 || close >= 0) {
            sb.append(rule, open + 1, close >= 0 ? close : rule.length());
          }
        }
      }
      return sb.toString();
    }
  }

  /**
   * Latin-ASCII letter by letter from a table, with exactly ICU's result, for strings made of ASCII,
   * of the characters in the table (Latin letters with diacritics, {@code ß}, {@code ø}, {@code ł},
   * Vietnamese tone marks; modifier letters and punctuation such as {@code ʿ}, {@code ʼ}, {@code ’})
   * and of combining diacritics that follow a Latin letter or a digit. Latin-ASCII is: NFD, removal of
   * the non-spacing marks that follow a Latin letter or a digit, NFC, then one-character rules without
   * context. For a character whose decomposition is one base that never composes with what precedes
   * it, followed only by non-spacing marks after a Latin base, each of these stages works on each
   * character alone; so the output of such a string is the concatenation of the outputs of its
   * characters, with those marks dropped. The table holds that output, computed by ICU itself, for
   * every such character whose output is ASCII or itself ({@code ʿ} stays; the tokenizer drops it)
   * and which the generic chain (Any-Latin first) leaves as Latin-ASCII does. Serves Latin-script names directly, and the Latin output of Any-Latin for
   * other scripts (Arabic, Devanagari, Thai romanisations carry such marks).
   */
  static final class LatinLetters {
    private static final int[][] RANGES = {{0x00C0, 0x024F}, {0x02B0, 0x02FF}, {0x1E00, 0x1EFF}, {0x2010, 0x206F}};
    private static final int MARKS_FIRST = 0x0300;
    private static final int MARKS_LAST = 0x036F;
    private static final String[] TABLE = new String[size()];
    /** Per table entry: true when the character is a Latin letter (marks after it are dropped). */
    private static final boolean[] LATIN_BASE = new boolean[TABLE.length];

    static {
      build();
    }

    private LatinLetters() {}

    /** The Latin-ASCII form of {@code s}, or null when {@code s} holds a character the table does not cover. */
    static String romanise(String s) {
      StringBuilder sb = null;
      boolean afterLatin = false; // last base is a Latin letter or a digit
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 128) {
          afterLatin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
          if (sb != null) {
            sb.append(c);
          }
          continue;
        }
        String r;
        if (c >= MARKS_FIRST && c <= MARKS_LAST) {
          if (!afterLatin) {
            return null; // a mark after anything else stays through NFD and may compose in NFC
          }
          r = "";
        } else {
          int k = index(c);
          if (k < 0 || TABLE[k] == null) {
            return null;
          }
          r = TABLE[k];
          afterLatin = LATIN_BASE[k];
        }
        if (sb == null) {
          sb = new StringBuilder(s.length() + 4).append(s, 0, i);
        }
        sb.append(r);
      }
      return sb == null ? s : sb.toString();
    }

    /** The table entry of {@code c}, or null when the table does not cover {@code c}. */
    static String lookup(int c) {
      int k = index(c);
      return k < 0 ? null : TABLE[k];
    }

    private static int index(int c) {
      int offset = 0;
      for (int[] r : RANGES) {
        if (c >= r[0] && c <= r[1]) {
          return offset + c - r[0];
        }
        offset += r[1] - r[0] + 1;
      }
      return -1;
    }

    private static int size() {
      int size = 0;
      for (int[] r : RANGES) {
        size += r[1] - r[0] + 1;
      }
      return size;
    }

    private static void build() {
      Normalizer2 nfd = Normalizer2.getNFDInstance();
      Normalizer2 nfc = Normalizer2.getNFCInstance();
      Normalizer2 nfkc = Normalizer2.getNFKCInstance();
      for (int[] r : RANGES) {
        for (int c = r[0]; c <= r[1]; c++) {
          if (!characterByCharacter(c, nfd, nfc, nfkc)) {
            continue;
          }
          String s = String.valueOf((char) c);
          String out = apply(LATIN_ASCII, s);
          if ((isAscii(out) || out.equals(s)) && out.equals(apply(GENERIC, s))) {
            int k = index(c);
            TABLE[k] = out;
            LATIN_BASE[k] = UCharacter.isLetter(c) && UScript.getScript(c) == UScript.LATIN;
          }
        }
      }
    }

    /** True when Latin-ASCII treats {@code c} without regard to its neighbours (see the class comment). */
    static boolean characterByCharacter(int c, Normalizer2 nfd, Normalizer2 nfc, Normalizer2 nfkc) {
      String s = String.valueOf((char) c);
      int script = UScript.getScript(c);
      if (UCharacter.getType(c) == UCharacterCategory.NON_SPACING_MARK || !nfkc.isNormalized(s)
          || (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED)) {
        return false;
      }
      String d = nfd.normalize(s);
      char base = d.charAt(0);
      if (!nfc.hasBoundaryBefore(base) || !nfc.isNormalized(String.valueOf(base))) {
        return false;
      }
      if (d.length() > 1 && (!UCharacter.isLetter(base) || UScript.getScript(base) != UScript.LATIN)) {
        return false;
      }
      for (int i = 1; i < d.length(); i++) {
        if (UCharacter.getType(d.charAt(i)) != UCharacterCategory.NON_SPACING_MARK) {
          return false;
        }
      }
      return true;
    }
  }
}
