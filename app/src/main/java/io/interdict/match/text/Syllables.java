package io.interdict.match.text;

import java.util.regex.Pattern;

/**
 * Whether a token reads as one or two Chinese (pinyin, Wade-Giles) or Korean (Revised, McCune-Reischauer)
 * romanised syllables: {@code li}, {@code jin}, {@code zhiyong}, {@code chol}, {@code kyong}. In such
 * names a given name is one or two syllables, often written as separate words, so a word more is
 * another given name (Li Yi is not Li Yi Peng) rather than an omitted middle name. The shape test
 * over-accepts a few short Western names (Ali), which only makes the middle-name allowance rarer.
 */
public final class Syllables {
  private static final String INITIAL = "(?:zh|ch|sh|hs|ts|tz|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsyw])?";
  private static final String MEDIAL = "[wy]?";
  private static final String VOWELS = "(?:a|e|i|o|u|ae|ai|ao|ei|eo|eu|ia|ie|io|iu|oe|oi|ou|ua|ue|ui|uo|yo|yu|ya|ye|wa|wo|we|wi|oo|ee|iao|uai)";
  private static final String CODA = "(?:ng|n|m|l|k|p|t|h)?";
  private static final String SYLLABLE = INITIAL + MEDIAL + VOWELS + CODA;
  private static final Pattern ONE_OR_TWO = Pattern.compile(SYLLABLE + "(?:" + SYLLABLE + ")?");

  private Syllables() {}

  public static boolean eastAsian(String token) {
    return token.length() <= 8 && ONE_OR_TWO.matcher(token).matches();
  }
}
