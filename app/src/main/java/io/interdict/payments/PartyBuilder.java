package io.interdict.payments;

import java.util.ArrayList;
import java.util.List;

/** Collects one party while a reader walks a message; {@link #build()} makes the immutable field. */
final class PartyBuilder {
  final String fieldPath;
  final PartyRole role;
  String name;
  String bic;
  String country;
  String account;
  final List<String> addressLines = new ArrayList<>();
  private final List<String> structured = new ArrayList<>();

  PartyBuilder(String fieldPath, PartyRole role) {
    this.fieldPath = fieldPath;
    this.role = role;
  }

  /** A structured address element (StrtNm, TwnNm ...): joined into one line, in document order. */
  void addressPart(String value) {
    if (value != null && !value.isBlank()) {
      structured.add(value.strip());
    }
  }

  void addressLine(String value) {
    if (value != null && !value.isBlank()) {
      addressLines.add(value.strip());
    }
  }

  PartyField build() {
    List<String> lines = new ArrayList<>();
    if (!structured.isEmpty()) {
      lines.add(String.join(", ", structured));
    }
    lines.addAll(addressLines);
    return new PartyField(fieldPath, role, name, Bics.normalize(bic),
        country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT), lines, account);
  }
}
