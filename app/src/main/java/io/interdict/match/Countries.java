package io.interdict.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a country as written on lists and in queries (ISO alpha-2 or alpha-3 code, English name,
 * list spelling, demonym) to its ISO alpha-2 code, or null when unknown. Public because entry
 * screening compares a passport's issuing state with the country a list gives for the same passport.
 */
public final class Countries {
  private static final Map<String, String> CODES = load();

  private Countries() {}

  /** The lower-case ISO alpha-2 code of {@code s}, or null when it names no known country. */
  public static String code(String s) {
    if (s == null) {
      return null;
    }
    return CODES.get(key(s));
  }

  static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD);
    for (int i = 0; i < folded.length(); i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (c == ' ' || c == ',' || c == '-') {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
      }
    }
    return sb.toString().strip();
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      Locale l = new Locale("", a2);
      String code = a2.toLowerCase(Locale.ROOT);
      m.put(code, code);
      m.put(l.getISO3Country().toLowerCase(Locale.ROOT), code);
      m.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
    }
    InputStream in = Countries.class.getResourceAsStream("/names/countries.txt");
    if (in == null) {
      throw new IllegalStateException("missing resource /names/countries.txt");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String code = line.substring(0, colon).strip();
        for (String alias : line.substring(colon + 1).split(",")) {
          m.put(key(alias), code);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
