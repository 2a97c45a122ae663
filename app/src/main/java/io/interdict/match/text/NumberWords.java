package io.interdict.match.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English numbers written as words, cardinal or ordinal, read as digits: {@code Brigade Forty-Four},
 * {@code Brigade Forty 4} and {@code Brigade 44} are one name, {@code Three Percenters} is {@code 3
 * Percenters}, {@code Twenty-First Century} is {@code 21 Century}. Digits compare only when equal,
 * so a name must not keep the words on one side and the digits on the other. Runs up to the
 * thousands are read ({@code one hundred and ten}); a word that does not continue the number ends it.
 */
public final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9));
  private static final Map<String, Integer> TEENS = Map.ofEntries(
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19));
  /** Tens, with the misspelling "fourty" that is common enough to appear in lists and queries. */
  private static final Map<String, Integer> TENS = Map.ofEntries(
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fourty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90),
      Map.entry("twentieth", 20), Map.entry("thirtieth", 30), Map.entry("fortieth", 40),
      Map.entry("fiftieth", 50), Map.entry("sixtieth", 60), Map.entry("seventieth", 70),
      Map.entry("eightieth", 80), Map.entry("ninetieth", 90));

  private NumberWords() {}

  /** {@code tokens} with every run of number words replaced by one token of digits. */
  public static List<String> toDigits(List<String> tokens) {
    List<String> out = null;
    int i = 0;
    while (i < tokens.size()) {
      int end = runEnd(tokens, i);
      if (end == i) {
        if (out != null) {
          out.add(tokens.get(i));
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      out.add(Long.toString(value(tokens, i, end)));
      i = end;
    }
    return out == null ? tokens : out;
  }

  /**
   * End (exclusive) of the number run starting at {@code from}; {@code from} when no number word
   * starts there. A run is a group, optionally followed by "thousand" and another group.
   */
  private static int runEnd(List<String> t, int from) {
    int end = group(t, from);
    if (end > from && end < t.size() && isThousand(t.get(end))) {
      end = group(t, end + 1);
    }
    return end;
  }

  /** A group below a thousand: [units|teens hundred [and]] [tens [unit word|digit] | teens | units]. */
  private static int group(List<String> t, int g) {
    int end = g;
    if (g + 1 < t.size() && isBelowTwenty(t.get(g)) && isHundred(t.get(g + 1))) {
      g += 2;
      end = g;
      if (g + 1 < t.size() && t.get(g).equals("and") && isWordBelowHundred(t.get(g + 1))) {
        g++;
      }
    }
    if (g < t.size() && TENS.containsKey(t.get(g))) {
      g++;
      if (g < t.size() && (UNITS.containsKey(t.get(g)) && !t.get(g).equals("zero") || isDigit(t.get(g)))) {
        g++;
      }
      end = g;
    } else if (g < t.size() && isBelowTwenty(t.get(g))) {
      end = g + 1;
    }
    return end;
  }

  private static long value(List<String> t, int from, int end) {
    long total = 0;
    long current = 0;
    for (int i = from; i < end; i++) {
      String w = t.get(i);
      if (isHundred(w)) {
        current *= 100;
      } else if (isThousand(w)) {
        total += current * 1000;
        current = 0;
      } else if (w.equals("and")) {
        continue;
      } else if (isDigit(w)) {
        current += w.charAt(0) - '0';
      } else {
        Integer v = UNITS.get(w);
        if (v == null) {
          v = TEENS.get(w);
        }
        if (v == null) {
          v = TENS.get(w);
        }
        current += v;
      }
    }
    return total + current;
  }

  private static boolean isBelowTwenty(String w) {
    return UNITS.containsKey(w) || TEENS.containsKey(w);
  }

  private static boolean isWordBelowHundred(String w) {
    return isBelowTwenty(w) || TENS.containsKey(w);
  }

  private static boolean isHundred(String w) {
    return w.equals("hundred") || w.equals("hundredth");
  }

  private static boolean isThousand(String w) {
    return w.equals("thousand") || w.equals("thousandth");
  }

  private static boolean isDigit(String w) {
    return w.length() == 1 && w.charAt(0) >= '1' && w.charAt(0) <= '9';
  }
}
