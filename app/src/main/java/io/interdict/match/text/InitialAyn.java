package io.interdict.match.text;

import java.util.regex.Pattern;

/**
 * Reads the ayn (ع) that begins an Arabic word as the vowel Latin spellings write for it, as an alif
 * ({@code علي -> الي}, {@code عباس -> اباس}): Ali, Abbas, Omar, Abdullah start with a vowel, while
 * ICU writes the ayn as a mark the tokenizer drops, leaving {@code ly}. An ayn before an alif gives
 * that alif alone ({@code عادل -> ادل}, Adel). Inside a word it is left alone.
 */
public final class InitialAyn {
  private static final Pattern INITIAL = Pattern.compile("(?<!\\p{IsArabic})عا?(?=\\p{IsArabic})");

  private InitialAyn() {}

  public static String apply(String s) {
    return s.indexOf('ع') < 0 ? s : INITIAL.matcher(s).replaceAll("ا");
  }
}
