package io.interdict.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL of monitoring's own state: per source the watermark (the list version every screened
 * customer has been checked against) and the resume point of a re-screening under way.
 */
final class MonitorState {
  /** A re-screening under way: customers up to and including {@code lastCustomerId} are done. */
  record Progress(String source, Long fromVersionId, ListVersionRef to, String lastCustomerId) {}

  private final Jdbi jdbi;

  MonitorState(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  Optional<ListVersionRef> watermark(String source) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT list_version_id, source, list_version_label FROM monitor_watermark WHERE source = :source")
        .bind("source", source)
        .map((rs, ctx) -> new ListVersionRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .findOne());
  }

  List<ListVersionRef> watermarks() {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT list_version_id, source, list_version_label FROM monitor_watermark ORDER BY source")
        .map((rs, ctx) -> new ListVersionRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list());
  }

  Optional<Progress> progress(String source) {
    return jdbi.withHandle(h -> h.createQuery("SELECT source, from_version_id, to_version_id, to_version_label, "
                + "last_customer_id FROM monitor_progress WHERE source = :source")
        .bind("source", source)
        .map((rs, ctx) -> {
          long from = rs.getLong(2);
          Long fromId = rs.wasNull() ? null : from;
          return new Progress(rs.getString(1), fromId, new ListVersionRef(rs.getLong(3), rs.getString(1), rs.getString(4)),
              rs.getString(5));
        })
        .findOne());
  }

  static void saveProgress(Handle h, String source, ListVersionRef from, ListVersionRef to, String lastCustomerId, Instant now) {
    int n = h.createUpdate("UPDATE monitor_progress SET last_customer_id = :last, updated_at = :now "
            + "WHERE source = :source AND to_version_id = :to")
        .bind("last", lastCustomerId)
        .bind("now", Timestamp.from(now))
        .bind("source", source)
        .bind("to", to.id())
        .execute();
    if (n == 0) {
      h.createUpdate("INSERT INTO monitor_progress (source, from_version_id, to_version_id, to_version_label, "
              + "last_customer_id, updated_at) VALUES (:source, :from, :to, :label, :last, :now)")
          .bind("source", source)
          .bind("from", from == null ? null : from.id())
          .bind("to", to.id())
          .bind("label", to.label())
          .bind("last", lastCustomerId)
          .bind("now", Timestamp.from(now))
          .execute();
    }
  }

  /** Ends a re-screening: the watermark moves to {@code to} and the resume point is dropped. */
  static void finish(Handle h, ListVersionRef to, Instant now) {
    h.createUpdate("DELETE FROM monitor_progress WHERE source = :source").bind("source", to.source()).execute();
    int n = h.createUpdate("UPDATE monitor_watermark SET list_version_id = :id, list_version_label = :label, "
            + "processed_at = :now WHERE source = :source")
        .bind("id", to.id())
        .bind("label", to.label())
        .bind("now", Timestamp.from(now))
        .bind("source", to.source())
        .execute();
    if (n == 0) {
      h.createUpdate("INSERT INTO monitor_watermark (source, list_version_id, list_version_label, processed_at) "
              + "VALUES (:source, :id, :label, :now)")
          .bind("source", to.source())
          .bind("id", to.id())
          .bind("label", to.label())
          .bind("now", Timestamp.from(now))
          .execute();
    }
  }
}
