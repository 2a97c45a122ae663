package io.interdict.payments;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The good-guy list of payment screening: name hits that two analysts released as false positives.
 * A hit that would hold again, on the same name against the same listed name of the same entry, is
 * released with the clearance as its reason instead. Only holds are cleared, never a hit at the block
 * threshold, an identifier (BIC, crypto address) or a jurisdiction; a change of the listing (another
 * listed name matched) or of the name in the message is a new hit.
 */
public interface Clearances {
  /** No clearances (the Flink job, and screening without a store). */
  Clearances NONE = (value, entityKey, listedName) -> null;

  /** A clearance in force: released in hold {@code holdId} by two users, valid to {@code until} inclusive. */
  record Clearance(long id, long holdId, String clearedBy, String confirmedBy, LocalDate until) {}

  /** The clearance of {@code value} (as the message has it) against this entry's listed name, or null. */
  Clearance find(String value, String entityKey, String listedName);

  /** How a message's name is compared with a cleared one: case, spacing and punctuation at the ends aside. */
  static String normalise(String value) {
    return value == null ? "" : value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }
}
