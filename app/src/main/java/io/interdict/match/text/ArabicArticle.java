package io.interdict.match.text;

import java.util.regex.Pattern;

/**
 * Writes the Arabic definite article apart from the word it is joined to ({@code الأسد -> ال أسد}),
 * as Latin spellings do ({@code al-Assad}), so that the name word meets its Latin spelling and the
 * article is read as the particle it is. The article stays on words too short to carry one (a
 * remainder of one letter) and in Allah ({@code الله}, as in {@code عبد الله}), where Latin spells it
 * as one word too.
 */
public final class ArabicArticle {
  private static final Pattern ARTICLE =
      Pattern.compile("(?<!\\p{IsArabic})ال(?=\\p{IsArabic}{2})(?!له(?!\\p{IsArabic}))");

  private ArabicArticle() {}

  public static String split(String s) {
    return s.indexOf('ا') < 0 ? s : ARTICLE.matcher(s).replaceAll("ال ");
  }
}
