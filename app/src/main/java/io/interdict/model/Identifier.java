package io.interdict.model;

import java.util.Objects;

/**
 * An identifier of a listed party. {@code label} keeps the publisher's own wording ("Passport",
 * "Digital Currency Address - ETH", "Registration Number"); {@code ticker} is set for crypto addresses.
 */
public record Identifier(IdType type, String value, String country, String ticker, String label) {
  public Identifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  public static Identifier of(IdType type, String value) {
    return new Identifier(type, value, null, null, null);
  }

  public static Identifier crypto(String ticker, String address) {
    return new Identifier(IdType.CRYPTO, address, null, ticker, "Digital Currency Address - " + ticker);
  }
}
