package io.interdict.match.names;

import com.ibm.icu.lang.UScript;
import io.interdict.match.text.ArabicArticle;
import io.interdict.match.text.CamelCase;
import io.interdict.match.text.Fold;
import io.interdict.match.text.Harakat;
import io.interdict.match.text.HebrewLetters;
import io.interdict.match.text.InitialAyn;
import io.interdict.match.text.NumberWords;
import io.interdict.match.text.PashtoLetters;
import io.interdict.match.text.PersianZ;
import io.interdict.match.text.RomanNumerals;
import io.interdict.match.text.Scripts;
import io.interdict.match.text.Slips;
import io.interdict.match.text.Syllables;
import io.interdict.match.text.TaMarbuta;
import io.interdict.match.text.TwoEyedHeh;
import io.interdict.match.text.Tokenizer;
import io.interdict.match.text.Transliteration;
import io.interdict.match.text.WellFormed;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysis chain every name goes through, listed names and queries alike: camel-case split ->
 * fold (NFKC + case fold) -> script detection -> in Arabic script, the article written apart, an
 * initial ayn read as the vowel it carries, a final ta marbuta as h, and in a Persian, Urdu or Pashto
 * name ذ ض ظ as z -> romanisation -> tokenisation -> number words as digits -> East Slavic
 * names in other languages' romanisations respelled ({@link SlavicRomanisation}) -> phrase tables
 * (drop honorifics and stop words, canonicalise legal forms, class words, particles, spelling
 * families) -> Roman numerals -> ending rules -> token kinds. Thread-safe.
 */
public final class NameAnalyzer {
  private static final int MIN_ENDING_LENGTH = 5;
  private static final int MIN_SLIP_LENGTH = 4;
  private static final int MAX_TRUNCATED = 3;
  private static final int CACHE_LIMIT = 200_000;

  private final NameTables tables;
  private final PlaceNames places;
  private final WadeGiles wadeGiles = WadeGiles.standard();
  private final java.util.function.Predicate<String> noNameWord = this::noNameWord;
  /**
   * Romanisations that needed ICU's rule engine (tens of microseconds each), by script
   * and folded name; bounded. Per analyzer, so per list version: names screened again (payment
   * parties, monitored customers) are romanised once.
   */
  private final ConcurrentHashMap<String, String> romanised = new ConcurrentHashMap<>();

  public NameAnalyzer(NameTables tables, PlaceNames places) {
    this.tables = tables;
    this.places = places;
  }

  public static NameAnalyzer standard() {
    return new NameAnalyzer(NameTables.standard(), PlaceNames.standard());
  }

  public AnalyzedName analyze(String raw) {
    return analyze(raw, -1);
  }

  /**
   * @param slavicMode the {@link SlavicRomanisation#mode} to read the name in, or -1 for the one its
   *     own words give; parts of a name are read in the whole name's
   */
  private AnalyzedName analyze(String raw, int slavicMode) {
    String folded = Fold.apply(CamelCase.split(WellFormed.apply(raw)));
    int script = Scripts.dominant(folded);
    if (script == UScript.ARABIC) {
      folded = PersianZ.apply(TaMarbuta.apply(InitialAyn.apply(ArabicArticle.split(
          PashtoLetters.apply(TwoEyedHeh.apply(Harakat.strip(folded)))))));
    } else if (script == UScript.HEBREW) {
      folded = HebrewLetters.apply(folded);
    }
    List<String> plain = NumberWords.toDigits(Tokenizer.tokens(romanise(folded, script)));
    int slavic = slavicMode >= 0 ? slavicMode : tables.slavic.mode(plain);
    String romanisation = null;
    if (slavic != 0) {
      List<String> respelled = tables.slavic.apply(hacekSpelt(plain, folded, script), slavic);
      romanisation = respelled.equals(plain) ? null : SlavicRomanisation.describe(slavic);
      plain = respelled;
    }
    String[][] wadeGiles = script == UScript.LATIN ? this.wadeGiles.readings(folded, plain, noNameWord) : null;
    List<String> toks = new ArrayList<>(plain.size());
    List<Byte> kinds = new ArrayList<>(plain.size());
    List<String[]> readings = wadeGiles == null ? null : new ArrayList<>(plain.size());
    BitSet asWritten = new BitSet();
    applyTables(plain, wadeGiles, script, syllabic(plain), toks, kinds, readings, asWritten);
    if (toks.isEmpty() && !plain.isEmpty()) {
      // A name made only of titles or stop words ("The President") keeps its words.
      for (String p : plain) {
        asWritten.set(toks.size());
        toks.add(p);
        kinds.add(TokenKind.NAME);
      }
    }
    java.util.Set<String> qualifiers = raw != null && raw.indexOf('(') >= 0 ? qualifiers(raw, slavic) : java.util.Set.of();
    String[] tokens = new String[toks.size()];
    byte[] k = new byte[toks.size()];
    for (int i = 0; i < tokens.length; i++) {
      String t = toks.get(i);
      byte kind = kinds.get(i);
      if (kind == TokenKind.NAME) {
        t = ending(RomanNumerals.toArabic(t));
      }
      if (kind == TokenKind.NAME && qualifiers.contains(t)) {
        kind = TokenKind.QUALIFIER;
      }
      tokens[i] = t;
      k[i] = kindOf(t, kind);
    }
    if (organisation(k)) {
      markPlaces(places, tokens, k);
      seriesLetter(tokens, k);
    } else if (script == UScript.LATIN && readings == null) {
      Tokens split = splitJoinedInitials(tokens, k);
      tokens = split.tokens();
      k = split.kinds();
    }
    markAncestors(tokens, k);
    return new AnalyzedName(raw, tokens, k, script, Scripts.symbolic(script) ? symbols(folded) : null, romanisation,
        readings == null || readings.size() != tokens.length ? null : pinyin(tokens, readings),
        Scripts.abjad(script) ? skeletons(asWritten, tokens, script) : null);
  }

  /**
   * Per token, whether it is romanised as written ({@code asWritten}), not a table's Latin spelling.
   * Not a word of two letters outside Arabic script: Hebrew's are often particles and short names
   * whose two consonants meet too many Latin words ({@code יעל}, Yael, would be {@code yl} ~ al).
   */
  private static boolean[] skeletons(BitSet asWritten, String[] tokens, int script) {
    boolean[] out = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = asWritten.get(i) && (tokens[i].length() > 2 || script == UScript.ARABIC);
    }
    return out;
  }

  /**
   * Names between two "son of" particles after the father's are forefathers ({@link
   * TokenKind#ANCESTOR}): the father's name tells two men apart (Noureddine ben Mohamed is not
   * Noureddine ben Ali), a grandfather's is the part of the chain records leave out.
   */
  static void markAncestors(String[] tokens, byte[] kinds) {
    boolean fatherSeen = false;
    for (int i = 1; i + 1 < tokens.length; i++) {
      if (kinds[i] == TokenKind.NAME && lineage(tokens[i - 1])) {
        if (fatherSeen && lineage(tokens[i + 1])) {
          kinds[i] = TokenKind.ANCESTOR;
        }
        fatherSeen = true;
      }
    }
  }

  /** Whether a canonical token says whose child someone is ("bin", "ibn", "ben", "bint" after the tables). */
  public static boolean lineage(String token) {
    return token.equals("bin") || token.equals("bint");
  }

  /**
   * In an organisation's name, a lone I, V or X, or the XI and VI that elsewhere are family names,
   * ending the name before any legal form is a series number: {@code Nantahala Capital Offshore Fund
   * I, Ltd.} is fund number 1 (and so not {@code Nantahala Capital Offshore Fund, Ltd.}), {@code
   * Partners V L.P.} number 5, {@code Bain Capital Fund XI L.P.} number 11.
   */
  static void seriesLetter(String[] tokens, byte[] kinds) {
    int last = kinds.length - 1;
    while (last >= 0 && kinds[last] == TokenKind.LEGAL) {
      last--;
    }
    if (last < 1 || kinds[last] != TokenKind.INITIAL && kinds[last] != TokenKind.NAME
        || kinds[last - 1] == TokenKind.INITIAL) {
      return;
    }
    String digits = switch (tokens[last]) {
      case "i" -> "1";
      case "v" -> "5";
      case "x" -> "10";
      case "vi" -> "6";
      case "xi" -> "11";
      default -> null;
    };
    if (digits != null) {
      tokens[last] = digits;
      kinds[last] = TokenKind.NUMBER;
    }
  }

  /**
   * A name word of two or three letters and no vowel, in a Latin-script name that is no
   * organisation's, is initials written together: {@code JC Juncker} is J. C. Juncker. Ng, a family
   * name, is the exception. The joined units of {@code NameUnits} still meet the word written whole.
   */
  static boolean joinedInitials(String token, byte kind) {
    int n = token.length();
    if (kind != TokenKind.NAME || n < 2 || n > 3 || token.equals("ng")) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private record Tokens(String[] tokens, byte[] kinds) {}

  /**
   * The name with every {@link #joinedInitials} word split into its initials; unchanged when there
   * is none, or no other name word stands beside them (a lone BWI or Mr is what it says).
   */
  private static Tokens splitJoinedInitials(String[] tokens, byte[] kinds) {
    int extra = 0;
    boolean word = false;
    for (int i = 0; i < tokens.length; i++) {
      if (joinedInitials(tokens[i], kinds[i])) {
        extra += tokens[i].length() - 1;
      } else {
        word |= kinds[i] == TokenKind.NAME && tokens[i].length() > 1;
      }
    }
    if (extra == 0 || !word) {
      return new Tokens(tokens, kinds);
    }
    String[] t = new String[tokens.length + extra];
    byte[] k = new byte[t.length];
    int j = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (joinedInitials(tokens[i], kinds[i])) {
        for (int c = 0; c < tokens[i].length(); c++) {
          t[j] = String.valueOf(tokens[i].charAt(c));
          k[j++] = TokenKind.INITIAL;
        }
      } else {
        t[j] = tokens[i];
        k[j++] = kinds[i];
      }
    }
    return new Tokens(t, k);
  }

  private static boolean organisation(byte[] kinds) {
    for (byte b : kinds) {
      if (b == TokenKind.LEGAL || b == TokenKind.CLASS) {
        return true;
      }
    }
    return false;
  }

  /**
   * In an organisation's name, the place a branch or subsidiary sits weighs as a qualifier (see
   * {@link TokenKind#PLACE}): {@code Faberlic Europe Sp. z o.o.} is found by {@code Faberlic}, but
   * {@code Mendez Nederland} is not {@code Mendez Belgie}. A name whose every word is a place keeps them as names
   * ({@code Bank of China}: China is what tells it from the Bank of Japan).
   */
  static void markPlaces(PlaceNames places, String[] tokens, byte[] kinds) {
    byte[] marked = kinds.clone();
    int names = 0;
    for (int i = 0; i < tokens.length; ) {
      int len = 0;
      for (int l = Math.min(PlaceNames.MAX_TOKENS, tokens.length - i); l >= 1 && len == 0; l--) {
        if (allNames(kinds, i, i + l) && places.isPlace(tokens, i, i + l)) {
          len = l;
        }
      }
      if (len == 0) {
        names += kinds[i] == TokenKind.NAME ? 1 : 0;
        i++;
      } else {
        java.util.Arrays.fill(marked, i, i + len, TokenKind.PLACE);
        i += len;
      }
    }
    if (names > 0) {
      System.arraycopy(marked, 0, kinds, 0, kinds.length);
    }
  }

  private static boolean allNames(byte[] kinds, int from, int to) {
    for (int i = from; i < to; i++) {
      if (kinds[i] != TokenKind.NAME) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern PARENTHESISED = java.util.regex.Pattern.compile("\\([^()]*\\)");

  /**
   * Words that appear only in parentheses: a qualifier such as a country or branch ({@code Deutsche
   * Bank (Schweiz) AG}, {@code ... Company (U.K.) Limited}) or an acronym repeated from the name. They
   * count as little as a class word, so the name is found with or without them, but one qualifier
   * against another is a different body ({@code (France)} is not {@code (Germany)}).
   */
  private java.util.Set<String> qualifiers(String raw, int slavicMode) {
    java.util.regex.Matcher m = PARENTHESISED.matcher(raw);
    StringBuilder inside = new StringBuilder();
    while (m.find()) {
      inside.append(' ').append(raw, m.start() + 1, m.end() - 1);
    }
    if (inside.length() == 0) {
      return java.util.Set.of();
    }
    java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(analyze(inside.toString(), slavicMode).tokens()));
    words.removeAll(java.util.Arrays.asList(analyze(PARENTHESISED.matcher(raw).replaceAll(" "), slavicMode).tokens()));
    return words;
  }

  /**
   * The tokens with Czech and Baltic háček letters spelled as English spells them in an East Slavic
   * name (Šoigu: shoigu, not soigu), when the name has any.
   */
  private List<String> hacekSpelt(List<String> plain, String folded, int script) {
    if (!SlavicRomanisation.hasHacek(folded)) {
      return plain;
    }
    String spelt = SlavicRomanisation.spellHacek(folded);
    List<String> h = NumberWords.toDigits(Tokenizer.tokens(romanise(spelt, script)));
    return h.size() == plain.size() ? h : plain;
  }

  private String romanise(String folded, int script) {
    String out = Transliteration.withoutRuleEngine(folded, script);
    if (out != null) {
      return out;
    }
    String key = script + ":" + folded;
    out = romanised.get(key);
    if (out == null) {
      out = Transliteration.toAscii(folded, script);
      if (romanised.size() < CACHE_LIMIT) {
        romanised.put(key, out);
      }
    }
    return out;
  }

  /**
   * The canonical pinyin readings of each token that has some other than itself ({@link WadeGiles}),
   * or null when none has: each reading goes through the spelling families and ending rules as a
   * written token would, so that it meets the pinyin name analysed the same way ({@code li -> ri}).
   */
  private String[][] pinyin(String[] tokens, List<String[]> readings) {
    String[][] out = new String[tokens.length][];
    boolean any = false;
    for (int i = 0; i < tokens.length; i++) {
      String[] r = readings.get(i);
      if (r == null || r.length == 0) {
        continue;
      }
      List<String> canonical = new ArrayList<>(r.length);
      for (String reading : r) {
        String c = ending(familyOf(reading));
        if (!c.equals(tokens[i]) && !canonical.contains(c)) {
          canonical.add(c);
        }
      }
      if (!canonical.isEmpty()) {
        out[i] = canonical.toArray(new String[0]);
        any = true;
      }
    }
    return any ? out : null;
  }

  /** A word the tables drop (a title, a stop word) or read as a legal form, class word or particle. */
  private boolean noNameWord(String word) {
    NameTables.Node n = tables.root.next.get(word);
    return n != null && n.out != null && (n.out.length == 0 || n.kind != TokenKind.NAME);
  }

  /** The spelling family's canonical form of one name word ({@code lee -> ri}), or the word itself. */
  private String familyOf(String word) {
    NameTables.Node n = tables.root.next.get(word);
    return n != null && n.out != null && n.out.length == 1 && n.kind == TokenKind.NAME ? n.out[0] : word;
  }

  /**
   * Two or more words, every one a romanised East-Asian syllable: there In, On and To are syllables
   * of a Korean, Chinese or Vietnamese name (Kim In Ho, Kim Jong On), not English stop words.
   */
  static boolean syllabic(List<String> plain) {
    if (plain.size() < 2) {
      return false;
    }
    for (String p : plain) {
      if (!Syllables.eastAsian(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies the phrase tables to {@code plain}, filling {@code toks} and {@code kinds}, and marking in
   * {@code asWritten} the tokens no table spelled. The syllables
   * of a name read as Wade-Giles ({@code wadeGiles[i] != null}) are name words whatever else they
   * spell ({@code Tsai Ing-wen}: ing is no engineer's title, {@code Te} no particle); they take only
   * their spelling family, and their readings go to {@code readings}, one entry per token. In a
   * name written in Han, Hangul or Katakana ({@link Scripts#symbolic}) a word that alone spells a
   * title or a legal form is a syllable, and so is one such syllable in a name made of East-Asian syllables
   * ({@code syllabic}): Pao, Ao and Sa are family names there, not joint-stock companies. A particle
   * alone is a syllable too in those scripts: 彬 is the given name Bin, not the Arabic "son of", and
   * 达 is Da, not the de of Romance names. A longer word keeps its reading there (the Hungarian
   * title in {@code Putyin elnök}).
   */
  private void applyTables(List<String> plain, String[][] wadeGiles, int script, boolean syllabic,
      List<String> toks, List<Byte> kinds, List<String[]> readings, BitSet asWritten) {
    int i = 0;
    while (i < plain.size()) {
      if (wadeGiles != null && wadeGiles[i] != null) {
        toks.add(familyOf(plain.get(i)));
        kinds.add(TokenKind.NAME);
        readings.add(wadeGiles[i]);
        i++;
        continue;
      }
      NameTables.Node n = tables.root;
      NameTables.Node matched = null;
      int matchedEnd = i;
      boolean misspelt = false;
      for (int j = i; j < plain.size(); j++) {
        NameTables.Node parent = n;
        n = n.next.get(plain.get(j));
        if (n == null && j > i && j == plain.size() - 1) {
          n = truncated(parent, plain.get(j));
        }
        if (n == null && !misspelt) {
          n = misspelt(parent, plain.get(j), j + 1 < plain.size() ? plain.get(j + 1) : null);
          misspelt = n != null;
        }
        if (n == null) {
          break;
        }
        if (n.out != null && (!misspelt || j + 1 - i >= NameTables.MIN_MISSPELT_PHRASE)) {
          matched = n;
          matchedEnd = j + 1;
        }
      }
      if (matched == null && !Scripts.abjad(script)) {
        // A typing slip is made on a Latin keyboard; a word romanised from an abjad script is a
        // skeleton, compared with Latin spellings as such (احسان -> ahsan is Ehsan, not Hasan).
        matched = slipOfTableWord(plain.get(i));
        matchedEnd = i + 1;
      }
      if (matched != null && matchedEnd == i + 1
          && ((Scripts.symbolic(script) || syllabic && Syllables.one(plain.get(i)))
                  && (matched.out.length == 0 || matched.kind == TokenKind.LEGAL)
              || Scripts.symbolic(script) && matched.kind == TokenKind.PARTICLE
              || matched.out.length == 0 && !kinds.isEmpty() && kinds.get(kinds.size() - 1) == TokenKind.PARTICLE)) {
        matched = null; // a title after al- or bin is a family name: El Sayed, Al-Haji
      }
      if (matched != null && Scripts.abjad(script) && matched.kind == TokenKind.PARTICLE
          && !SEMITIC_PARTICLES.contains(matched.out[0])) {
        matched = null; // لا romanised is la, a name (Lala), not the la of Romance names
      }
      if (matched == null) {
        asWritten.set(toks.size());
        toks.add(compound(Scripts.abjad(script) ? plain.get(i) : compoundTail(plain.get(i))));
        kinds.add(TokenKind.NAME);
        i++;
      } else {
        for (String o : matched.out) {
          toks.add(o);
          kinds.add(matched.kind);
        }
        i = matchedEnd;
      }
      while (readings != null && readings.size() < toks.size()) {
        readings.add(null);
      }
    }
  }

  /** Shortest start of a word before the second element {@link #compoundTail} rewrites. */
  static final int MIN_TAIL_HEAD = 3;

  /**
   * A Latin word joined from an Arabic compound ({@code Jalaluddin}, {@code Habibullah}) with the
   * second element spelled canonically ({@code jalalaldin}, {@code habiballah}: {@link
   * NameTables#compoundTails}); the first such element after a start of at least {@link
   * #MIN_TAIL_HEAD} letters counts, also inside the word ({@code Nuriddinov}, or {@code AREFULLAHA}
   * where a slip moved the boundary to the next word); and a word that is such an element alone
   * ({@code Nour Eddine}) takes its spelling too. Other words are returned unchanged. Not for
   * words romanised from an abjad script: those keep the article as written ({@code نورالدين ->
   * nwraldyn}) and meet the Latin spelling through their skeleton.
   */
  String compoundTail(String word) {
    int first = NameTables.letterPair(word, 0);
    if (first >= 0 && tables.compoundTails[first] != null) {
      for (NameTables.CompoundTail t : tables.compoundTails[first]) {
        if (word.equals(t.ending())) {
          return t.canonical(); // written apart: Nour Eddine, as Noureddine
        }
      }
    }
    for (int p = MIN_TAIL_HEAD; p + 1 < word.length(); p++) {
      int pair = NameTables.letterPair(word, p);
      NameTables.CompoundTail[] starting = pair < 0 ? null : tables.compoundTails[pair];
      if (starting == null) {
        continue;
      }
      for (NameTables.CompoundTail t : starting) {
        if (word.startsWith(t.ending(), p)) {
          return word.substring(0, p) + t.canonical() + word.substring(p + t.ending().length());
        }
      }
    }
    return word;
  }

  /** Shortest start of a word that {@link #compound} reads as a name of its own. */
  static final int MIN_COMPOUND_HEAD = 6;
  /**
   * The particles of names written in Arabic, Persian, Hebrew or Syriac script (canonical spellings
   * from {@code particles.txt}); a word of such a script that romanises like a Romance or Germanic
   * particle ({@code de}, {@code la}, {@code van}) is a name word there.
   */
  static final Set<String> SEMITIC_PARTICLES = Set.of("al", "bin", "bint", "abu", "abd", "umm", "ould", "bar");

  /** Shortest start of a word that {@link #compound} reads as a phrase of particles ({@code abdul}). */
  static final int MIN_PARTICLE_HEAD = 5;
  /** Shortest rest of such a word. */
  static final int MIN_COMPOUND_TAIL = 3;

  /**
   * A word written as one that begins with a name the spelling tables know ({@code MOHAMMADHASNI},
   * {@code Mohammadali}) takes that name's canonical spelling for its start, as the two words written
   * apart would ({@code muhammad hasni}), so that the joined form of those words meets it; so does one
   * that begins with a phrase of particles ({@code Abdulkarim}, {@code Abdelkader} -> {@code
   * abdalkarim}, as {@code Abdul Karim} and {@code Abd al-Karim} read {@code abd al karim}). The
   * longest such start counts; other words are returned unchanged.
   */
  String compound(String word) {
    for (int end = word.length() - MIN_COMPOUND_TAIL; end >= MIN_PARTICLE_HEAD; end--) {
      NameTables.Node n = tables.root.next.get(word.substring(0, end));
      if (n == null || n.out == null) {
        continue;
      }
      String head = null;
      if (n.kind == TokenKind.NAME && n.out.length == 1 && end >= MIN_COMPOUND_HEAD) {
        head = n.out[0];
      } else if (n.kind == TokenKind.PARTICLE && n.out.length > 1) {
        head = String.join("", n.out);
      }
      if (head != null) {
        return head.equals(word.substring(0, end)) ? word : head + word.substring(end);
      }
    }
    return word;
  }

  /**
   * The continuation of a phrase that {@code word} is one substituted letter from ({@code JOYNT STOCK
   * COMPANY}); a phrase may hold one such word and counts only when it is at least {@link
   * NameTables#MIN_MISSPELT_PHRASE} words long, so the other words vouch for it.
   */
  private NameTables.Node misspelt(NameTables.Node parent, String word, String next) {
    if (word.length() < NameTables.MIN_MISSPELT_WORD) {
      return null;
    }
    String found = null;
    if (parent == tables.root) {
      if (next == null || !tables.phraseSeconds.contains(next)) {
        return null; // nearly every word of a name: no phrase of three words could go on here
      }
      for (int p = 0; p < word.length(); p++) {
        List<String> keys = tables.phraseStartsByWildcard.get(NameTables.wildcard(word, p));
        if (keys != null) {
          for (String k : keys) {
            if (found != null && !found.equals(k)) {
              return null;
            }
            found = k;
          }
        }
      }
    } else {
      for (String k : parent.next.keySet()) {
        if (k.length() == word.length() && mismatches(k, word) == 1) {
          if (found != null) {
            return null;
          }
          found = k;
        }
      }
    }
    return found == null ? null : parent.next.get(found);
  }

  private static int mismatches(String a, String b) {
    int d = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        d++;
      }
    }
    return d;
  }

  /**
   * The phrase a name cut off in its last word completes ({@code JOINT STOCK COMPAN}, as a 35-character
   * payment field truncates it): the one continuation of a phrase already begun that the word is a
   * prefix of, at most {@link #MAX_TRUNCATED} letters short. Only inside a phrase of several words,
   * so a name ending in Marin does not become the class word marine.
   */
  private static NameTables.Node truncated(NameTables.Node parent, String word) {
    if (word.length() < MIN_SLIP_LENGTH) {
      return null;
    }
    NameTables.Node found = null;
    for (java.util.Map.Entry<String, NameTables.Node> e : parent.next.entrySet()) {
      String k = e.getKey();
      if (e.getValue().out != null && k.startsWith(word) && k.length() - word.length() <= MAX_TRUNCATED) {
        if (found != null && !java.util.Arrays.equals(found.out, e.getValue().out)) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  /**
   * The table entry a word not in the tables is one typing slip from ({@code Mohamemd -> Mohammed},
   * {@code Ommar -> Omar}, {@code Abudl -> Abdul}) or one inner letter short of ({@code Serei ->
   * Sergei}, in entries of six letters or more; a dropped first or last letter often makes another
   * name), so that the slip is not compared with the canonical spelling ({@code muhammad}) it no
   * longer resembles. Letters repeated by a held key are forgiven in any word ({@code Yyu -> Yu});
   * other slips in words under {@link #MIN_SLIP_LENGTH} letters are not (Ben is not Been).
   */
  private NameTables.Node slipOfTableWord(String word) {
    String plain = Slips.withoutRepeats(word);
    if (plain != word) {
      // Letters repeated by a held key, in a word of any length: Yyu -> Yu, Gassmi -> Gasmi (-> Qasim).
      // Not into a particle: All is an English word, not al.
      NameTables.Node n = tables.root.next.get(plain);
      if (n == null || n.out == null) {
        n = slipOfTableWord(plain); // plain repeats nothing: one level deep
      }
      if (n != null && n.out != null && n.out.length > 0 && n.kind != TokenKind.PARTICLE) {
        return n;
      }
    }
    if (word.length() < MIN_SLIP_LENGTH) {
      return null;
    }
    NameTables.Node dropped = tables.byDroppedLetter.get(word);
    if (dropped != null) {
      return dropped;
    }
    if (!tables.slipSpellings.contains(word)) {
      return null;
    }
    for (String v : Slips.variants(word)) {
      NameTables.Node n = tables.root.next.get(v);
      if (n != null && n.out != null && n.out.length > 0) {
        return n;
      }
    }
    return null;
  }

  /** Applies the first matching ending rule and the first matching beginning rule. */
  String ending(String t) {
    if (t.length() < MIN_ENDING_LENGTH) {
      return t;
    }
    boolean suffixDone = false;
    boolean prefixDone = false;
    for (NameTables.Ending e : tables.endings) {
      if (e.prefix()) {
        if (!prefixDone && t.startsWith(e.from())) {
          t = e.to() + t.substring(e.from().length());
          prefixDone = true;
        }
      } else if (!suffixDone && t.endsWith(e.from())) {
        t = t.substring(0, t.length() - e.from().length()) + e.to();
        suffixDone = true;
      }
    }
    return t;
  }

  static byte kindOf(String t, byte tableKind) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return TokenKind.NUMBER;
      }
    }
    if (t.length() == 1 && tableKind == TokenKind.NAME) {
      return TokenKind.INITIAL;
    }
    return tableKind;
  }

  static String[] symbols(String folded) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        out.add(new String(Character.toChars(cp)));
      }
    }
    return out.toArray(new String[0]);
  }
}
