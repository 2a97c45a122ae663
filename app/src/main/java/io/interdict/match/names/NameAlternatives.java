package io.interdict.match.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The written forms a listed name stands for: itself, and when it holds alternatives joined by a
 * slash ({@code Al-Qa'ida/Islamic Army}, {@code Hizballah / Party of God}) each alternative alone, so
 * that a query naming one of them is not charged for the other. A slash between short pieces is part
 * of the name ({@code A/S}, {@code S/A}, {@code c/o}): both neighbours of the slash must be words of
 * at least three letters.
 */
public final class NameAlternatives {
  private static final Pattern SLASH = Pattern.compile("(?<=\\p{L}{3})\\s*/\\s*(?=\\p{L}{3})");

  private NameAlternatives() {}

  public static List<String> of(String name) {
    if (name == null || name.indexOf('/') < 0) {
      return List.of(name == null ? "" : name);
    }
    String[] parts = SLASH.split(name);
    if (parts.length < 2) {
      return List.of(name);
    }
    List<String> out = new ArrayList<>(parts.length + 1);
    out.add(name);
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
