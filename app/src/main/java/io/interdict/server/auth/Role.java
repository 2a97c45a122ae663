package io.interdict.server.auth;

import io.interdict.InterdictException;
import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * What a user may do. Roles are ordered: each includes everything the roles before it may do, so a
 * route names the least role it needs. {@link #OPEN} marks routes that need no key at all.
 */
public enum Role implements RouteRole {
  OPEN,
  /** Screening clients: /v1/screen, /match, /search, /entities. */
  SCREENING,
  /** Analysts: + alerts, customers, payment screening. */
  ANALYST,
  /** Supervisors: + confirming decisions, licences, releasing blocked funds. */
  SUPERVISOR,
  /** Administrators: + users, list updates, configuration, metrics. */
  ADMIN;

  public boolean includes(Role required) {
    return ordinal() >= required.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a role name given to {@code users add --role}; OPEN is not a role a user can hold. */
  public static Role parseUserRole(String s) {
    if (s != null) {
      for (Role r : values()) {
        if (r != OPEN && r.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
          return r;
        }
      }
    }
    throw new InterdictException.InvalidInput(
        "unknown role '" + s + "' (expected screening, analyst, supervisor or admin)");
  }
}
