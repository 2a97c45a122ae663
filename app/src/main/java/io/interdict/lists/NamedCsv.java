package io.interdict.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file a user hands in (customers, an ownership register): a header row of named columns, in
 * any order, then rows as wide as the header. Blank lines are skipped; every failure is a
 * {@link ListFormatException} naming the input and the line. What the columns may be, and what a row
 * means, is the caller's.
 */
public final class NamedCsv {
  /** Validates the header row; returns the column index by lower-case name. */
  public interface Header {
    Map<String, Integer> columns(CSVRecord header, long line);
  }

  /** Takes one data row. */
  public interface Rows {
    void row(CSVRecord row, Map<String, Integer> columns, long line);
  }

  private NamedCsv() {}

  /** @param expected the columns as an error about a missing header names them */
  public static void read(Reader in, String origin, String expected, Header header, Rows rows) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      Map<String, Integer> col = null;
      for (CSVRecord rec : parser) {
        long line = parser.getCurrentLineNumber();
        if (rec.size() == 1 && rec.get(0).isBlank()) {
          continue;
        }
        if (col == null) {
          col = header.columns(rec, line);
          continue;
        }
        if (rec.size() != col.size()) {
          throw new ListFormatException(origin, line,
              "expected " + col.size() + " fields as in the header, found " + rec.size());
        }
        rows.row(rec, col, line);
      }
      if (col == null) {
        throw new ListFormatException(origin, 1, "empty file: a header row (" + expected + ") is required");
      }
    } catch (UncheckedIOException e) {
      throw new ListFormatException(origin, 0, "malformed CSV: " + e.getCause().getMessage());
    }
  }

  /** The value of an optional column, null when the header lacks it. */
  public static String field(CSVRecord row, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    return i == null ? null : row.get(i);
  }
}
