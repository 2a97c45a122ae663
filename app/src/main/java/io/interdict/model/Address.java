package io.interdict.model;

/** A postal address as listed; any part may be null. {@code country} is the name as published. */
public record Address(String street, String city, String region, String postalCode, String country) {
  public String oneLine() {
    StringBuilder sb = new StringBuilder();
    for (String p : new String[] {street, city, region, postalCode, country}) {
      if (p != null && !p.isBlank()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
