package io.interdict.match.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romanises a folded name into plain ASCII letters, digits and separators. Each script has its own
 * ICU chain: Cyrillic goes through BGN/PCGN first (the system OFAC and the UN use: Yevgeniy, not
 * Evgenij), Han becomes pinyin with the given-name syllables joined ({@code 习近平 -> xi jinping}),
 * Hangul is romanised syllable by syllable so that each syllable is a token ({@code 김정은 -> gim
 * jeong eun}). ICU transliterators are costly to create (up to seconds for Any-Latin) and not
 * guaranteed thread-safe, so each chain is created once, lazily, and used under its own lock;
 * results are memoised in a bounded shared cache, so the lock is taken once per distinct string.
 */
public final class Transliteration {
  private static final String TO_ASCII = "Any-Latin; Latin-ASCII";
  private static final String CYRILLIC = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";
  private static final String HAN = "Han-Latin; Latin-ASCII";
  private static final String HANGUL = "Hangul-Latin; Latin-ASCII";
  private static final int CACHE_LIMIT = 200_000;

  private static final String[] CHAINS = {TO_ASCII, CYRILLIC, HAN, HANGUL};
  private static final Transliterator[] SHARED = new Transliterator[CHAINS.length];
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  private Transliteration() {}

  /** ASCII form of an already folded string whose dominant script is {@code script}. */
  public static String toAscii(String folded, int script) {
    if (isAscii(folded)) {
      return folded;
    }
    String key = script + ":" + folded;
    String cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    String out;
    if (script == UScript.HAN) {
      out = han(folded);
    } else if (script == UScript.HANGUL) {
      out = hangul(folded);
    } else if (script == UScript.CYRILLIC) {
      out = apply(1, folded);
    } else {
      out = apply(0, folded);
    }
    if (!isAscii(out)) {
      // Leftovers (a Han character inside a Latin name, a script ICU cannot romanise) go through
      // the generic chain; whatever still is not ASCII is dropped by the tokenizer.
      out = apply(0, out);
    }
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(key, out);
    }
    return out;
  }

  /** Per word: the first syllable is the family name, the following syllables form one given name. */
  static String han(String s) {
    StringBuilder sb = new StringBuilder();
    for (String word : s.split("[\\s\\p{Punct}·・]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String[] syl = apply(2, word).trim().split("\\s+");
      if (sb.length() > 0) {
        sb.append(' ');
      }
      boolean han = word.codePoints().allMatch(c -> UScript.getScript(c) == UScript.HAN);
      if (han && syl.length >= 2 && syl.length <= 4) {
        sb.append(syl[0]).append(' ');
        for (int i = 1; i < syl.length; i++) {
          sb.append(syl[i]);
        }
      } else {
        sb.append(String.join(" ", syl));
      }
    }
    return sb.toString();
  }

  /** Syllable by syllable, so that {@code 정은} and {@code Jong Un} both give two tokens. */
  static String hangul(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0xC774) {
        // 이, the family name Lee / Ri / Yi: Revised Romanisation's bare "i" would read as an initial
        sb.append(" yi ");
      } else if (cp >= 0xAC00 && cp <= 0xD7A3) {
        sb.append(' ').append(apply(3, new String(Character.toChars(cp)))).append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static String apply(int chain, String s) {
    synchronized (SHARED) {
      if (SHARED[chain] == null) {
        SHARED[chain] = Transliterator.getInstance(CHAINS[chain]);
      }
      return SHARED[chain].transliterate(s);
    }
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
