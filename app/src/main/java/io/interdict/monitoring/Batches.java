package io.interdict.monitoring;

import java.util.List;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Runs one statement for many rows as JDBC batches of bounded size (a JDBI batch is spent once executed). */
final class Batches {
  static final int SIZE = 1000;

  private Batches() {}

  static <T> void run(Handle h, String sql, List<T> rows, BiConsumer<PreparedBatch, T> bind) {
    for (int from = 0; from < rows.size(); from += SIZE) {
      PreparedBatch b = h.prepareBatch(sql);
      for (T row : rows.subList(from, Math.min(rows.size(), from + SIZE))) {
        bind.accept(b, row);
        b.add();
      }
      b.execute();
    }
  }
}
