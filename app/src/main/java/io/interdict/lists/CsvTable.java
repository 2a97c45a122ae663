package io.interdict.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited list file read row by row with its header, strictly: UTF-8 only (a byte that is not
 * UTF-8 is an error, not a replacement character), every row as wide as the header, and every failure
 * a {@link ListFormatException} naming the file and the line. Lines before the header that publishers
 * add ("Report Date: ...") are kept as the preamble.
 */
public final class CsvTable implements AutoCloseable {
  private final String file;
  private final BufferedReader reader;
  private final CSVParser parser;
  private final List<String> preamble;
  private final long lineOffset;
  private final Map<String, Integer> columns = new HashMap<>();
  private final int width;

  /** One data row: its first line in the file and its values by column name. */
  public final class Row {
    private final long line;
    private final CSVRecord record;

    private Row(long line, CSVRecord record) {
      this.line = line;
      this.record = record;
    }

    public long line() {
      return line;
    }

    /** The trimmed value of a column, null when blank or when the file has no such column. */
    public String get(String column) {
      Integer i = columns.get(column.toLowerCase(Locale.ROOT));
      return i == null || i >= record.size() ? null : Assembly.clean(record.get(i));
    }

    /** An error about this row. */
    public ListFormatException error(String problem) {
      return new ListFormatException(file, line, problem);
    }
  }

  private CsvTable(String file, BufferedReader reader, CSVParser parser, List<String> preamble) {
    this.file = file;
    this.reader = reader;
    this.parser = parser;
    this.preamble = List.copyOf(preamble);
    this.lineOffset = preamble.size();
    List<String> names = parser.getHeaderNames();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    this.width = names.size();
  }

  /**
   * Opens {@code path}; lines at the top for which {@code isPreamble} holds (at most five) are
   * collected before the header row is read.
   */
  public static CsvTable open(Path path, char delimiter, Predicate<String> isPreamble) {
    String file = path.toString();
    BufferedReader reader = null;
    try {
      reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      List<String> preamble = new ArrayList<>();
      while (preamble.size() < 5) {
        reader.mark(1 << 16);
        String line = reader.readLine();
        if (line == null || !isPreamble.test(line)) {
          reader.reset();
          break;
        }
        preamble.add(line);
      }
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
      return new CsvTable(file, reader, CSVParser.parse(reader, format), preamble);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      closeQuietly(reader);
      throw new ListFormatException(file, 1, "cannot read the header: " + problem(e), e);
    }
  }

  public List<String> preamble() {
    return preamble;
  }

  public boolean hasColumn(String column) {
    return columns.containsKey(column.toLowerCase(Locale.ROOT));
  }

  /** Rejects a file whose header lacks any of {@code required}, naming the first missing one. */
  public void require(String what, String... required) {
    for (String c : required) {
      if (!hasColumn(c)) {
        throw new ListFormatException(file, lineOffset + 1, "not " + what + ": the header has no column '" + c + "'");
      }
    }
  }

  /**
   * Rows in file order. A row narrower or wider than the header (a truncated or damaged line) is
   * returned through {@code onBadRow} instead, and the iteration goes on.
   */
  public Iterable<Row> rows(java.util.function.Consumer<ListFormatException> onBadRow) {
    return () -> new Iterator<>() {
      private final Iterator<CSVRecord> it = parser.iterator();
      private long lastLine = lineOffset + 1;
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          CSVRecord r;
          long start = lastLine + 1;
          try {
            if (!it.hasNext()) {
              return false;
            }
            r = it.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            throw new ListFormatException(file, start, "damaged row: " + problem(e), e);
          }
          lastLine = parser.getCurrentLineNumber() + lineOffset;
          if (r.size() == 1 && r.get(0).isBlank()) {
            continue; // an empty line, typically at the end
          }
          if (r.size() != width) {
            onBadRow.accept(new ListFormatException(file, start, "row has " + r.size() + " fields, the header has " + width + " (truncated or damaged line)"));
            continue;
          }
          next = new Row(start, r);
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }
    };
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // read-only file: nothing to lose
    }
    closeQuietly(reader);
  }

  private static String problem(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() != null && t.getMessage().equals(t.getCause().toString())) {
      t = t.getCause();
    }
    if (t instanceof CharacterCodingException || t.getCause() instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static void closeQuietly(BufferedReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (IOException e) {
        // read-only file: nothing to lose
      }
    }
  }
}
