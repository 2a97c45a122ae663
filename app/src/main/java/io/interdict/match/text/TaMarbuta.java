package io.interdict.match.text;

import java.util.regex.Pattern;

/**
 * Reads the Arabic ta marbuta (ة) that ends a word as the h it is said as there ({@code أسامة ->
 * أسامه}): Latin spellings of names end in -a or -ah (Usama, Fatimah), never in the t that ICU
 * writes for it. Inside a word, where it is said t, it is rare and is left alone.
 */
public final class TaMarbuta {
  private static final Pattern FINAL = Pattern.compile("ة(?!\\p{IsArabic})");

  private TaMarbuta() {}

  public static String apply(String s) {
    return s.indexOf('ة') < 0 ? s : FINAL.matcher(s).replaceAll("ه");
  }
}
