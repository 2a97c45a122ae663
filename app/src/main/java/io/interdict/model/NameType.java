package io.interdict.model;

/** How a name relates to the listed party; decides how strongly a match on it counts. */
public enum NameType {
  /** The name the publisher lists the party under. */
  PRIMARY,
  /** a.k.a.: strong alias, screened like the primary name. */
  STRONG_AKA,
  /** weak a.k.a. (OFAC) or low-quality alias (UN): alerts only on a near-exact match. */
  WEAK_AKA,
  /** formerly known as. */
  FKA,
  /** now known as. */
  NKA
}
