package io.interdict.model;

import java.util.Objects;

/** One name of a listed party, as published, with its type. */
public record Name(String value, NameType type) {
  public Name {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
  }

  public boolean weak() {
    return type == NameType.WEAK_AKA;
  }
}
