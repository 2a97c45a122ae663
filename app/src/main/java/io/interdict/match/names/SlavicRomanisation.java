package io.interdict.match.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an East Slavic name written the way another language romanises it as the English (BGN/PCGN)
 * spelling the lists use: {@code Wolodymyr Selenskyj -> volodymyr selenskyy}, {@code Sergejs Lavrovs ->
 * sergey lavrov}, {@code Sergueï Choïgou -> serguei shoigu}, {@code Vlagyimir Putyin -> vladimir
 * putin}, {@code Wladimirowitsj Poetin -> vladimirovich putin}. Data in {@code
 * names/slavic_romanisation.txt}.
 *
 * <p>German, Polish, French and Baltic spellings contradict each other and English (J is Y in German
 * and ZH in French), so a name is respelled only when one of its words says it is East Slavic and
 * which system wrote it: a mark only such romanisations produce ({@code -owitsch}, {@code -skyj},
 * {@code -ow}; Latvian {@code -ovs}, Lithuanian {@code -ovas}), or an East Slavic given name after
 * respelling ({@code Wladimir}, {@code Jewgeni}, Latvian {@code Vladimirs}), not spelled the way
 * other European names are too ({@code Viktor}, {@code Elena}). Everything else passes untouched, so
 * the English forms on the lists and William, Jensen or Schmidt in other names keep their spelling.
 * Both the listed names and the queries go through it, which keeps the candidate index exact.
 *
 * <p>Latvian and Lithuanian nominative endings are stripped only inside a name marked Baltic, and
 * only when four letters or more remain ({@code Putinas -> putin}); a name such as Thomas Collins
 * never loses its final s. Immutable.
 */
public final class SlavicRomanisation {
  /** Shortest respelled word, unless the respelling is a table word: shorter ones are other syllables. */
  static final int MIN_RESPELLED = 5;
  /** Letters a word must keep when a Baltic ending is stripped. */
  static final int MIN_BALTIC_STEM = 4;

  static final int SLAVIC = 1;
  static final int FRENCH = 2;
  static final int BALTIC = 4;
  static final int DUTCH = 8;
  static final int HUNGARIAN = 16;

  private record Rule(String from, String to) {}

  private final NameTables tables;
  /**
   * Every spelling of the East Slavic given names (the [given] list and the table spellings that
   * canonicalise to one) mapped to {@link #SLAVIC}, and the [shared] spellings to 0: one lookup
   * answers most words.
   */
  private final Map<String, Integer> given;
  private final Suffixes marks;
  private final Suffixes frenchMarks;
  private final Suffixes balticMarks;
  private final Suffixes dutchMarks;
  private final Suffixes hungarianMarks;
  /** Respelling rules by the first letter they match, longest first. */
  private final Rule[][] respell;
  private final Rule[][] frenchRespell;
  private final Rule[][] dutchRespell;
  private final Rule[][] hungarianRespell;
  private final Rule[] baltic;

  private SlavicRomanisation(NameTables tables, Map<String, List<String>> sections) {
    this.tables = tables;
    Set<String> canonical = Set.copyOf(words(sections, "given"));
    Map<String, Integer> g = new HashMap<>();
    for (String c : canonical) {
      g.put(c, SLAVIC);
    }
    for (Map.Entry<String, NameTables.Node> e : tables.root.next.entrySet()) {
      NameTables.Node n = e.getValue();
      if (n.out != null && n.out.length == 1 && n.kind == TokenKind.NAME && canonical.contains(n.out[0])) {
        g.put(e.getKey(), SLAVIC);
      }
    }
    for (String w : words(sections, "shared")) {
      g.put(w, 0);
    }
    this.given = Map.copyOf(g);
    this.marks = new Suffixes(words(sections, "marks"));
    this.frenchMarks = new Suffixes(words(sections, "french marks"));
    this.balticMarks = new Suffixes(words(sections, "baltic marks"));
    this.dutchMarks = new Suffixes(words(sections, "dutch marks"));
    this.hungarianMarks = new Suffixes(words(sections, "hungarian marks"));
    this.respell = byFirstLetter(rules(sections, "respell"));
    this.frenchRespell = byFirstLetter(rules(sections, "french respell"));
    this.dutchRespell = byFirstLetter(rules(sections, "dutch respell"));
    this.hungarianRespell = byFirstLetter(rules(sections, "hungarian respell"));
    this.baltic = rules(sections, "baltic");
  }

  static SlavicRomanisation load(NameTables tables, String file) {
    Map<String, List<String>> sections = new HashMap<>();
    List<String> current = null;
    for (String line : NameTables.lines(file)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException("names/" + file + ": entry before any [section]: " + line);
      } else {
        current.add(line);
      }
    }
    return new SlavicRomanisation(tables, sections);
  }

  /**
   * The tokens of a name as English would spell them when the name is East Slavic in a German,
   * Polish, Czech, French, Dutch, Hungarian, Latvian or Lithuanian romanisation ({@link #mode} not
   * 0); otherwise {@code plain} itself.
   */
  public List<String> apply(List<String> plain, int mode) {
    if (mode == 0) {
      return plain;
    }
    Rule[][] rules = rules(mode);
    List<String> out = new ArrayList<>(plain.size());
    for (String t : plain) {
      String r = t;
      if ((mode & BALTIC) != 0) {
        String stem = stripBaltic(t);
        r = stem != null ? stem : t;
      }
      if (!tables.root.next.containsKey(r)) {
        String x = respell(r, rules);
        if (x.length() >= MIN_RESPELLED || tables.root.next.containsKey(x)) {
          r = x;
        }
      }
      out.add(r);
    }
    return out;
  }

  /** The respelling rules of a {@link #mode}: one language's, French, Dutch and Hungarian first. */
  private Rule[][] rules(int mode) {
    if ((mode & FRENCH) != 0) {
      return frenchRespell;
    }
    if ((mode & DUTCH) != 0) {
      return dutchRespell;
    }
    return (mode & HUNGARIAN) != 0 ? hungarianRespell : respell;
  }

  /**
   * What the words of a name say about its romanisation: 0 when it is not recognisably East Slavic,
   * else {@link #SLAVIC}, with {@link #FRENCH}, {@link #DUTCH}, {@link #HUNGARIAN} or {@link
   * #BALTIC} when a word is in such a form.
   */
  public int mode(List<String> plain) {
    int mode = 0;
    for (String t : plain) {
      mode |= evidence(t);
    }
    return (mode & SLAVIC) != 0 ? mode : 0;
  }

  /** Which languages' romanisation a {@link #mode} stands for, for explanations. */
  public static String describe(int mode) {
    if ((mode & FRENCH) != 0) {
      return "French";
    }
    if ((mode & DUTCH) != 0) {
      return "Dutch";
    }
    if ((mode & HUNGARIAN) != 0) {
      return "Hungarian";
    }
    return (mode & BALTIC) != 0 ? "Latvian or Lithuanian" : "German, Polish or Czech";
  }

  /** The marks one word carries (see {@link #mode}). */
  int evidence(String t) {
    if (t.length() < 3) {
      return 0;
    }
    Integer known = given.get(t);
    if (known != null && known == 0) {
      return 0; // a spelling other traditions share
    }
    int m = known != null ? known : 0;
    if (frenchMarks.end(t)) {
      m |= SLAVIC | FRENCH;
    }
    if (marks.end(t)) {
      m |= SLAVIC;
    }
    if (balticMarks.end(t)) {
      m |= SLAVIC | BALTIC;
    }
    if (dutchMarks.end(t)) {
      m |= SLAVIC | DUTCH;
    }
    if (hungarianMarks.end(t)) {
      m |= SLAVIC | HUNGARIAN;
    }
    if (m != 0) {
      return m;
    }
    String r = respell(t, respell);
    if (r != t && given.getOrDefault(r, 0) != 0) {
      return SLAVIC; // Wladimir, Jewgeni
    }
    r = respell(t, dutchRespell);
    if (r != t && given.getOrDefault(r, 0) != 0) {
      return SLAVIC | DUTCH; // Joeri, Sjtsjerbakov's given name
    }
    r = respell(t, hungarianRespell);
    if (r != t && given.getOrDefault(r, 0) != 0) {
      return SLAVIC | HUNGARIAN; // Vlagyimir, Szergej
    }
    if (t.charAt(t.length() - 1) == 's') {
      String stem = stripBaltic(t);
      if (stem != null && given.getOrDefault(respell(stem, respell), 0) != 0) {
        return SLAVIC | BALTIC; // Vladimirs, Vladimiras, Igoris
      }
    }
    return 0;
  }

  /**
   * The word without its Latvian or Lithuanian nominative ending, or null when it has none that
   * leaves {@link #MIN_BALTIC_STEM} letters; a bare ending ({@code -s}, {@code -as}) only after a
   * consonant (Lavrov-s, Putin-as; not Ale-s).
   */
  String stripBaltic(String t) {
    for (Rule r : baltic) {
      if (t.endsWith(r.from())) {
        int stem = t.length() - r.from().length();
        if (stem >= MIN_BALTIC_STEM && (!r.to().isEmpty() || !vowel(t.charAt(stem - 1)))) {
          return t.substring(0, stem) + r.to();
        }
      }
    }
    return null;
  }

  /**
   * Applies {@code rules} left to right, the longest match at each position; the same instance when
   * none applies.
   */
  static String respell(String t, Rule[][] rules) {
    StringBuilder sb = null;
    int n = t.length();
    for (int i = 0; i < n; ) {
      char c = t.charAt(i);
      Rule hit = null;
      if (c < rules.length && rules[c] != null) {
        for (Rule r : rules[c]) {
          if (t.startsWith(r.from(), i)) {
            hit = r;
            break;
          }
        }
      }
      if (hit == null) {
        if (sb != null) {
          sb.append(c);
        }
        i++;
      } else {
        if (sb == null) {
          sb = new StringBuilder(n + 4).append(t, 0, i);
        }
        sb.append(hit.to());
        i += hit.from().length();
      }
    }
    return sb == null ? t : sb.toString();
  }

  /** Háček letters (Czech, Slovak, Latvian, Lithuanian) that Latin-ASCII folding would leave without their h. */
  public static boolean hasHacek(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == 'č' || c == 'š' || c == 'ž') {
        return true;
      }
    }
    return false;
  }

  /** Spells háček letters as English does in East Slavic names: č = ch, š = sh, ž = zh (Šoigu -> Shoigu). */
  public static String spellHacek(String folded) {
    return folded.replace("č", "ch").replace("š", "sh").replace("ž", "zh");
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** Word endings, looked up by their last letter: most words end in a letter no mark ends in. */
  private static final class Suffixes {
    private final String[][] byLast = new String[128][];

    Suffixes(List<String> suffixes) {
      for (String x : suffixes) {
        char c = x.charAt(x.length() - 1);
        String[] old = byLast[c];
        String[] now = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = x;
        byLast[c] = now;
      }
    }

    boolean end(String t) {
      char c = t.charAt(t.length() - 1);
      if (c >= byLast.length || byLast[c] == null) {
        return false;
      }
      for (String x : byLast[c]) {
        if (t.endsWith(x)) {
          return true;
        }
      }
      return false;
    }
  }

  private static List<String> words(Map<String, List<String>> sections, String name) {
    List<String> out = new ArrayList<>();
    for (String line : section(sections, name)) {
      for (String w : line.split(",")) {
        if (!w.isBlank()) {
          out.add(w.strip());
        }
      }
    }
    return out;
  }

  private static Rule[] rules(Map<String, List<String>> sections, String name) {
    List<Rule> out = new ArrayList<>();
    for (String line : section(sections, name)) {
      int arrow = line.indexOf("->");
      if (arrow <= 0) {
        throw new IllegalStateException("names/slavic_romanisation.txt [" + name + "]: expected 'from -> to': " + line);
      }
      out.add(new Rule(line.substring(0, arrow).strip(), line.substring(arrow + 2).strip()));
    }
    return out.toArray(new Rule[0]);
  }

  private static Rule[][] byFirstLetter(Rule[] rules) {
    Rule[][] out = new Rule[128][];
    Rule[] sorted = rules.clone();
    Arrays.sort(sorted, Comparator.comparingInt((Rule x) -> -x.from().length()));
    for (Rule r : sorted) {
      char c = r.from().charAt(0);
      Rule[] old = out[c];
      Rule[] now = old == null ? new Rule[1] : Arrays.copyOf(old, old.length + 1);
      now[now.length - 1] = r;
      out[c] = now;
    }
    return out;
  }

  private static List<String> section(Map<String, List<String>> sections, String name) {
    List<String> s = sections.get(name);
    if (s == null) {
      throw new IllegalStateException("names/slavic_romanisation.txt: missing section [" + name + "]");
    }
    return s;
  }
}
