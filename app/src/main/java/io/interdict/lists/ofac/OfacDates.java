package io.interdict.lists.ofac;

import io.interdict.model.PartialDate;

/**
 * Dates as OFAC writes them in all its formats ({@code 14 Jun 1975}, {@code Jun 1975}, {@code 1975},
 * {@code circa 1975}, {@code 1975 to 1977}, {@code 01 Jan 1960 to 31 Dec 1962}): the parser of the
 * CSV remarks, so that SDN.XML, the CSV family and the trade lists read a date identically, here for
 * readers that must report a date that is none of these forms.
 */
public final class OfacDates {
  private OfacDates() {}

  /** The date as an interval; IllegalArgumentException naming the text when it is none of the forms. */
  public static PartialDate parse(String raw) {
    PartialDate d = OfacRemarks.parseDate(raw.strip().replaceAll("\\s+", " "));
    if (d == null) {
      throw new IllegalArgumentException("date '" + raw + "' is not 'dd Mon yyyy', 'Mon yyyy', 'yyyy', 'circa ...' or '... to ...'");
    }
    return d;
  }
}
