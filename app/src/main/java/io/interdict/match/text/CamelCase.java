package io.interdict.match.text;

/**
 * Stage before folding: separates words run together in camel case ({@code SergeiLavrov -> Sergei
 * Lavrov}, {@code SiemensAG -> Siemens AG}), as typed into fields without spaces. A lower-case run of
 * one letter stays joined ({@code McDonald}); longer prefixes split ({@code MacArthur -> Mac
 * Arthur}), which costs nothing because the scorer also compares adjacent tokens joined. A capital
 * that ends a word is part of it ({@code GmbH}).
 */
public final class CamelCase {
  private CamelCase() {}

  public static String split(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    int lowerRun = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c) && lowerRun >= 2 && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 4).append(s, 0, i);
        }
        sb.append(' ');
      }
      lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
      if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
