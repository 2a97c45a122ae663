package io.interdict.monitoring;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.cases.AlertService;
import io.interdict.model.EntityType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Customers and their history. An import upserts by customer id: a new id gets version 1, a changed
 * record a new version (the old ones stay), an identical record (same content hash) changes nothing.
 * A whole import commits in one transaction together with its audit record.
 *
 * <p>Customers leave: a closed customer is no longer monitored, and its open alerts say so; its
 * versions and alerts stay. One imported again is reopened with a new version marked {@code
 * reopened}, which monitoring screens in full: list changes while it was closed were not screened
 * against it. An import of the whole customer base ({@link #importComplete}) closes every open
 * customer it does not name, and refuses to close more than a stated share of them, which is how a
 * cut-off file would look.
 */
public final class CustomerStore {
  private static final String VERSION_COLUMNS =
      "v.id, v.customer_id, v.version, v.name, v.schema_name, v.birth_date, v.country, v.identifier, "
          + "v.content_hash, v.imported_at, v.screened_at, v.reopened";
  /** Customers monitoring screens: not closed. */
  private static final String OPEN = "c.closed_at IS NULL";

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final AlertService alerts;
  private final Clock clock;

  public CustomerStore(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.alerts = new AlertService(jdbi, audit, clock);
    this.clock = clock;
  }

  public CustomerStore(Jdbi jdbi, AuditLog audit) {
    this(jdbi, audit, Clock.systemUTC());
  }

  /**
   * What an import did. {@code reopened} customers (closed, now in the file again) are counted apart
   * from added, changed and unchanged; {@code closed} ones are those a complete import did not name.
   */
  public record ImportResult(int added, int changed, int unchanged, int reopened, int closed) {
    /** Rows in the file. */
    public int total() {
      return added + changed + unchanged + reopened;
    }
  }

  /**
   * One stored version of a customer. {@code screenedAt} is null until monitoring screened it;
   * {@code reopened} marks the version that brought a closed customer back.
   */
  public record CustomerVersion(
      long versionId, int version, Customer customer, String contentHash, Instant importedAt, Instant screenedAt,
      boolean reopened) {
    public String customerId() {
      return customer.id();
    }
  }

  /** A customer as it stands: the current version, whether and why it was closed, every version oldest first. */
  public record CustomerDetail(
      CustomerVersion current, Instant closedAt, String closedBy, String closedNote, List<CustomerVersion> versions) {
    public boolean closed() {
      return closedAt != null;
    }
  }

  /** Reads, validates (all or nothing) and upserts a customer CSV file. */
  public ImportResult importCsv(Path file, String actor) {
    return upsert(CustomerCsv.read(file), actor, file.toAbsolutePath().toString());
  }

  /** Upserts customers by id; {@code origin} (file name, API caller) is kept with each new version. */
  public ImportResult upsert(List<Customer> customers, String actor, String origin) {
    return jdbi.inTransaction(h -> upsert(h, customers, actor, origin, false, 0));
  }

  /**
   * Reads a CSV file that holds the whole customer base and applies it: upserts every row and closes
   * every open customer the file does not name (note {@code "not in <file>"}). Refused, with nothing
   * changed, when that would close more than {@code maxClosedPercent} of the open customers.
   */
  public ImportResult importComplete(Path file, String actor, double maxClosedPercent) {
    return importComplete(CustomerCsv.read(file), actor, file.toAbsolutePath().toString(), maxClosedPercent);
  }

  public ImportResult importComplete(List<Customer> customers, String actor, String origin, double maxClosedPercent) {
    if (!(maxClosedPercent >= 0 && maxClosedPercent <= 100)) {
      throw new InterdictException.InvalidInput("the share of customers a complete import may close must be "
          + "between 0 and 100 %, got " + percent(maxClosedPercent));
    }
    return jdbi.inTransaction(h -> upsert(h, customers, actor, origin, true, maxClosedPercent));
  }

  /** {@code complete}: close the open customers {@code customers} leaves out, up to {@code maxClosedPercent} of them. */
  private ImportResult upsert(Handle h, List<Customer> customers, String actor, String origin, boolean complete,
      double maxClosedPercent) {
    Instant now = clock.instant();
    Map<String, String[]> current = currentHashes(h, customers);
    List<Customer> added = new ArrayList<>();
    List<Customer> changed = new ArrayList<>();
    List<Integer> nextVersion = new ArrayList<>();
    List<Customer> reopened = new ArrayList<>();
    List<Integer> reopenedVersion = new ArrayList<>();
    for (Customer c : customers) {
      String[] cur = current.get(c.id());
      if (cur == null) {
        added.add(c);
      } else if (cur[2] != null) {
        reopened.add(c);
        reopenedVersion.add(Integer.parseInt(cur[1]) + 1);
      } else if (!cur[0].equals(c.contentHash())) {
        changed.add(c);
        nextVersion.add(Integer.parseInt(cur[1]) + 1);
      }
    }
    List<String> absent = complete ? openAbsent(h, customers) : List.of();
    if (!absent.isEmpty()) {
      long open = countOpen(h);
      if (absent.size() * 100.0 > maxClosedPercent * open) {
        throw new InterdictException.Conflict(String.format(Locale.ROOT,
            "%s would close %,d of the %,d open customers (%.1f %%), more than the %s %% allowed: is it the whole "
                + "customer base? Nothing was imported", origin, absent.size(), open, absent.size() * 100.0 / open,
            percent(maxClosedPercent)));
      }
    }
    List<Long> addedIds = insertVersions(h, added, null, now, origin, false);
    List<Long> changedIds = insertVersions(h, changed, nextVersion, now, origin, false);
    List<Long> reopenedIds = insertVersions(h, reopened, reopenedVersion, now, origin, true);
    Timestamp at = Timestamp.from(now);
    Batches.run(h, "INSERT INTO customer (customer_id, current_version_id, versions, first_seen, last_changed) "
            + "VALUES (:id, :version_id, 1, :at, :at)",
        indexes(added.size()), (b, i) -> b.bind("id", added.get(i).id()).bind("version_id", addedIds.get(i)).bind("at", at));
    Batches.run(h, "UPDATE customer SET current_version_id = :version_id, versions = :v, last_changed = :at "
            + "WHERE customer_id = :id",
        indexes(changed.size()), (b, i) -> b.bind("id", changed.get(i).id()).bind("version_id", changedIds.get(i))
            .bind("v", nextVersion.get(i)).bind("at", at));
    Batches.run(h, "UPDATE customer SET current_version_id = :version_id, versions = :v, last_changed = :at, "
            + "closed_at = NULL, closed_by = NULL, closed_note = NULL WHERE customer_id = :id",
        indexes(reopened.size()), (b, i) -> b.bind("id", reopened.get(i).id()).bind("version_id", reopenedIds.get(i))
            .bind("v", reopenedVersion.get(i)).bind("at", at));
    String note = "not in " + origin;
    for (String id : absent) {
      close(h, id, actor, note, now);
    }
    ImportResult result = new ImportResult(added.size(), changed.size(),
        customers.size() - added.size() - changed.size() - reopened.size(), reopened.size(), absent.size());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("origin", origin);
    details.put("complete", complete);
    details.put("new", result.added());
    details.put("changed", result.changed());
    details.put("unchanged", result.unchanged());
    details.put("reopened", result.reopened());
    details.put("closed", result.closed());
    audit.append(h, actor, "customers.import", "customers", details);
    return result;
  }

  /**
   * Closes a customer: monitoring no longer screens it, and its open alerts are annotated (they still
   * need their decision). Refused for an unknown id, and for one already closed (saying when and by whom).
   */
  public CustomerDetail close(String customerId, String actor, String note) {
    String who = requireUser(actor);
    String why = note == null || note.isBlank() ? null : note.strip();
    jdbi.useTransaction(h -> {
      Map<String, Object> row = h.createQuery("SELECT closed_at, closed_by FROM customer WHERE customer_id = :id FOR UPDATE")
          .bind("id", customerId).mapToMap().findOne()
          .orElseThrow(() -> new InterdictException.NotFound("no customer with id '" + customerId + "'"));
      if (row.get("closed_at") != null) {
        throw new InterdictException.Conflict("customer '" + customerId + "' was closed at "
            + ((Timestamp) row.get("closed_at")).toInstant() + " by " + row.get("closed_by"));
      }
      close(h, customerId, who, why, clock.instant());
    });
    return detail(customerId);
  }

  private void close(Handle h, String customerId, String actor, String note, Instant now) {
    h.createUpdate("UPDATE customer SET closed_at = :at, closed_by = :by, closed_note = :note WHERE customer_id = :id")
        .bind("at", Timestamp.from(now))
        .bind("by", actor)
        .bind("note", note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note)
        .bind("id", customerId)
        .execute();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("note", note);
    details.put("alerts_annotated", alerts.annotateCustomerClosed(h, customerId,
        "customer closed at " + now + " by " + actor + (note == null ? "" : ": " + note), actor));
    audit.append(h, actor, "customer.closed", "customer:" + customerId, details);
  }

  /** A customer in a list: its current version, and when it was closed (null while open). */
  public record Listed(CustomerVersion current, Instant closedAt) {}

  /** Which customers {@link #search} returns: open ones, closed ones, or all. */
  public enum Status {
    OPEN, CLOSED, ALL;

    public static Status parse(String s) {
      for (Status v : values()) {
        if (v.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
          return v;
        }
      }
      throw new InterdictException.InvalidInput("unknown customer status '" + s + "' (expected open, closed or all)");
    }
  }

  public static final int MAX_LIST = 10_000;

  /**
   * Customers whose id starts with {@code text} or whose current name contains it (case-insensitive;
   * null or blank for all), in id order, at most {@code limit}.
   */
  public List<Listed> search(String text, Status status, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new InterdictException.InvalidInput("limit " + limit + " is outside 1.." + MAX_LIST);
    }
    String q = text == null || text.isBlank() ? null : text.strip();
    StringBuilder sql = new StringBuilder("SELECT " + VERSION_COLUMNS + ", c.closed_at FROM customer c "
        + "JOIN customer_version v ON v.id = c.current_version_id WHERE 1 = 1");
    if (status == Status.OPEN) {
      sql.append(" AND ").append(OPEN);
    } else if (status == Status.CLOSED) {
      sql.append(" AND c.closed_at IS NOT NULL");
    }
    if (q != null) {
      sql.append(" AND (c.customer_id LIKE :prefix ESCAPE '!' OR LOWER(v.name) LIKE :inside ESCAPE '!')");
    }
    sql.append(" ORDER BY c.customer_id LIMIT :limit");
    return jdbi.withHandle(h -> {
      var query = h.createQuery(sql.toString()).bind("limit", limit);
      if (q != null) {
        String literal = q.replaceAll("[!%_]", "!$0");
        query.bind("prefix", literal + "%").bind("inside", "%" + literal.toLowerCase(Locale.ROOT) + "%");
      }
      return query.map((rs, ctx) -> {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Listed(version(rs), closed == null ? null : closed.toInstant());
      }).list();
    });
  }

  /** The customer as it stands, with every version; NotFound for an unknown id. */
  public CustomerDetail detail(String customerId) {
    return jdbi.withHandle(h -> {
      Map<String, Object> row = h.createQuery("SELECT closed_at, closed_by, closed_note FROM customer WHERE customer_id = :id")
          .bind("id", customerId).mapToMap().findOne()
          .orElseThrow(() -> new InterdictException.NotFound("no customer with id '" + customerId + "'"));
      List<CustomerVersion> versions = history(customerId);
      Timestamp closed = (Timestamp) row.get("closed_at");
      return new CustomerDetail(versions.get(versions.size() - 1), closed == null ? null : closed.toInstant(),
          (String) row.get("closed_by"), (String) row.get("closed_note"), versions);
    });
  }

  /** 5 as "5", 2.5 as "2.5". */
  private static String percent(double p) {
    return Double.isFinite(p) ? BigDecimal.valueOf(p).stripTrailingZeros().toPlainString() : Double.toString(p);
  }

  private static String requireUser(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new InterdictException.InvalidInput("closing a customer needs the user who closes it");
    }
    return actor.strip();
  }

  /** The current version of a customer. */
  public Optional<CustomerVersion> current(String customerId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                + " FROM customer c JOIN customer_version v ON v.id = c.current_version_id WHERE c.customer_id = :id")
        .bind("id", customerId)
        .map((rs, ctx) -> version(rs))
        .findOne());
  }

  /** Every version of a customer, oldest first. */
  public List<CustomerVersion> history(String customerId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                + " FROM customer_version v WHERE v.customer_id = :id ORDER BY v.version")
        .bind("id", customerId)
        .map((rs, ctx) -> version(rs))
        .list());
  }

  public CustomerVersion version(long versionId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + " FROM customer_version v WHERE v.id = :id")
        .bind("id", versionId)
        .map((rs, ctx) -> version(rs))
        .one());
  }

  public long count() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer").mapTo(Long.class).one());
  }

  /** Current versions already screened once in full, by customer id after {@code afterId} (null = from the start). */
  List<CustomerVersion> screenedAfter(String afterId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                + " FROM customer c JOIN customer_version v ON v.id = c.current_version_id "
                + "WHERE v.screened_at IS NOT NULL AND " + OPEN + " AND c.customer_id > :after "
                + "ORDER BY c.customer_id LIMIT :limit")
        .bind("after", afterId == null ? "" : afterId)
        .bind("limit", limit)
        .map((rs, ctx) -> version(rs))
        .list());
  }

  /** Current versions never screened in full (new or changed customers), oldest first. */
  List<CustomerVersion> unscreened(int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                + " FROM customer c JOIN customer_version v ON v.id = c.current_version_id "
                + "WHERE v.screened_at IS NULL AND " + OPEN + " ORDER BY v.id LIMIT :limit")
        .bind("limit", limit)
        .map((rs, ctx) -> version(rs))
        .list());
  }

  long countUnscreened() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer c JOIN customer_version v "
            + "ON v.id = c.current_version_id WHERE v.screened_at IS NULL AND " + OPEN).mapTo(Long.class).one());
  }

  long countScreened() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer c JOIN customer_version v "
            + "ON v.id = c.current_version_id WHERE v.screened_at IS NOT NULL AND " + OPEN).mapTo(Long.class).one());
  }

  private static long countOpen(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM customer c WHERE " + OPEN).mapTo(Long.class).one();
  }

  /** Open customers whose id is not among {@code customers}, in id order. */
  private static List<String> openAbsent(Handle h, List<Customer> customers) {
    Set<String> named = ids(customers);
    List<String> out = new ArrayList<>();
    h.createQuery("SELECT c.customer_id FROM customer c WHERE " + OPEN + " ORDER BY c.customer_id")
        .setFetchSize(1000)
        .mapTo(String.class)
        .forEach(id -> {
          if (!named.contains(id)) {
            out.add(id);
          }
        });
    return out;
  }

  /** Marks versions screened in full, inside the transaction that stores their alerts. */
  static void markScreened(Handle h, List<CustomerVersion> versions, Instant at) {
    Batches.run(h, "UPDATE customer_version SET screened_at = :at WHERE id = :id", versions,
        (b, v) -> b.bind("at", Timestamp.from(at)).bind("id", v.versionId()));
  }

  /** Per named customer already stored: content hash, version, and "closed" or null. */
  private static Map<String, String[]> currentHashes(Handle h, List<Customer> customers) {
    Map<String, String[]> out = new HashMap<>(customers.size() * 2);
    String select = "SELECT c.customer_id, v.content_hash, v.version, c.closed_at FROM customer c "
        + "JOIN customer_version v ON v.id = c.current_version_id";
    RowMapper<String[]> row = (rs, ctx) -> new String[] {rs.getString(1), rs.getString(2).trim(),
        Integer.toString(rs.getInt(3)), rs.getTimestamp(4) == null ? null : "closed"};
    long stored = h.createQuery("SELECT COUNT(*) FROM customer").mapTo(Long.class).one();
    if (customers.size() * 4L >= stored) {
      // A large import (the daily whole file) reads every current version in one pass. One query per
      // slice of ids cost a scan each on PostgreSQL right after a bulk load, before ANALYZE had run:
      // 95 slices took 5 minutes for 100,000 customers.
      Set<String> named = ids(customers);
      h.createQuery(select).setFetchSize(1000).map(row).forEach(r -> {
        if (named.contains(r[0])) {
          out.put(r[0], new String[] {r[1], r[2], r[3]});
        }
      });
      return out;
    }
    // One query per slice of ids keeps the IN list bounded on both databases.
    for (int from = 0; from < customers.size(); from += Batches.SIZE) {
      List<String> ids = new ArrayList<>();
      for (Customer c : customers.subList(from, Math.min(customers.size(), from + Batches.SIZE))) {
        ids.add(c.id());
      }
      h.createQuery(select + " WHERE c.customer_id IN (<ids>)")
          .bindList("ids", ids)
          .map(row)
          .forEach(r -> out.put(r[0], new String[] {r[1], r[2], r[3]}));
    }
    return out;
  }

  private static Set<String> ids(List<Customer> customers) {
    Set<String> named = new HashSet<>(customers.size() * 2);
    for (Customer c : customers) {
      named.add(c.id());
    }
    return named;
  }

  /** Inserts the versions and returns their generated ids, in order. */
  private static List<Long> insertVersions(Handle h, List<Customer> customers, List<Integer> versions, Instant now,
      String origin, boolean reopened) {
    String from = origin.length() > 1000 ? origin.substring(origin.length() - 1000) : origin;
    Timestamp at = Timestamp.from(now);
    List<Long> ids = new ArrayList<>(customers.size());
    for (int start = 0; start < customers.size(); start += Batches.SIZE) {
      PreparedBatch b = h.prepareBatch("INSERT INTO customer_version (customer_id, version, name, schema_name, "
          + "birth_date, country, identifier, content_hash, imported_at, origin, reopened) VALUES (:id, :version, "
          + ":name, :schema, :birth_date, :country, :identifier, :hash, :at, :origin, :reopened)");
      for (int i = start; i < Math.min(customers.size(), start + Batches.SIZE); i++) {
        Customer c = customers.get(i);
        b.bind("id", c.id())
            .bind("version", versions == null ? 1 : versions.get(i))
            .bind("name", c.name())
            .bind("schema", c.type().schema())
            .bind("birth_date", c.birthDate())
            .bind("country", c.country())
            .bind("identifier", c.identifier())
            .bind("hash", c.contentHash())
            .bind("at", at)
            .bind("origin", from)
            .bind("reopened", reopened)
            .add();
      }
      ids.addAll(b.executePreparedBatch("id").mapTo(Long.class).list());
    }
    return ids;
  }

  private static List<Integer> indexes(int n) {
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  private static CustomerVersion version(ResultSet rs) throws SQLException {
    Customer c = new Customer(rs.getString("customer_id"), rs.getString("name"),
        EntityType.parse(rs.getString("schema_name")), rs.getString("birth_date"), rs.getString("country"),
        rs.getString("identifier"));
    Timestamp screened = rs.getTimestamp("screened_at");
    return new CustomerVersion(rs.getLong("id"), rs.getInt("version"), c, rs.getString("content_hash").trim(),
        rs.getTimestamp("imported_at").toInstant(), screened == null ? null : screened.toInstant(),
        rs.getBoolean("reopened"));
  }
}
