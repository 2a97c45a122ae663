package io.interdict.match.text;

/**
 * Reads Pashto's {@code ځ} (dze) as the z that Afghan names are spelled with in Latin ({@code ځدران},
 * Zadran), where ICU writes dz, which no listing has. Its sister {@code څ} (tse) is left to ICU:
 * listings spell it ts and s alike.
 */
public final class PashtoLetters {
  private PashtoLetters() {}

  public static String apply(String s) {
    return s.indexOf('ځ') < 0 ? s : s.replace('ځ', 'ز');
  }
}
