package io.interdict.lists.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One imported snapshot of one source.
 *
 * @param id store-wide version number, shown to users as {@code v12}
 * @param published publication date stated by the publisher, null when the format carries none
 * @param checksum SHA-256 over the raw files the snapshot was read from
 * @param format reader format ({@code ofac-csv}, {@code un-xml}, ...)
 * @param origin path or URL it was read from
 */
public record ListVersion(
    long id,
    String source,
    LocalDate published,
    String checksum,
    String format,
    String origin,
    Instant importedAt,
    int entityCount) {

  /** {@code v12}: the handle users type to name a stored version. */
  public String label() {
    return "v" + id;
  }
}
