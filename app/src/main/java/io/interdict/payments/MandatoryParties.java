package io.interdict.payments;

import java.util.ArrayList;
import java.util.List;

/**
 * The parties a message must name before it can be released: a payment whose beneficiary or
 * originator is missing cannot be screened, so it is held. Field numbers and element names follow the
 * SWIFT and CBPR+ rules.
 */
final class MandatoryParties {
  private MandatoryParties() {}

  /** Human-readable descriptions of the missing mandatory parties; empty when complete. */
  static List<String> missing(ParsedPayment p) {
    List<String> missing = new ArrayList<>();
    switch (p.format()) {
      case PACS_008:
      case PAIN_001:
        require(p, "", "Dbtr", "debtor (Dbtr)", missing);
        require(p, "", "Cdtr", "creditor (Cdtr)", missing);
        break;
      case PACS_009:
        require(p, "", "Dbtr", "debtor institution (Dbtr)", missing);
        require(p, "", "Cdtr", "creditor institution (Cdtr)", missing);
        if (has(p, "UndrlygCstmrCdtTrf/")) {
          require(p, "UndrlygCstmrCdtTrf/", "Dbtr", "underlying debtor (UndrlygCstmrCdtTrf/Dbtr)", missing);
          require(p, "UndrlygCstmrCdtTrf/", "Cdtr", "underlying creditor (UndrlygCstmrCdtTrf/Cdtr)", missing);
        }
        break;
      case MT103:
        requireTag(p, "50", "field 50a (ordering customer)", missing);
        requireTag(p, "59", "field 59a (beneficiary customer)", missing);
        break;
      case MT202:
        requireTag(p, "58", "field 58a (beneficiary institution)", missing);
        break;
      case MT202COV:
        requireTag(p, "58", "field 58a (beneficiary institution)", missing);
        requireTag(p, "B/50", "sequence B field 50a (ordering customer)", missing);
        requireTag(p, "B/59", "sequence B field 59a (beneficiary customer)", missing);
        break;
      default:
        break;
    }
    return missing;
  }

  private static boolean has(ParsedPayment p, String prefix) {
    return p.parties().stream().anyMatch(f -> f.fieldPath().startsWith(prefix));
  }

  /** An element named {@code element} (at the top of a transaction or under {@code prefix}) that identifies someone. */
  private static void require(ParsedPayment p, String prefix, String element, String what, List<String> missing) {
    boolean found = p.parties().stream().anyMatch(f -> !f.isEmpty() && (prefix.isEmpty()
        ? (f.fieldPath().equals(element) || f.fieldPath().endsWith("/" + element)) && !f.fieldPath().contains("UndrlygCstmrCdtTrf/")
        : f.fieldPath().equals(prefix + element)));
    if (!found) {
      missing.add(what);
    }
  }

  private static void requireTag(ParsedPayment p, String tagPrefix, String what, List<String> missing) {
    boolean found = p.parties().stream().anyMatch(f -> !f.isEmpty() && f.fieldPath().startsWith(tagPrefix)
        && (tagPrefix.startsWith("B/") || !f.fieldPath().startsWith("B/")));
    if (!found) {
      missing.add(what);
    }
  }
}
