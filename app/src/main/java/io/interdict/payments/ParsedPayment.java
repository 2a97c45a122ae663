package io.interdict.payments;

import java.math.BigDecimal;
import java.util.List;

/**
 * What screening needs from one payment message, whatever its format.
 *
 * @param messageId the message reference (GrpHdr/MsgId, MT field 20, crypto id); never null
 * @param amount settlement or instructed amount (sum over transactions of one currency); null when absent
 * @param cryptoTransfer set for crypto transfers only
 */
public record ParsedPayment(
    String messageId,
    MessageFormat format,
    List<PartyField> parties,
    BigDecimal amount,
    String currency,
    List<FreeText> freeText,
    CryptoTransfer cryptoTransfer) {
  public ParsedPayment {
    parties = List.copyOf(parties);
    freeText = List.copyOf(freeText);
  }

  /** The first party with this role, or null. */
  public PartyField party(PartyRole role) {
    for (PartyField p : parties) {
      if (p.role() == role) {
        return p;
      }
    }
    return null;
  }
}
