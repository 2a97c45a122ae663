package io.interdict.match.names;

import io.interdict.match.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a Latin-script name written in Wade-Giles as pinyin, syllable by syllable ({@code Hsi
 * Chin-p'ing -> xi jin ping}, {@code Mao Tse-tung -> mao ze dong}), from the conversion table in
 * {@code names/wade_giles.txt}. The pinyin readings do not replace the written syllables: they are
 * alternatives the scorer may pair instead ({@link io.interdict.match.NameUnits}), so a Wade-Giles
 * name meets its pinyin spelling, and written the same way still meets itself.
 *
 * <p>Wade-Giles tells {@code chen} (zhen) from {@code ch'en} (chen) and {@code chu} (zhu) from
 * {@code chü} (ju) only by the apostrophe and the umlaut, which records mostly drop. A syllable
 * written without them stands for every reading it may have lost them from ({@code chen} is zhen or
 * chen; {@code chu} is zhu, chu, ju or qu), unless the name shows that its writer kept them: a name
 * with one aspiration apostrophe ({@code Hsi Chin-p'ing}) reads its other syllables as unaspirated,
 * one with a {@code ü} reads its other {@code u} as plain u. Only the conflation the lost marks cause
 * is admitted; a syllable never reads as one that differs in anything else.
 *
 * <p>A name is read so only when it is plausibly Chinese in Wade-Giles: every word is a Wade-Giles or
 * pinyin syllable (words the name tables know as no name word, such as a title or a legal form, may
 * stand between them), and at least one syllable is Wade-Giles evidence. Evidence is a syllable
 * written with an aspiration apostrophe ({@code ch'}, {@code k'}, {@code p'}, {@code t'}, {@code
 * ts'}, {@code tz'}), or one that Wade-Giles spells and neither pinyin nor Korean romanisation can
 * ({@code hsi}, {@code tse}, {@code tzu}, {@code chih}, {@code chieh}, {@code kuei}, {@code yeh}),
 * or, in a hyphenated name (the Wade-Giles way of writing a given name), one that only Korean cannot
 * spell ({@code Chou En-lai}: pinyin has chou too). McCune-Reischauer Korean names stay as they are:
 * nearly all of them hold a syllable neither system has ({@code Kim}, {@code Pak}, {@code chol},
 * {@code jong}, {@code un}, a vowel with a breve), and syllables such as {@code chin}, {@code sung},
 * {@code ho} or {@code chung}, which both Korean and Wade-Giles write, are no evidence.
 */
public final class WadeGiles {
  /**
   * Every Korean syllable as McCune-Reischauer (breves dropped), Revised Romanisation and the usual
   * passport spellings write it: initial, vowel, final.
   */
  private static final Pattern KOREAN = Pattern.compile(
      "(?:g|k|kk|n|d|t|tt|r|l|m|b|p|pp|s|ss|sh|j|jj|ch|tch|h)?"
          + "(?:a|ae|ya|yae|eo|o|yeo|yo|e|ye|wa|wae|oe|u|wo|weo|we|wi|yu|eu|ui|i)"
          + "(?:k|n|t|l|m|p|ng)?");

  /** One Wade-Giles spelling of a syllable and its pinyin. */
  private record Entry(boolean aspirated, boolean umlaut, String pinyin) {}

  /** By spelling without apostrophe and umlaut: every Wade-Giles syllable that may have been meant. */
  private final Map<String, List<Entry>> bySpelling = new HashMap<>();
  /** Written with an apostrophe, as the table spells it ({@code ch'en}): aspirated syllables. */
  private final Set<String> aspiratedSpellings = new HashSet<>();
  /**
   * Per Wade-Giles or pinyin spelling, its classes: a syllable; one only Wade-Giles spells (neither
   * pinyin nor Korean); a Wade-Giles spelling Korean romanisation cannot have.
   */
  private final Map<String, Integer> classes = new HashMap<>();
  private static final int SYLLABLE = 1;
  private static final int UNAMBIGUOUS = 2;
  private static final int NOT_KOREAN = 4;
  private static final int PINYIN = 8;

  private WadeGiles() {}

  private static final class Holder {
    static final WadeGiles STANDARD = load();
  }

  public static WadeGiles standard() {
    return Holder.STANDARD;
  }

  static WadeGiles load() {
    WadeGiles w = new WadeGiles();
    Set<String> pinyin = new HashSet<>();
    for (String line : NameTables.lines("wade_giles.txt")) {
      int colon = line.indexOf(':');
      String written = colon > 0 ? line.substring(0, colon).strip() : "";
      String py = colon > 0 ? plain(line.substring(colon + 1).strip()) : null;
      if (written.isEmpty() || py == null || py.isEmpty() || plain(written) == null) {
        throw new IllegalStateException("names/wade_giles.txt: expected 'wade-giles: pinyin': " + line);
      }
      boolean aspirated = written.indexOf('\'') >= 0;
      w.bySpelling.computeIfAbsent(plain(written), k -> new ArrayList<>())
          .add(new Entry(aspirated, written.indexOf('\u00fc') >= 0, py));
      if (aspirated) {
        w.aspiratedSpellings.add(written);
      }
      pinyin.add(py);
    }
    for (String s : pinyin) {
      w.classes.put(s, SYLLABLE | PINYIN);
    }
    for (String s : w.bySpelling.keySet()) {
      int c = SYLLABLE | (pinyin.contains(s) ? PINYIN : 0);
      if (!KOREAN.matcher(s).matches()) {
        c |= NOT_KOREAN | (pinyin.contains(s) ? 0 : UNAMBIGUOUS);
      }
      w.classes.put(s, c);
    }
    return w;
  }

  /** Whether {@code token} is a pinyin syllable (without tone and umlaut: {@code xi}, {@code lu}). */
  public boolean pinyin(String token) {
    Integer c = classes.get(token);
    return c != null && (c & PINYIN) != 0;
  }

  /**
   * The pinyin readings of each of {@code tokens} (the name's tokens before the name tables, in
   * order), or null when {@code folded} is not read as Wade-Giles. A token's readings are null when it
   * is not a syllable of the name (a title, a legal form) and hold only spellings other than its own.
   *
   * @param folded the folded name, with its apostrophes, hyphens and umlauts
   * @param tableWord true for a word that is no name word (a title, a legal form, a particle the name
   *     tables know): such words may stand between the syllables
   */
  public String[][] readings(String folded, List<String> tokens, Predicate<String> tableWord) {
    // Most names have a word that is no syllable, or no sign of Wade-Giles at all: answered before
    // the folded name is parsed.
    int seen = 0;
    for (String t : tokens) {
      Integer c = classes.get(t);
      if (c == null && !tableWord.test(t)) {
        return null;
      }
      seen |= c == null ? 0 : c;
    }
    if ((seen & UNAMBIGUOUS) == 0 && !((seen & NOT_KOREAN) != 0 && folded.indexOf('-') >= 0) && !hasApostrophe(folded)) {
      return null;
    }
    List<String> written = new ArrayList<>(tokens.size());
    boolean hyphenated = syllables(folded, written);
    if (written.size() != tokens.size()) {
      return null;
    }
    boolean evidence = false;
    boolean apostrophes = false;
    boolean umlauts = false;
    boolean[] syllable = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String w = written.get(i);
      String p = plain(w);
      if (p == null || !p.equals(tokens.get(i)) || afterVowel(w)) {
        // letters the tokenizer reads otherwise (dotted abbreviations, digits), or an apostrophe
        // after a vowel: McCune-Reischauer's stand-in for the breve (Ch'un-yo'ng), not aspiration
        return null;
      }
      int c = classes.getOrDefault(p, 0);
      syllable[i] = c != 0;
      if (!syllable[i]) {
        if (!tableWord.test(p)) {
          return null;
        }
        continue;
      }
      boolean aspirated = aspiratedSpellings.contains(w);
      apostrophes |= aspirated;
      umlauts |= w.indexOf('\u00fc') >= 0;
      evidence |= aspirated || (c & UNAMBIGUOUS) != 0 || hyphenated && (c & NOT_KOREAN) != 0;
    }
    if (!evidence) {
      return null;
    }
    String[][] out = new String[tokens.size()][];
    for (int i = 0; i < out.length; i++) {
      List<Entry> entries = syllable[i] ? bySpelling.get(tokens.get(i)) : null;
      if (entries == null) {
        continue;
      }
      String w = written.get(i);
      boolean aspirated = aspiratedSpellings.contains(w);
      boolean umlaut = w.indexOf('\u00fc') >= 0;
      List<String> r = new ArrayList<>(4);
      // Where the writer kept the marks, a syllable without them means what it says; a spelling
      // that exists only with the mark (hsu, written hsü in the table) still reads as itself.
      for (Entry e : entries) {
        boolean kept = (!apostrophes || e.aspirated() == aspirated || !has(entries, x -> x.aspirated() == aspirated))
            && (!umlauts || e.umlaut() == umlaut || !has(entries, x -> x.umlaut() == umlaut));
        if (kept && !e.pinyin().equals(tokens.get(i)) && !r.contains(e.pinyin())) {
          r.add(e.pinyin());
        }
      }
      out[i] = r.toArray(new String[0]);
    }
    return out;
  }

  private static boolean hasApostrophe(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Tokenizer.isApostrophe(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterVowel(String written) {
    for (int i = 1; i < written.length(); i++) {
      if (written.charAt(i) == '\'' && "aeiou\u00fc\u00ea".indexOf(written.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(List<Entry> entries, Predicate<Entry> p) {
    for (Entry e : entries) {
      if (p.test(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits a folded name into its words as the tokenizer would, keeping apostrophes and umlauts;
   * returns whether a hyphen joins two of them.
   */
  private static boolean syllables(String folded, List<String> out) {
    StringBuilder cur = new StringBuilder();
    boolean hyphenated = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Tokenizer.isApostrophe(c)) {
        if (cur.length() > 0) {
          cur.append('\'');
        }
      } else if (Character.isLetter(c)) {
        cur.append(c);
      } else {
        if (c == '-' && cur.length() > 0 && i + 1 < folded.length() && Character.isLetter(folded.charAt(i + 1))) {
          hyphenated = true;
        }
        flush(cur, out);
      }
    }
    flush(cur, out);
    return hyphenated;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** The spelling without apostrophes and umlaut ({@code ch'ü -> chu}), or null for other letters. */
  static String plain(String written) {
    StringBuilder sb = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (c == '\u00fc') {
        sb.append('u');
      } else if (c == '\u00ea') {
        sb.append('e');
      } else if (c != '\'') {
        return null;
      }
    }
    return sb.toString();
  }

}
