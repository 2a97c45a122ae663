package io.interdict.match.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Given-name nicknames and the full names they stand for ({@code Ted} for Edward and Theodore,
 * {@code Sasha} for Aleksandr), from {@code /names/nicknames.txt}. Both sides of every entry are
 * analysed with the standard {@link NameAnalyzer} when the table loads, so lookups take canonical
 * tokens as names produce them ({@code Alexander} and {@code Oleksandr} are both {@code aleksandr}).
 * The relation is between a nickname and its full names only: two full names sharing a nickname
 * (Edward, Theodore) are not related through it. Immutable; static lookups.
 */
public final class Nicknames {
  static final String FILE = "nicknames.txt";

  private static final String[] NONE = new String[0];

  private Nicknames() {}

  /** Loaded on first use: canonical nickname -> its full names, full name -> its nicknames, sorted. */
  private static final class Holder {
    static final Map<String, String[]> FULL_NAMES = new HashMap<>();
    static final Map<String, String[]> NICKNAMES = new HashMap<>();

    static {
      Map<String, TreeSet<String>> full = new HashMap<>();
      Map<String, TreeSet<String>> nick = new HashMap<>();
      NameWordPairs.read(FILE, (name, nickname) -> {
        full.computeIfAbsent(nickname, k -> new TreeSet<>()).add(name);
        nick.computeIfAbsent(name, k -> new TreeSet<>()).add(nickname);
      });
      full.forEach((k, v) -> FULL_NAMES.put(k, v.toArray(NONE)));
      nick.forEach((k, v) -> NICKNAMES.put(k, v.toArray(NONE)));
    }
  }

  /** Full names a canonical token is a nickname of (sorted; empty when none). */
  public static String[] fullNames(String token) {
    return Holder.FULL_NAMES.getOrDefault(token, NONE);
  }

  /** Nicknames of a canonical full name (sorted; empty when none). */
  public static String[] nicknames(String token) {
    return Holder.NICKNAMES.getOrDefault(token, NONE);
  }

  /** True when canonical token {@code nickname} stands for {@code fullName} ({@code ted, theodore}). */
  public static boolean isNicknameOf(String nickname, String fullName) {
    String[] full = Holder.FULL_NAMES.get(nickname);
    return full != null && Arrays.binarySearch(full, fullName) >= 0;
  }

  /** True when one token is a nickname of the other ({@code ted, theodore} and {@code theodore, ted}). */
  public static boolean related(String a, String b) {
    return isNicknameOf(a, b) || isNicknameOf(b, a);
  }

  /** Every token {@link #related} to {@code token}: its full names, then its nicknames. */
  public static List<String> relatedTo(String token) {
    String[] full = fullNames(token);
    String[] nick = nicknames(token);
    List<String> out = new ArrayList<>(full.length + nick.length);
    out.addAll(Arrays.asList(full));
    out.addAll(Arrays.asList(nick));
    return out;
  }
}
