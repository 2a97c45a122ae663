package io.interdict.blocking;

import java.time.LocalDate;
import java.util.List;

/**
 * A regulatory report as a table: what it is, the rule that requires it, the date it speaks for, when
 * it is due (null when each row carries its own due date), its columns and rows, and notes (totals,
 * method). Writers turn it into JSON, CSV, HTML or PDF.
 */
public record Report(
    String kind,
    String title,
    String regulation,
    LocalDate asOf,
    LocalDate due,
    List<String> columns,
    List<List<String>> rows,
    List<String> notes) {
  public Report {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
    for (List<String> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("row has " + r.size() + " cells for " + columns.size() + " columns");
      }
    }
  }
}
