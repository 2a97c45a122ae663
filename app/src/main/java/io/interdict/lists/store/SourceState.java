package io.interdict.lists.store;

import java.time.Instant;

/**
 * A list source as configured and last checked.
 *
 * @param url configured download URL; null means the official URL built into Interdict
 * @param currentVersionId the version screening uses, null before the first import
 * @param lastError why the last update or import failed; null when the last attempt succeeded
 */
public record SourceState(
    String source,
    boolean enabled,
    String url,
    Long currentVersionId,
    Instant lastCheck,
    Instant lastSuccess,
    String lastError,
    Instant lastErrorAt) {}
