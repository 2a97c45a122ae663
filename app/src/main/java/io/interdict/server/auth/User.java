package io.interdict.server.auth;

import java.time.Instant;

/** A user of the server; {@code revokedAt} is null while the key is valid. */
public record User(long id, String name, Role role, Instant createdAt, String createdBy, Instant revokedAt) {
  public boolean active() {
    return revokedAt == null;
  }
}
