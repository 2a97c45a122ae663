package io.interdict.match;

import io.interdict.InterdictException;
import io.interdict.model.EntityType;
import java.util.Locale;
import java.util.Objects;

/**
 * What is screened: a name plus optional secondary attributes. Validated here, at the boundary, so
 * that every engine can rely on a non-blank name.
 *
 * @param id caller's reference, echoed in results (may be null for one-off screens)
 * @param birthDate ISO date, year-month or year as given by the caller; null when unknown
 * @param country country name or ISO code; null when unknown
 * @param identifier passport, IMO, BIC, crypto address ...; null when unknown
 */
public record Query(
    String id, String name, EntityType type, String birthDate, String country, String identifier, String gender) {
  /**
   * Longest name screened, in characters. Listed names stay under 400, payment name fields under
   * 150; a longer text is no name, and screening it word against word would take seconds at a low
   * threshold. It is refused, which holds a payment that carries it (fail closed).
   */
  public static final int MAX_NAME_LENGTH = 1_000;

  public Query {
    Objects.requireNonNull(type, "type");
    if ((name == null || name.isBlank()) && (identifier == null || identifier.isBlank())) {
      throw new InterdictException.InvalidInput(
          "query " + (id == null ? "" : "'" + id + "' ") + "has neither a name nor an identifier");
    }
    name = name == null ? "" : name.strip();
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InterdictException.InvalidInput(String.format(Locale.ROOT,
          "query %sname is %,d characters long; names of at most %,d are screened",
          id == null ? "" : "'" + id + "' ", name.length(), MAX_NAME_LENGTH));
    }
    birthDate = blankToNull(birthDate);
    country = blankToNull(country);
    identifier = blankToNull(identifier);
    gender = blankToNull(gender);
  }

  public static Query name(String name) {
    return new Query(null, name, EntityType.ANY, null, null, null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
