package io.interdict.monitoring;

import io.interdict.audit.AuditLog;
import io.interdict.model.EntityType;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Customers and their history. An import upserts by customer id: a new id gets version 1, a changed
 * record a new version (the old ones stay), an identical record (same content hash) changes nothing.
 * A whole import commits in one transaction together with its audit record.
 */
public final class CustomerStore {
  private static final String VERSION_COLUMNS =
      "v.id, v.customer_id, v.version, v.name, v.schema_name, v.birth_date, v.country, v.identifier, "
          + "v.content_hash, v.imported_at, v.screened_at";

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public CustomerStore(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  public CustomerStore(Jdbi jdbi, AuditLog audit) {
    this(jdbi, audit, Clock.systemUTC());
  }

  /** What an import did. */
  public record ImportResult(int added, int changed, int unchanged) {
    public int total() {
      return added + changed + unchanged;
    }
  }

  /** One stored version of a customer. {@code screenedAt} is null until monitoring screened it. */
  public record CustomerVersion(
      long versionId, int version, Customer customer, String contentHash, Instant importedAt, Instant screenedAt) {
    public String customerId() {
      return customer.id();
    }
  }

  /** Reads, validates (all or nothing) and upserts a customer CSV file. */
  public ImportResult importCsv(Path file, String actor) {
    return upsert(CustomerCsv.read(file), actor, file.toAbsolutePath().toString());
  }

  /** Upserts customers by id; {@code origin} (file name, API caller) is kept with each new version. */
  public ImportResult upsert(List<Customer> customers, String actor, String origin) {
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      Map<String, String[]> current = currentHashes(h, customers);
      List<Customer> added = new ArrayList<>();
      List<Customer> changed = new ArrayList<>();
      List<Integer> nextVersion = new ArrayList<>();
      for (Customer c : customers) {
        String[] cur = current.get(c.id());
        if (cur == null) {
          added.add(c);
        } else if (!cur[0].equals(c.contentHash())) {
          changed.add(c);
          nextVersion.add(Integer.parseInt(cur[1]) + 1);
        }
      }
      List<Long> addedIds = insertVersions(h, added, null, now, origin);
      List<Long> changedIds = insertVersions(h, changed, nextVersion, now, origin);
      Timestamp at = Timestamp.from(now);
      Batches.run(h, "INSERT INTO customer (customer_id, current_version_id, versions, first_seen, last_changed) "
              + "VALUES (:id, :version_id, 1, :at, :at)",
          indexes(added.size()), (b, i) -> b.bind("id", added.get(i).id()).bind("version_id", addedIds.get(i)).bind("at", at));
      Batches.run(h, "UPDATE customer SET current_version_id = :version_id, versions = :v, last_changed = :at "
              + "WHERE customer_id = :id",
          indexes(changed.size()), (b, i) -> b.bind("id", changed.get(i).id()).bind("version_id", changedIds.get(i))
              .bind("v", nextVersion.get(i)).bind("at", at));
      ImportResult result = new ImportResult(added.size(), changed.size(), customers.size() - added.size() - changed.size());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("origin", origin);
      details.put("new", result.added());
      details.put("changed", result.changed());
      details.put("unchanged", result.unchanged());
      audit.append(h, actor, "customers.import", "customers", details);
      return result;
    });
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
                + "WHERE v.screened_at IS NOT NULL AND c.customer_id > :after ORDER BY c.customer_id LIMIT :limit")
        .bind("after", afterId == null ? "" : afterId)
        .bind("limit", limit)
        .map((rs, ctx) -> version(rs))
        .list());
  }

  /** Current versions never screened in full (new or changed customers), oldest first. */
  List<CustomerVersion> unscreened(int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS
                + " FROM customer c JOIN customer_version v ON v.id = c.current_version_id "
                + "WHERE v.screened_at IS NULL ORDER BY v.id LIMIT :limit")
        .bind("limit", limit)
        .map((rs, ctx) -> version(rs))
        .list());
  }

  long countUnscreened() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer c JOIN customer_version v "
            + "ON v.id = c.current_version_id WHERE v.screened_at IS NULL").mapTo(Long.class).one());
  }

  long countScreened() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer c JOIN customer_version v "
            + "ON v.id = c.current_version_id WHERE v.screened_at IS NOT NULL").mapTo(Long.class).one());
  }

  /** Marks versions screened in full, inside the transaction that stores their alerts. */
  static void markScreened(Handle h, List<CustomerVersion> versions, Instant at) {
    Batches.run(h, "UPDATE customer_version SET screened_at = :at WHERE id = :id", versions,
        (b, v) -> b.bind("at", Timestamp.from(at)).bind("id", v.versionId()));
  }

  private static Map<String, String[]> currentHashes(Handle h, List<Customer> customers) {
    Map<String, String[]> out = new HashMap<>(customers.size() * 2);
    // One query per slice of ids keeps the IN list bounded on both databases.
    for (int from = 0; from < customers.size(); from += Batches.SIZE) {
      List<String> ids = new ArrayList<>();
      for (Customer c : customers.subList(from, Math.min(customers.size(), from + Batches.SIZE))) {
        ids.add(c.id());
      }
      h.createQuery("SELECT c.customer_id, v.content_hash, v.version FROM customer c "
              + "JOIN customer_version v ON v.id = c.current_version_id WHERE c.customer_id IN (<ids>)")
          .bindList("ids", ids)
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2).trim(), Integer.toString(rs.getInt(3))})
          .forEach(row -> out.put(row[0], new String[] {row[1], row[2]}));
    }
    return out;
  }

  /** Inserts the versions and returns their generated ids, in order. */
  private static List<Long> insertVersions(Handle h, List<Customer> customers, List<Integer> versions, Instant now,
      String origin) {
    String from = origin.length() > 1000 ? origin.substring(origin.length() - 1000) : origin;
    Timestamp at = Timestamp.from(now);
    List<Long> ids = new ArrayList<>(customers.size());
    for (int start = 0; start < customers.size(); start += Batches.SIZE) {
      PreparedBatch b = h.prepareBatch("INSERT INTO customer_version (customer_id, version, name, schema_name, "
          + "birth_date, country, identifier, content_hash, imported_at, origin) VALUES (:id, :version, :name, "
          + ":schema, :birth_date, :country, :identifier, :hash, :at, :origin)");
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
        rs.getTimestamp("imported_at").toInstant(), screened == null ? null : screened.toInstant());
  }
}
