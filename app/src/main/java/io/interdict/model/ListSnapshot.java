package io.interdict.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One version of one list as read from its files.
 *
 * @param source list identifier ({@code us-ofac-sdn}, ...)
 * @param published publication date stated by the publisher, null when the format does not carry one
 * @param checksum SHA-256 (hex) over the raw files read, in a stable order
 * @param origin where it was read from (path or URL), for messages
 * @param warnings rows skipped under the lenient flag, with file and line; empty in strict mode
 */
public record ListSnapshot(
    String source,
    LocalDate published,
    String checksum,
    String origin,
    Instant readAt,
    List<ListedEntity> entities,
    List<String> warnings) {
  public ListSnapshot {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(checksum, "checksum");
    entities = List.copyOf(entities);
    warnings = List.copyOf(warnings);
  }
}
