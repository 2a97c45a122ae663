package io.interdict.match;

import io.interdict.model.PartialDate;

/** A {@link Query} analysed once: name units plus parsed attributes. */
final class ParsedQuery {
  final Query query;
  final NameUnits units;
  final PartialDate birth;
  final String country;
  final String rawCountry;
  final String gender;

  ParsedQuery(Query query, NameUnits units) {
    this.query = query;
    this.units = units;
    this.birth = Attributes.parseDate(query.birthDate());
    this.rawCountry = query.country();
    this.country = Countries.code(query.country());
    this.gender = Attributes.gender(query.gender());
  }
}
