package io.interdict.payments;

/**
 * What a party does in a payment. Agents are financial institutions (identified mostly by BIC); the
 * others are the customers and their ultimate principals.
 */
public enum PartyRole {
  DEBTOR(false),
  CREDITOR(false),
  ULTIMATE_DEBTOR(false),
  ULTIMATE_CREDITOR(false),
  INITIATING_PARTY(false),
  /** The debtor of a financial institution transfer (pacs.009 Dbtr, MT202 52a): an institution. */
  DEBTOR_INSTITUTION(true),
  /** The creditor of a financial institution transfer (pacs.009 Cdtr, MT202 58a): an institution. */
  CREDITOR_INSTITUTION(true),
  DEBTOR_AGENT(true),
  CREDITOR_AGENT(true),
  INSTRUCTING_AGENT(true),
  INSTRUCTED_AGENT(true),
  INTERMEDIARY_AGENT(true),
  PREVIOUS_INSTRUCTING_AGENT(true),
  SENDER_CORRESPONDENT(true),
  RECEIVER_CORRESPONDENT(true),
  SENDER(true),
  RECEIVER(true);

  private final boolean agent;

  PartyRole(boolean agent) {
    this.agent = agent;
  }

  public boolean isAgent() {
    return agent;
  }
}
