package io.interdict.cli;

import io.interdict.InterdictException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The batch files of the CLI (a CSV of queries for {@code screen}, a passenger manifest for {@code
 * entry}): the input is read and validated whole before any work, so that a bad row fails the run
 * with its line and nothing is written; the results go out as JSON Lines in input order, through a
 * temporary file moved into place at the end, so that a run that fails leaves no half file.
 */
final class BatchFiles {
  /** Rows worked on together before their results are written; bounds memory on big inputs. */
  static final int CHUNK = 2048;

  private BatchFiles() {}

  /** What a header lacks, or null when it will do. */
  interface HeaderCheck {
    String problem(CSVParser parser);
  }

  /** One data row as its value; throws {@link InterdictException.InvalidInput} for a bad row. */
  interface RowReader<T> {
    T read(CSVRecord rec, long line);
  }

  /**
   * Every row of a UTF-8 CSV with a header. A bad row fails the run with {@code file:line:}, or with
   * {@code lenient} is skipped with a warning on {@code err}. Lines are physical CSV lines (header =
   * line 1); blank lines are skipped.
   */
  static <T> List<T> readCsv(Path file, HeaderCheck header, RowReader<T> rows, boolean lenient, PrintWriter err) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true)
        .setIgnoreEmptyLines(false)
        .setTrim(true)
        .get();
    List<T> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, format)) {
      String problem = header.problem(p);
      if (problem != null) {
        throw new InterdictException.InvalidInput(file + ":1: " + problem);
      }
      int columns = p.getHeaderNames().size();
      for (CSVRecord rec : p) {
        long line = rec.getRecordNumber() + 1;
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
          continue; // blank line
        }
        try {
          if (rec.size() != columns) {
            throw new InterdictException.InvalidInput("expected " + columns + " columns, found " + rec.size());
          }
          out.add(rows.read(rec, line));
        } catch (InterdictException.InvalidInput e) {
          String msg = file + ":" + line + ": " + e.getMessage();
          if (!lenient) {
            throw new InterdictException.InvalidInput(msg);
          }
          err.println("interdict: warning: " + msg + " (row skipped)");
        }
      }
    } catch (NoSuchFileException e) {
      throw new InterdictException.InvalidInput("input file not found: " + file);
    } catch (CharacterCodingException e) {
      throw new InterdictException.InvalidInput(file + ": not UTF-8 text");
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new InterdictException.InvalidInput(file + ": malformed CSV: " + root.getMessage());
    }
    return out;
  }

  /** A column's stripped value; null when the file has no such column or the cell is blank. */
  static String value(CSVRecord rec, String column) {
    if (!rec.isMapped(column) || !rec.isSet(column)) {
      return null;
    }
    String v = rec.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /**
   * Works on {@code items} in parallel, {@link #CHUNK} at a time, and writes one line per result to
   * {@code output} in input order; {@code written} sees each result after its line is written.
   */
  static <I, O> void writeJsonLines(Path output, List<I> items, String task, Function<I, O> work,
      Function<O, String> line, Consumer<O> written) {
    Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        Progress progress = new Progress(task, items.size())) {
      @SuppressWarnings("unchecked")
      O[] chunk = (O[]) new Object[Math.min(CHUNK, items.size())];
      for (int from = 0; from < items.size(); from += CHUNK) {
        int base = from;
        int n = Math.min(CHUNK, items.size() - from);
        IntStream.range(0, n).parallel().forEach(i -> {
          chunk[i] = work.apply(items.get(base + i));
          progress.step();
        });
        for (int i = 0; i < n; i++) {
          w.write(line.apply(chunk[i]));
          w.write('\n');
          written.accept(chunk[i]);
        }
      }
    } catch (NoSuchFileException e) {
      throw new InterdictException.InvalidInput("cannot write " + output + ": directory does not exist");
    } catch (IOException e) {
      throw new InterdictException.InvalidInput("cannot write " + output + ": " + e.getMessage());
    }
    try {
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      try {
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e2) {
        throw new InterdictException.InvalidInput("cannot write " + output + ": " + e2.getMessage());
      }
    } catch (IOException e) {
      throw new InterdictException.InvalidInput("cannot write " + output + ": " + e.getMessage());
    }
  }
}
