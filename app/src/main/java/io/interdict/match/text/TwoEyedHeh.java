package io.interdict.match.text;

/**
 * Reads Urdu's two-eyed heh ({@code ھ}) as the h ({@code ه}) it is romanised as: after a consonant it
 * marks the aspiration Latin spellings write h (چودھری, Chaudhry), and Arabic text typed on an Urdu
 * keyboard has it for ه ({@code الطاھر}, Taher). ICU writes it as an aspiration mark that no Latin
 * spelling has, and the tokenizer drops.
 */
public final class TwoEyedHeh {
  private TwoEyedHeh() {}

  public static String apply(String s) {
    return s.indexOf('ھ') < 0 ? s : s.replace('ھ', 'ه');
  }
}
