package io.interdict.payments;

import java.util.Map;

/** ISO 20022 party and agent element names (stable across message versions) and their roles. */
final class IsoRoles {
  private IsoRoles() {}

  static final Map<String, PartyRole> ROLES = Map.ofEntries(
      Map.entry("Dbtr", PartyRole.DEBTOR),
      Map.entry("Cdtr", PartyRole.CREDITOR),
      Map.entry("UltmtDbtr", PartyRole.ULTIMATE_DEBTOR),
      Map.entry("UltmtCdtr", PartyRole.ULTIMATE_CREDITOR),
      Map.entry("InitgPty", PartyRole.INITIATING_PARTY),
      Map.entry("DbtrAgt", PartyRole.DEBTOR_AGENT),
      Map.entry("CdtrAgt", PartyRole.CREDITOR_AGENT),
      Map.entry("InstgAgt", PartyRole.INSTRUCTING_AGENT),
      Map.entry("InstdAgt", PartyRole.INSTRUCTED_AGENT),
      Map.entry("IntrmyAgt1", PartyRole.INTERMEDIARY_AGENT),
      Map.entry("IntrmyAgt2", PartyRole.INTERMEDIARY_AGENT),
      Map.entry("IntrmyAgt3", PartyRole.INTERMEDIARY_AGENT),
      Map.entry("PrvsInstgAgt1", PartyRole.PREVIOUS_INSTRUCTING_AGENT),
      Map.entry("PrvsInstgAgt2", PartyRole.PREVIOUS_INSTRUCTING_AGENT),
      Map.entry("PrvsInstgAgt3", PartyRole.PREVIOUS_INSTRUCTING_AGENT),
      Map.entry("FwdgAgt", PartyRole.INSTRUCTING_AGENT));

  /**
   * The role of a party element, or null when it is none. In a pacs.009 the debtor and creditor
   * outside the underlying customer credit transfer are financial institutions.
   */
  static PartyRole role(String element, MessageFormat format, boolean underlying) {
    PartyRole r = ROLES.get(element);
    if (r == null || format != MessageFormat.PACS_009 || underlying) {
      return r;
    }
    switch (r) {
      case DEBTOR:
      case ULTIMATE_DEBTOR:
        return PartyRole.DEBTOR_INSTITUTION;
      case CREDITOR:
      case ULTIMATE_CREDITOR:
        return PartyRole.CREDITOR_INSTITUTION;
      default:
        return r;
    }
  }

  /** Message root element (the child of Document) → format. */
  static MessageFormat formatOfRoot(String localName) {
    switch (localName) {
      case "FIToFICstmrCdtTrf":
        return MessageFormat.PACS_008;
      case "FICdtTrf":
        return MessageFormat.PACS_009;
      case "CstmrCdtTrfInitn":
        return MessageFormat.PAIN_001;
      default:
        return MessageFormat.UNKNOWN;
    }
  }
}
