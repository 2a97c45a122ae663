package io.interdict.payments;

import java.util.Locale;

/** Business Identifier Codes (ISO 9362): normal form and the country they sit in. */
public final class Bics {
  private Bics() {}

  /** Upper case, spaces removed; the primary-office branch {@code XXX} is dropped, so BIC8 == BIC8XXX. */
  public static String normalize(String bic) {
    if (bic == null) {
      return null;
    }
    String v = bic.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    if (v.length() == 11 && v.endsWith("XXX")) {
      return v.substring(0, 8);
    }
    if (v.length() == 12) { // logical terminal: BIC8 + terminal letter + branch
      String branch = v.substring(9);
      return v.substring(0, 8) + ("XXX".equals(branch) ? "" : branch);
    }
    return v;
  }

  /** True for the shape of a BIC: 4 letters (institution), 2 letters (country), 2 alnum, optional 3 alnum. */
  public static boolean isValid(String bic) {
    return bic != null && bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
  }

  /** ISO country code of the BIC (characters 5 and 6), or null when it is not a BIC. */
  public static String country(String bic) {
    String n = normalize(bic);
    return isValid(n) ? n.substring(4, 6) : null;
  }
}
