package io.interdict.model;

import java.util.Locale;

/** What kind of party a list entry (or a screening query) is. */
public enum EntityType {
  PERSON("Person"),
  ORGANIZATION("Organization"),
  VESSEL("Vessel"),
  AIRCRAFT("Airplane"),
  /** Unknown or not given: matches every type. */
  ANY("Any");

  private final String schema;

  EntityType(String schema) {
    this.schema = schema;
  }

  /** The FollowTheMoney / yente schema name (Person, Organization, Vessel, Airplane, Any). */
  public String schema() {
    return schema;
  }

  /**
   * Parses a schema name as used by the CLI batch input and the yente API (case-insensitive; also
   * accepts OFAC's own words: individual, entity, aircraft, Company, LegalEntity). Null or blank is ANY.
   */
  public static EntityType parse(String s) {
    if (s == null || s.isBlank()) {
      return ANY;
    }
    switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "person":
      case "individual":
        return PERSON;
      case "organization":
      case "organisation":
      case "company":
      case "legalentity":
      case "entity":
        return ORGANIZATION;
      case "vessel":
        return VESSEL;
      case "airplane":
      case "aircraft":
        return AIRCRAFT;
      case "any":
      case "thing":
        return ANY;
      default:
        throw new io.interdict.InterdictException.InvalidInput(
            "unknown schema '" + s + "' (expected Person, Organization, Vessel, Airplane or Any)");
    }
  }

  /** True when a query of type {@code this} may match a listed entity of type {@code listed}. */
  public boolean compatibleWith(EntityType listed) {
    return this == ANY || listed == ANY || this == listed;
  }
}
