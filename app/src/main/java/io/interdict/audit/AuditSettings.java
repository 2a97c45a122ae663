package io.interdict.audit;

import io.interdict.InterdictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Audit configuration kept in the store. Retention is the minimum time audit records are kept:
 * ten years by default, as 31 CFR 501.601 requires of OFAC records since its 2025 amendment (the
 * period was five years before). Records are never deleted before it; shortening it is itself audited.
 */
public final class AuditSettings {
  public static final int DEFAULT_RETENTION_YEARS = 10;
  static final int MAX_RETENTION_YEARS = 100;

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public AuditSettings(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  public AuditSettings(Jdbi jdbi, AuditLog audit) {
    this(jdbi, audit, Clock.systemUTC());
  }

  public int retentionYears() {
    return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM audit_setting WHERE setting_key = 'retention_years'")
        .mapTo(String.class)
        .findOne()
        .map(Integer::parseInt)
        .orElse(DEFAULT_RETENTION_YEARS));
  }

  /** Changes the retention period; audited with the user, the old and the new value. */
  public void setRetentionYears(int years, String user) {
    if (years < 1 || years > MAX_RETENTION_YEARS) {
      throw new InterdictException.InvalidInput("retention of " + years + " years is outside 1.." + MAX_RETENTION_YEARS);
    }
    if (user == null || user.isBlank()) {
      throw new InterdictException.InvalidInput("a user is required to change the audit retention");
    }
    jdbi.useTransaction(h -> {
      int old = h.createQuery("SELECT setting_value FROM audit_setting WHERE setting_key = 'retention_years' FOR UPDATE")
          .mapTo(String.class).findOne().map(Integer::parseInt).orElse(DEFAULT_RETENTION_YEARS);
      Timestamp now = Timestamp.from(clock.instant());
      int n = h.createUpdate("UPDATE audit_setting SET setting_value = :v, updated_at = :now, updated_by = :user "
              + "WHERE setting_key = 'retention_years'")
          .bind("v", Integer.toString(years)).bind("now", now).bind("user", user.strip()).execute();
      if (n == 0) {
        h.createUpdate("INSERT INTO audit_setting (setting_key, setting_value, updated_at, updated_by) "
                + "VALUES ('retention_years', :v, :now, :user)")
            .bind("v", Integer.toString(years)).bind("now", now).bind("user", user.strip()).execute();
      }
      audit.append(h, user.strip(), "config.change", "audit.retention_years", Map.of("old", old, "new", years));
    });
  }
}
