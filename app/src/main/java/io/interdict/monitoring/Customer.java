package io.interdict.monitoring;

import io.interdict.InterdictException;
import io.interdict.match.Query;
import io.interdict.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer or counterparty as the institution knows it: one row of the customer file. Validated on
 * construction so that everything stored can be screened.
 *
 * @param birthDate ISO year, year-month or date ({@code 1980}, {@code 1980-04}, {@code 1980-04-02}); null when unknown
 */
public record Customer(
    String id, String name, EntityType type, String birthDate, String country, String identifier) {
  private static final Pattern ISO_PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
  static final int MAX_ID = 200;
  static final int MAX_NAME = Query.MAX_NAME_LENGTH;
  static final int MAX_COUNTRY = 100;
  static final int MAX_IDENTIFIER = 200;

  public Customer {
    Objects.requireNonNull(type, "type");
    id = strip(id);
    name = strip(name);
    birthDate = strip(birthDate);
    country = strip(country);
    identifier = strip(identifier);
    if (id == null) {
      throw new InterdictException.InvalidInput("customer id is empty");
    }
    check(id.length() <= MAX_ID, "customer id '" + abbreviate(id) + "' is longer than " + MAX_ID + " characters");
    check(id.chars().noneMatch(Character::isISOControl), "customer id '" + abbreviate(id) + "' contains control characters");
    check(name != null, "customer '" + id + "' has no name");
    check(name.length() <= MAX_NAME, "customer '" + id + "': name is longer than " + MAX_NAME + " characters");
    check(birthDate == null || ISO_PARTIAL_DATE.matcher(birthDate).matches(),
        "customer '" + id + "': birth_date '" + birthDate + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    check(country == null || country.length() <= MAX_COUNTRY,
        "customer '" + id + "': country is longer than " + MAX_COUNTRY + " characters");
    check(identifier == null || identifier.length() <= MAX_IDENTIFIER,
        "customer '" + id + "': identifier is longer than " + MAX_IDENTIFIER + " characters");
  }

  /** Identifies this content: equal hashes mean nothing about the customer changed. */
  public String contentHash() {
    // Fields joined by a unit separator, absent ones empty: no two different records share a form.
    String canonical = String.join("\u001f", id, name, type.schema(), orEmpty(birthDate), orEmpty(country),
        orEmpty(identifier));
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The screening query for this customer. */
  public Query query() {
    return new Query(id, name, type, birthDate, country, identifier, null);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new InterdictException.InvalidInput(message);
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
