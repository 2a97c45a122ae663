package io.interdict.match.names;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names and their forms for the other sex ({@code Daniel} and {@code Daniela}, {@code Julio}
 * and {@code Julia}), from {@code /names/given_name_sexes.txt}: spellings an ending apart that name
 * two different people. Both sides of every entry are analysed with the standard {@link
 * NameAnalyzer} when the table loads, so lookups take canonical tokens. Immutable; static lookups.
 */
public final class GivenNameSexes {
  static final String FILE = "given_name_sexes.txt";

  private GivenNameSexes() {}

  /** Loaded on first use: each name's forms for the other sex, both ways. */
  private static final class Holder {
    static final Map<String, String[]> OTHERS = new HashMap<>();

    static {
      NameWordPairs.read(FILE, (name, other) -> {
        add(name, other);
        add(other, name);
      });
    }

    private static void add(String a, String b) {
      String[] old = OTHERS.getOrDefault(a, new String[0]);
      String[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = b;
      OTHERS.put(a, grown);
    }
  }

  /** True when canonical tokens {@code a} and {@code b} are one given name's forms for two sexes. */
  public static boolean otherSex(String a, String b) {
    String[] others = Holder.OTHERS.get(a);
    if (others != null) {
      for (String o : others) {
        if (o.equals(b)) {
          return true;
        }
      }
    }
    return false;
  }
}
