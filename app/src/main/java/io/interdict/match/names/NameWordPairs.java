package io.interdict.match.names;

import java.util.function.BiConsumer;

/**
 * Reads a table of given names, one line each, {@code name: word, word, ...} ({@code nicknames.txt},
 * {@code given_name_sexes.txt}). Both sides are analysed with the standard {@link NameAnalyzer}, so
 * that lookups take canonical tokens as names produce them; an entry that does not analyse to one
 * name word, or analyses to the line's name itself, is a table error naming file and line.
 */
final class NameWordPairs {
  private NameWordPairs() {}

  /** Calls {@code pair} with the canonical name and canonical word of every entry in {@code file}. */
  static void read(String file, BiConsumer<String, String> pair) {
    NameAnalyzer analyzer = NameAnalyzer.standard();
    for (String line : NameTables.lines(file)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("names/" + file + ": expected 'name: word, word, ...': " + line);
      }
      String name = nameWord(analyzer, file, line.substring(0, colon), line);
      for (String entry : line.substring(colon + 1).split(",")) {
        String word = nameWord(analyzer, file, entry, line);
        if (word.equals(name)) {
          throw new IllegalStateException("names/" + file + ": '" + entry.strip()
              + "' analyses to the line's name itself: " + line);
        }
        pair.accept(name, word);
      }
    }
  }

  private static String nameWord(NameAnalyzer analyzer, String file, String entry, String line) {
    AnalyzedName a = analyzer.analyze(entry.strip());
    if (a.tokens().length != 1 || a.kinds()[0] != TokenKind.NAME) {
      throw new IllegalStateException("names/" + file + ": '" + entry.strip() + "' does not analyse to one name word (got '"
          + a.canonical() + "'): " + line);
    }
    return a.tokens()[0];
  }
}
