package io.interdict.cases;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A screening hit between one customer version and one list entry of one list version, and where its
 * review stands. The content hashes record exactly what was compared, so that a closed alert can tell
 * later whether the customer or the list entry has changed since.
 *
 * @param explanation the matcher's explanation as JSON
 * @param annotation system notes (e.g. the entry was removed from the list), newest last; null when none
 */
public record Alert(
    long id,
    String customerId,
    long customerVersionId,
    String customerHash,
    String entityKey,
    String entityName,
    String entityHash,
    String listSource,
    long listVersionId,
    String listVersion,
    double score,
    String matchedName,
    @JsonRawValue String explanation,
    AlertReason reason,
    AlertStatus status,
    Decision proposedDecision,
    String proposedBy,
    Instant proposedAt,
    String closedBy,
    Instant closedAt,
    String annotation,
    Instant createdAt,
    Instant updatedAt) {}
