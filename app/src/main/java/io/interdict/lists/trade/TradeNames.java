package io.interdict.lists.trade;

import io.interdict.lists.Assembly;
import io.interdict.model.Address;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Helpers for the US trade lists, which carry names and addresses as single free-text cells. */
final class TradeNames {
  private TradeNames() {}

  /**
   * A person's name written "LAST, First" in natural order ("First LAST"), as the other lists write
   * it. Organisation names keep their commas ("2904977 CANADA, INC."); so does a person's name with
   * more than one comma, or a suffix after it ("HERNANDEZ, JR.").
   */
  static String natural(String name, boolean person) {
    String n = Assembly.collapse(name);
    if (!person || n == null) {
      return n;
    }
    int comma = n.indexOf(", ");
    if (comma <= 0 || n.indexOf(',', comma + 1) >= 0) {
      return n;
    }
    String given = n.substring(comma + 2).strip();
    if (given.isEmpty() || given.matches("(?i)(jr|sr|ii|iii|iv)\\.?")) {
      return n;
    }
    return given + " " + n.substring(0, comma).strip();
  }

  /** {@code "80 SW 8th Street Suite 2000, Miami, FL, 33130, US"}: the trailing two-letter code is the country. */
  static Address address(String oneLine) {
    String s = oneLine.strip();
    int last = s.lastIndexOf(", ");
    if (last > 0 && s.length() - last - 2 == 2 && s.substring(last + 2).chars().allMatch(Character::isUpperCase)) {
      return new Address(s.substring(0, last), null, null, null, s.substring(last + 2));
    }
    return new Address(s, null, null, null, null);
  }

  /**
   * A stable id for a row that has none: the first 12 hex digits of the SHA-256 of the parts that
   * identify it (upper-cased, spaces collapsed), so that the same party keeps its id across versions.
   */
  static String digest(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      String c = Assembly.collapse(p);
      sb.append(c == null ? "" : c.toUpperCase(Locale.ROOT)).append('\u001f');
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
