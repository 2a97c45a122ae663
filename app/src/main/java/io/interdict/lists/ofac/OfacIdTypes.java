package io.interdict.lists.ofac;

import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OFAC's identifier labels ("Passport", "Cedula No.", "Digital Currency Address - ETH", "Vessel
 * Registration Identification", ...) as Interdict identifiers. The label itself is always kept, so an
 * unknown label loses nothing: it becomes {@link IdType#OTHER}.
 */
public final class OfacIdTypes {
  private static final String CRYPTO_PREFIX = "digital currency address - ";

  /**
   * The labels OFAC writes in SDN remarks and identifier lists, with their type; longest first where
   * they nest, since a remark clause is recognised by the label it opens with. Labels not here are
   * classified by keyword ({@link #classify}).
   */
  private static final List<Map.Entry<String, IdType>> LABELS = List.of(
    Map.entry("Vessel Registration Identification IMO", IdType.IMO),
    Map.entry("Identification Number IMO", IdType.IMO),
    Map.entry("Company Number IMO", IdType.IMO),
    Map.entry("IMO", IdType.IMO),
    Map.entry("MMSI", IdType.MMSI),
    Map.entry("SWIFT/BIC", IdType.BIC),
    Map.entry("Email Address", IdType.EMAIL),
    Map.entry("Website", IdType.WEBSITE),
    Map.entry("Phone Number", IdType.PHONE),
    Map.entry("Phone", IdType.PHONE),
    Map.entry("Telephone Number", IdType.PHONE),
    Map.entry("Telephone", IdType.PHONE),
    Map.entry("Fax", IdType.PHONE),
    Map.entry("Diplomatic Passport", IdType.PASSPORT),
    Map.entry("Passport", IdType.PASSPORT),
    Map.entry("National ID No.", IdType.NATIONAL_ID),
    Map.entry("National Foreign ID Number", IdType.NATIONAL_ID),
    Map.entry("Personal ID Card", IdType.NATIONAL_ID),
    Map.entry("Cedula No.", IdType.NATIONAL_ID),
    Map.entry("D.N.I.", IdType.NATIONAL_ID),
    Map.entry("C.U.R.P.", IdType.NATIONAL_ID),
    Map.entry("SSN", IdType.NATIONAL_ID),
    Map.entry("Tax ID No.", IdType.TAX_ID),
    Map.entry("NIT #", IdType.TAX_ID),
    Map.entry("RUC #", IdType.TAX_ID),
    Map.entry("RIF #", IdType.TAX_ID),
    Map.entry("R.F.C.", IdType.TAX_ID),
    Map.entry("C.U.I.T.", IdType.TAX_ID),
    Map.entry("V.A.T. Number", IdType.TAX_ID),
    Map.entry("Business Registration Number", IdType.REGISTRATION),
    Map.entry("Business Registration Document #", IdType.REGISTRATION),
    Map.entry("Registration Number", IdType.REGISTRATION),
    Map.entry("Registration ID", IdType.REGISTRATION),
    Map.entry("Company Number", IdType.REGISTRATION),
    Map.entry("Commercial Registry Number", IdType.REGISTRATION),
    Map.entry("Chamber of Commerce Number", IdType.REGISTRATION),
    Map.entry("Unified Social Credit Code (USCC)", IdType.REGISTRATION),
    Map.entry("Legal Entity Number", IdType.REGISTRATION),
    Map.entry("Government Gazette Number", IdType.REGISTRATION),
    Map.entry("Folio Mercantil No.", IdType.REGISTRATION),
    Map.entry("Matricula Mercantil No", IdType.REGISTRATION),
    Map.entry("Trade License No.", IdType.REGISTRATION),
    Map.entry("C.R. No.", IdType.REGISTRATION),
    Map.entry("Economic Register Number (CBLS)", IdType.REGISTRATION),
    Map.entry("Certificate of Incorporation Number", IdType.REGISTRATION),
    Map.entry("Public Registration Number", IdType.REGISTRATION),
    Map.entry("Identification Number", IdType.OTHER),
    Map.entry("Driver's License No.", IdType.OTHER),
    Map.entry("D-U-N-S Number", IdType.OTHER),
    Map.entry("Aircraft Manufacturer's Serial Number (MSN)", IdType.OTHER),
    Map.entry("Aircraft Tail Number", IdType.OTHER),
    Map.entry("ISIN", IdType.OTHER),
    Map.entry("Birth Certificate Number", IdType.OTHER),
    Map.entry("Refugee ID Card", IdType.OTHER)
  );
  private static final Map<String, IdType> BY_LABEL = new HashMap<>();
  private static final List<String> LABEL_TEXTS = new ArrayList<>();

  static {
    for (Map.Entry<String, IdType> e : LABELS) {
      BY_LABEL.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
      LABEL_TEXTS.add(e.getKey());
    }
  }

  /** The known labels, longest first where one begins another. */
  static List<String> labels() {
    return java.util.Collections.unmodifiableList(LABEL_TEXTS);
  }

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
    IdType known = BY_LABEL.get(l);
    if (known != null) {
      return known;
    }
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
