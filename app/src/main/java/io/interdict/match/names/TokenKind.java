package io.interdict.match.names;

/** What a name token is; decides how much it weighs in a comparison. Stored as a byte in hot arrays. */
public final class TokenKind {
  /** An ordinary name word: given name, family name, distinctive word of an organisation name. */
  public static final byte NAME = 0;
  /** al, bin, abu, von, de: aligns like a name word but weighs little. */
  public static final byte PARTICLE = 1;
  /** LLC, GmbH, JSC (canonicalised): weighs least. */
  public static final byte LEGAL = 2;
  /** company, bank, university: says what kind of body, not which one. */
  public static final byte CLASS = 3;
  /** a single letter: agrees with any word starting with it. */
  public static final byte INITIAL = 4;
  /** contains digits: agrees only when equal. */
  public static final byte NUMBER = 5;
  /** a word only in parentheses, (Schweiz), (U.K.), (IRGC): weighs little, but another one differs. */
  public static final byte QUALIFIER = 6;
  /**
   * a place in an organisation's name, Faberlic Europe, Mendez Nederland: a qualifier against a bare
   * brand name, but between two full legal names a different company.
   */
  public static final byte PLACE = 7;
  /**
   * a forefather between two "son of" particles, Usama bin Muhammad bin Awad bin Ladin: lists spell
   * out the chain, other records usually skip it, so it weighs half a name.
   */
  public static final byte ANCESTOR = 8;

  private TokenKind() {}

  public static String label(byte kind) {
    switch (kind) {
      case PARTICLE: return "particle";
      case LEGAL: return "legal form";
      case CLASS: return "class word";
      case INITIAL: return "initial";
      case NUMBER: return "number";
      case QUALIFIER: return "qualifier";
      case PLACE: return "place";
      case ANCESTOR: return "ancestor";
      default: return "name";
    }
  }
}
