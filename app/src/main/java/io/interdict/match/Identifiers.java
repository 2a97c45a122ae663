package io.interdict.match;

import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import java.util.Locale;

/**
 * Identifier normal forms. Documents (passport, national id, IMO, BIC, registration numbers) compare
 * on their letters and digits, upper-cased, ignoring spaces, dashes and a leading "IMO". Crypto
 * addresses compare exactly per chain: hex addresses ({@code 0x...}) and bech32 addresses
 * ({@code bc1...}) case-insensitively, base58 and others case-sensitively, since case is part of the
 * address there.
 */
public final class Identifiers {
  /** Shorter keys than this never match on their own: too many accidental collisions. */
  static final int MIN_LENGTH = 5;

  private Identifiers() {}

  /** The lookup key of a listed identifier, or null when it is too short to match on its own. */
  public static String key(Identifier id) {
    String k = id.type() == IdType.CRYPTO ? "c:" + cryptoKey(id.value()) : "d:" + documentKey(id.value());
    return k.length() - 2 >= MIN_LENGTH ? k : null;
  }

  public static String documentKey(String v) {
    StringBuilder sb = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    String s = sb.toString();
    return s.startsWith("IMO") && s.length() == 10 ? s.substring(3) : s;
  }

  public static String cryptoKey(String v) {
    String s = v.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x") || lower.startsWith("bc1") || lower.startsWith("ltc1")
        || lower.startsWith("tb1") || isHex(lower)) {
      return lower;
    }
    return s;
  }

  private static boolean isHex(String s) {
    if (s.length() < 32) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** A query identifier: an optional chain prefix ({@code ETH:0x...}) and the value. */
  record QueryId(String chain, String value) {
    static QueryId parse(String s) {
      int colon = s.indexOf(':');
      if (colon > 1 && colon <= 6 && s.substring(0, colon).chars().allMatch(Character::isLetter)) {
        return new QueryId(s.substring(0, colon).toUpperCase(Locale.ROOT), s.substring(colon + 1).strip());
      }
      return new QueryId(null, s.strip());
    }
  }
}
