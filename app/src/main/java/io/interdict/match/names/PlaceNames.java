package io.interdict.match.names;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Place names as token phrases (countries in English from the locale data, {@code names/countries.txt}
 * and {@code names/places.txt}), for marking where a branch or subsidiary sits in an organisation's
 * name. Immutable after loading.
 */
public final class PlaceNames {
  /** Longest phrase, in tokens ({@code democratic peoples republic of korea} after stop words). */
  static final int MAX_TOKENS = 6;

  private final Set<String> phrases;
  /** First words of the phrases: most words of a name start none, and are answered without a string built. */
  private final Set<String> firstWords;

  private PlaceNames(Set<String> phrases) {
    this.phrases = Set.copyOf(phrases);
    Set<String> first = new HashSet<>();
    for (String p : phrases) {
      int space = p.indexOf(' ');
      first.add(space < 0 ? p : p.substring(0, space));
    }
    this.firstWords = Set.copyOf(first);
  }

  private static final class Holder {
    static final PlaceNames STANDARD = load();
  }

  public static PlaceNames standard() {
    return Holder.STANDARD;
  }

  static PlaceNames load() {
    Set<String> p = new HashSet<>();
    for (String a2 : Locale.getISOCountries()) {
      add(p, new Locale("", a2).getDisplayCountry(Locale.ENGLISH));
    }
    for (String line : NameTables.lines("countries.txt")) {
      for (String alias : line.substring(line.indexOf(':') + 1).split(",")) {
        add(p, alias);
      }
    }
    for (String line : NameTables.lines("places.txt")) {
      for (String place : line.split(",")) {
        add(p, place);
      }
    }
    return new PlaceNames(p);
  }

  private static void add(Set<String> phrases, String place) {
    List<String> t = NameTables.plainTokens(place);
    if (!t.isEmpty() && t.size() <= MAX_TOKENS) {
      phrases.add(String.join(" ", t));
    }
  }

  /** Whether tokens {@code [from, to)} spell a place. */
  public boolean isPlace(String[] tokens, int from, int to) {
    if (!firstWords.contains(tokens[from])) {
      return false;
    }
    if (to - from == 1) {
      return phrases.contains(tokens[from]);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(tokens[i]);
    }
    return phrases.contains(sb.toString());
  }
}
