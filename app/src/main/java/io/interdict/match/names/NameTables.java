package io.interdict.match.names;

import io.interdict.match.text.Fold;
import io.interdict.match.text.Scripts;
import io.interdict.match.text.Slips;
import io.interdict.match.text.Tokenizer;
import io.interdict.match.text.Transliteration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's name knowledge, loaded from {@code /names/*.txt}: a phrase trie mapping token
 * sequences (legal forms, class words, particles, spelling families, honorifics, stop words) to their
 * canonical tokens and kind, plus romanisation ending rules and the East Slavic names of other
 * languages' romanisations ({@link SlavicRomanisation}). Immutable after loading.
 */
public final class NameTables {
  /** Trie node over tokens; {@code out == null} means no phrase ends here. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>();
    String[] out;
    byte kind;
  }

  /** A rewrite of a token's ending (or beginning when {@code prefix}). */
  record Ending(String from, String to, boolean prefix) {}

  /**
   * The ending of a word joined from an Arabic compound ({@code uddin} of Jalaluddin) and its
   * canonical spelling ({@code aldin}); see {@code compound_tails.txt}.
   */
  record CompoundTail(String ending, String canonical) {}

  private static final String[] DROP = new String[0];

  final Node root = new Node();
  final List<Ending> endings = new ArrayList<>();
  /**
   * Per pair of first letters ({@link #letterPair}), the compound tails that start with it, longest
   * first: a word is looked through letter by letter, and most pairs start none.
   */
  final CompoundTail[][] compoundTails = new CompoundTail[26 * 26][];
  /**
   * First words of phrases of {@link #MIN_MISSPELT_PHRASE} words or more, by each spelling with one
   * letter replaced by '?': where a misspelt first word ({@code JOYNT STOCK COMPANY}) is looked up.
   */
  final Map<String, List<String>> phraseStartsByWildcard = new HashMap<>();
  /** Second words of those phrases: a misspelt first word is looked for only before one of them. */
  final java.util.Set<String> phraseSeconds = new java.util.HashSet<>();
  /**
   * Single-word entries of at least {@link #MIN_DROPPED_LETTER_WORD} letters by each spelling with one
   * inner letter dropped ({@code serei -> sergei}); a spelling two entries share maps to null.
   */
  final Map<String, Node> byDroppedLetter = new HashMap<>();
  /**
   * Every spelling one typing slip from a single-word entry that has words ({@link Slips#variants}).
   * A slip undoes itself (a swap swaps back, a doubled letter is singled), so a word of three letters
   * or more can be a slip of an entry only if it is here: most words are not, and need no variants
   * of their own made.
   */
  final java.util.Set<String> slipSpellings = new java.util.HashSet<>();
  /** East Slavic names in other languages' romanisations, read back into English spelling. */
  SlavicRomanisation slavic;
  static final int MIN_DROPPED_LETTER_WORD = 6;
  /**
   * The same for class words and legal forms, one letter longer: five letters left of a six-letter
   * vocabulary word are often a given name (Marine -> Marie), and a person's name must not turn
   * into an organisation's.
   */
  static final int MIN_DROPPED_LETTER_ORG_WORD = 7;
  /** Words in the shortest phrase that may hold one misspelt word. */
  static final int MIN_MISSPELT_PHRASE = 3;
  /** Letters in the shortest word that may be misspelt inside a phrase. */
  static final int MIN_MISSPELT_WORD = 4;

  private NameTables() {}

  static int minDroppedLetterWord(byte kind) {
    return kind == TokenKind.CLASS || kind == TokenKind.LEGAL ? MIN_DROPPED_LETTER_ORG_WORD : MIN_DROPPED_LETTER_WORD;
  }

  private static final class Holder {
    static final NameTables STANDARD = load();
  }

  public static NameTables standard() {
    return Holder.STANDARD;
  }

  static NameTables load() {
    NameTables t = new NameTables();
    // Later tables win on the same phrase: a legal form beats a class word beats a particle.
    t.loadList("stopwords.txt");
    t.loadList("honorifics.txt");
    t.loadMap("particles.txt", TokenKind.PARTICLE);
    t.loadMap("name_variants.txt", TokenKind.NAME);
    t.loadMap("org_words.txt", TokenKind.CLASS);
    t.loadMap("legal_forms.txt", TokenKind.LEGAL);
    for (Map.Entry<String, Node> e : t.root.next.entrySet()) {
      String k = e.getKey();
      if (k.length() >= MIN_MISSPELT_WORD && depth(e.getValue()) >= MIN_MISSPELT_PHRASE) {
        for (int p = 0; p < k.length(); p++) {
          t.phraseStartsByWildcard.computeIfAbsent(wildcard(k, p), x -> new ArrayList<>()).add(k);
        }
        for (Map.Entry<String, Node> second : e.getValue().next.entrySet()) {
          if (depth(second.getValue()) >= MIN_MISSPELT_PHRASE - 1) {
            t.phraseSeconds.add(second.getKey());
          }
        }
      }
    }
    for (Map.Entry<String, Node> e : t.root.next.entrySet()) {
      String k = e.getKey();
      // Not romanised Chinese or Korean syllables: Cheng is a name of its own, not Cheong short of a letter.
      if (k.length() >= minDroppedLetterWord(e.getValue().kind) && e.getValue().out != null
          && e.getValue().out.length > 0 && !io.interdict.match.text.Syllables.eastAsian(k)) {
        for (int p = 1; p < k.length() - 1; p++) {
          String dropped = k.substring(0, p) + k.substring(p + 1);
          if (t.root.next.containsKey(dropped)) {
            continue; // itself a table word
          }
          Node prev = t.byDroppedLetter.putIfAbsent(dropped, e.getValue());
          if (prev != null && !java.util.Arrays.equals(prev.out, e.getValue().out)) {
            t.byDroppedLetter.put(dropped, null);
          }
        }
      }
    }
    for (Map.Entry<String, Node> e : t.root.next.entrySet()) {
      if (e.getValue().out != null && e.getValue().out.length > 0) {
        t.slipSpellings.addAll(Slips.variants(e.getKey()));
      }
    }
    t.slavic = SlavicRomanisation.load(t, "slavic_romanisation.txt");
    for (String line : lines("endings.txt")) {
      String[] p = line.split("->");
      if (p.length != 2) {
        throw new IllegalStateException("names/endings.txt: expected 'from -> to': " + line);
      }
      String from = p[0].trim();
      boolean prefix = from.startsWith("^");
      t.endings.add(new Ending(prefix ? from.substring(1) : from, p[1].trim(), prefix));
    }
    List<CompoundTail> tails = new ArrayList<>();
    for (String line : lines("compound_tails.txt")) {
      String[] p = line.split(":");
      if (p.length != 2 || p[0].isBlank() || p[1].isBlank() || letterPair(p[0].trim(), 0) < 0) {
        throw new IllegalStateException("names/compound_tails.txt: expected 'ending: canonical ending': " + line);
      }
      tails.add(new CompoundTail(p[0].trim(), p[1].trim()));
    }
    tails.sort((a, b) -> b.ending().length() - a.ending().length());
    for (CompoundTail tail : tails) {
      int k = letterPair(tail.ending(), 0);
      CompoundTail[] old = t.compoundTails[k];
      CompoundTail[] grown = old == null ? new CompoundTail[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = tail;
      t.compoundTails[k] = grown;
    }
    return t;
  }

  /** Index of the two letters a to z at {@code at} in {@code s}, or -1 when they are not both such. */
  static int letterPair(String s, int at) {
    if (at + 1 >= s.length()) {
      return -1;
    }
    int a = s.charAt(at) - 'a';
    int b = s.charAt(at + 1) - 'a';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }

  static String wildcard(String word, int position) {
    return word.substring(0, position) + '?' + word.substring(position + 1);
  }

  /** Words in the longest phrase below {@code n}, counting {@code n}'s own. */
  private static int depth(Node n) {
    int d = 0;
    for (Node c : n.next.values()) {
      d = Math.max(d, depth(c));
    }
    return d + 1;
  }

  /** Analyses a table entry the way names are analysed, without applying the tables. */
  static List<String> plainTokens(String s) {
    String f = Fold.apply(s);
    return Tokenizer.tokens(Transliteration.toAscii(f, Scripts.dominant(f)));
  }

  private void loadList(String file) {
    for (String line : lines(file)) {
      for (String entry : line.split(",")) {
        put(plainTokens(entry), DROP, TokenKind.NAME);
      }
    }
  }

  private void loadMap(String file, byte kind) {
    for (String line : lines(file)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("names/" + file + ": expected 'canonical: variants': " + line);
      }
      String[] canonical = plainTokens(line.substring(0, colon)).toArray(new String[0]);
      put(List.of(canonical), canonical, kind);
      for (String v : line.substring(colon + 1).split(",")) {
        put(plainTokens(v), canonical, kind);
      }
    }
  }

  private void put(List<String> phrase, String[] out, byte kind) {
    if (phrase.isEmpty()) {
      return;
    }
    Node n = root;
    for (String tok : phrase) {
      n = n.next.computeIfAbsent(tok, k -> new Node());
    }
    n.out = out;
    n.kind = kind;
  }

  /** The entries of a table: its lines without comments and blank lines, stripped. */
  static List<String> lines(String file) {
    InputStream in = NameTables.class.getResourceAsStream("/names/" + file);
    if (in == null) {
      throw new IllegalStateException("missing resource /names/" + file);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
