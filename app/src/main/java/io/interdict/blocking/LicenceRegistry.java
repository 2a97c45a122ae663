package io.interdict.blocking;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The licences an institution holds or relies on. Adding one is audited; numbers are unique. */
public final class LicenceRegistry {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public LicenceRegistry(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  public Licence add(Licence l, String user) {
    Users.require(user);
    return jdbi.inTransaction(h -> {
      if (find(h, l.number()).isPresent()) {
        throw new InterdictException.Conflict("licence " + l.number() + " is already registered");
      }
      h.createUpdate("INSERT INTO licences (number, licence_type, issuer, program, entity_key, max_amount, expires_on, "
              + "description, created_by, created_at) VALUES (:number, :type, :issuer, :program, :entity, :max, :expires, "
              + ":description, :user, :at)")
          .bind("number", l.number())
          .bind("type", l.type().name())
          .bind("issuer", l.issuer())
          .bind("program", l.program())
          .bind("entity", l.entityKey())
          .bind("max", l.maxAmount())
          .bind("expires", l.expiresOn() == null ? null : Date.valueOf(l.expiresOn()))
          .bind("description", l.description())
          .bind("user", user)
          .bind("at", Timestamp.from(clock.instant()))
          .execute();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("type", l.type().name());
      details.put("issuer", l.issuer());
      details.put("program", l.program());
      details.put("entity_key", l.entityKey());
      details.put("max_amount", l.maxAmount() == null ? null : l.maxAmount().toPlainString());
      details.put("expires_on", l.expiresOn() == null ? null : l.expiresOn().toString());
      audit.append(h, user, "licence.added", "licence:" + l.number(), details);
      return l;
    });
  }

  public List<Licence> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM licences ORDER BY number").map((rs, ctx) -> map(rs)).list());
  }

  public Optional<Licence> find(String number) {
    return jdbi.withHandle(h -> find(h, number));
  }

  static Optional<Licence> find(Handle h, String number) {
    return h.createQuery("SELECT * FROM licences WHERE number = :n").bind("n", number.strip())
        .map((rs, ctx) -> map(rs)).findOne();
  }

  private static Licence map(ResultSet rs) throws SQLException {
    Date exp = rs.getDate("expires_on");
    BigDecimal max = rs.getBigDecimal("max_amount");
    return new Licence(rs.getString("number"), Licence.Type.valueOf(rs.getString("licence_type")), rs.getString("issuer"),
        rs.getString("program"), rs.getString("entity_key"), max == null ? null : max.stripTrailingZeros(),
        exp == null ? null : exp.toLocalDate(), rs.getString("description"));
  }
}
