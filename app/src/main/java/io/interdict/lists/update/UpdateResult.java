package io.interdict.lists.update;

import io.interdict.lists.store.ImportResult;

/**
 * What one source's update did.
 *
 * @param imported the import, for {@link Outcome#UPDATED} and {@link Outcome#ALREADY_CURRENT}
 * @param error why it failed, for {@link Outcome#FAILED}
 * @param exitCode CLI exit code of the failure (0 otherwise)
 */
public record UpdateResult(String source, Outcome outcome, ImportResult imported, String error, int exitCode) {
  public enum Outcome {
    /** A new version was downloaded, checked and made current. */
    UPDATED,
    /** The server answered 304: nothing new since the last accepted download. */
    NOT_MODIFIED,
    /** Downloaded, but identical (same checksum) to the current version. */
    ALREADY_CURRENT,
    /** Rejected; the previous version stays current. */
    FAILED
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }
}
