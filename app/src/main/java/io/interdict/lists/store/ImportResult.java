package io.interdict.lists.store;

import io.interdict.lists.diff.DiffSummary;

/**
 * Outcome of an import.
 *
 * @param version the version now current (the existing one when {@code alreadyCurrent})
 * @param previous the version that was current before, null for a first import
 * @param alreadyCurrent the snapshot's checksum equals the current version's: nothing was written
 * @param diff what changed against {@code previous} (all additions for a first import)
 */
public record ImportResult(ListVersion version, ListVersion previous, boolean alreadyCurrent, DiffSummary diff) {}
