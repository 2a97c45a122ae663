package io.interdict.lists.ofac;

import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import java.util.Locale;

/**
 * OFAC's identifier labels ("Passport", "Cedula No.", "Digital Currency Address - ETH", "Vessel
 * Registration Identification", ...) as Interdict identifiers. The label itself is always kept, so an
 * unknown label loses nothing: it becomes {@link IdType#OTHER}.
 */
public final class OfacIdTypes {
  private static final String CRYPTO_PREFIX = "digital currency address - ";

  private OfacIdTypes() {}

  /**
   * True for the labels OFAC files among identifiers that are really facts about the listing
   * ("Gender", "Secondary sanctions risk:", "Organization Established Date", ...): Interdict keeps
   * those as remarks so that they never match a customer's document number.
   */
  public static boolean isListingFact(String label) {
    String l = label.toLowerCase(Locale.ROOT).strip();
    return l.endsWith(":")
        || l.endsWith("-")
        || l.contains("sanction")
        || l.contains("date")
        || l.startsWith("gender")
        || l.startsWith("target type")
        || l.startsWith("organization type")
        || l.startsWith("nationality of registration")
        || l.contains("vessel flag")
        || l.startsWith("executive order")
        || l.startsWith("transactions prohibited");
  }

  /** An identifier for {@code value} listed under {@code label}; IMO and crypto values normalised. */
  public static Identifier identifier(String label, String value, String country) {
    String l = label.toLowerCase(Locale.ROOT).strip();
    String v = value.strip();
    if (l.startsWith(CRYPTO_PREFIX)) {
      String ticker = label.strip().substring(CRYPTO_PREFIX.length()).strip().toUpperCase(Locale.ROOT);
      return new Identifier(IdType.CRYPTO, v, country, ticker, label.strip());
    }
    IdType type = classify(l);
    if (type == IdType.IMO || (l.startsWith("vessel registration") && v.toUpperCase(Locale.ROOT).startsWith("IMO"))) {
      // OFAC writes "IMO 9187629"; the number alone is what a payment message carries
      String digits = v.replaceAll("(?i)^IMO\\s*", "");
      return new Identifier(IdType.IMO, digits, country, null, label.strip());
    }
    return new Identifier(type, v, country, null, label.strip());
  }

  public static IdType classify(String lowerLabel) {
    String l = lowerLabel;
    if (l.contains("passport")) {
      return IdType.PASSPORT;
    }
    if (l.equals("imo") || l.startsWith("imo ")) {
      return IdType.IMO;
    }
    if (l.startsWith("mmsi")) {
      return IdType.MMSI;
    }
    if (l.contains("swift") || word(l, "bic")) {
      return IdType.BIC;
    }
    if (l.startsWith("email")) {
      return IdType.EMAIL;
    }
    if (l.startsWith("website")) {
      return IdType.WEBSITE;
    }
    if (l.startsWith("phone")) {
      return IdType.PHONE;
    }
    if (l.contains("tax") || l.startsWith("nit") || l.startsWith("ruc") || l.startsWith("rfc") || word(l, "inn") || word(l, "vat")) {
      return IdType.TAX_ID;
    }
    if (l.contains("registration") || l.contains("registry") || l.contains("company number") || l.contains("business number") || l.contains("ogrn") || l.contains("legal entity number")) {
      return IdType.REGISTRATION;
    }
    if (l.contains("national id") || l.contains("cedula") || l.contains("identification number") || l.contains("id no") || l.contains("d.n.i") || l.contains("c.u.r.p") || l.contains("curp") || l.contains("identity card") || l.contains("personal id") || l.contains("citizen")) {
      return IdType.NATIONAL_ID;
    }
    return IdType.OTHER;
  }

  private static boolean word(String text, String w) {
    return java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(text).find();
  }
}
