package io.interdict.match.names;

import java.util.HashSet;
import java.util.Set;

/**
 * Given names and their forms for the other sex ({@code Daniel} and {@code Daniela}, {@code Julio}
 * and {@code Julia}), from {@code /names/given_name_sexes.txt}: spellings an ending apart that name
 * two different people. Both sides of every entry are analysed with the standard {@link
 * NameAnalyzer} when the table loads, so lookups take canonical tokens. Immutable; static lookups.
 */
public final class GivenNameSexes {
  static final String FILE = "given_name_sexes.txt";

  private GivenNameSexes() {}

  /** Loaded on first use: "a|b" for every pair, in both orders. */
  private static final class Holder {
    static final Set<String> PAIRS = new HashSet<>();

    static {
      NameAnalyzer analyzer = NameAnalyzer.standard();
      for (String line : NameTables.lines(FILE)) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new IllegalStateException("names/" + FILE + ": expected 'name: other forms': " + line);
        }
        String name = nameWord(analyzer, line.substring(0, colon), line);
        for (String entry : line.substring(colon + 1).split(",")) {
          String other = nameWord(analyzer, entry, line);
          if (other.equals(name)) {
            throw new IllegalStateException("names/" + FILE + ": '" + entry.strip()
                + "' analyses to the name itself: " + line);
          }
          PAIRS.add(name + '|' + other);
          PAIRS.add(other + '|' + name);
        }
      }
    }
  }

  private static String nameWord(NameAnalyzer analyzer, String entry, String line) {
    AnalyzedName a = analyzer.analyze(entry.strip());
    if (a.tokens().length != 1 || a.kinds()[0] != TokenKind.NAME) {
      throw new IllegalStateException("names/" + FILE + ": '" + entry.strip() + "' does not analyse to one name word (got '"
          + a.canonical() + "'): " + line);
    }
    return a.tokens()[0];
  }

  /** True when canonical tokens {@code a} and {@code b} are one given name's forms for two sexes. */
  public static boolean otherSex(String a, String b) {
    int la = a.length();
    int lb = b.length();
    // every pair in the table is an ending apart: skip the lookup for the rest
    return Math.abs(la - lb) <= 3 && a.charAt(0) == b.charAt(0) && Holder.PAIRS.contains(a + '|' + b);
  }
}
