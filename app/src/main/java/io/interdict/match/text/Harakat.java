package io.interdict.match.text;

import java.util.regex.Pattern;

/**
 * Removes the marks Arabic script may add to its letters: the short vowels, nunation, sukun and
 * shadda (U+064B to U+065F), the superscript alif (U+0670), Quranic annotation marks and the tatweel
 * that stretches a word. Names are written with or without them ({@code الدّين} = {@code الدين}); Latin
 * spellings are compared with the letters alone, and the marks, which Unicode does not count as
 * Arabic letters, would keep the article from being split off.
 */
public final class Harakat {
  private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");

  private Harakat() {}

  public static String strip(String s) {
    return MARKS.matcher(s).replaceAll("");
  }
}
