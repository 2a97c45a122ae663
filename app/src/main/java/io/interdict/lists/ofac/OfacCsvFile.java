package io.interdict.lists.ofac;

import io.interdict.lists.ListFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One file of the OFAC CSV family split into rows. OFAC writes one record per physical line (no
 * field ever holds a line break), so parsing is line by line: a damaged line costs that line only,
 * which is what lets the lenient mode skip it and carry on. Quoted fields may hold commas and doubled
 * quotes. Nulls ({@code -0- }) become null; the trailing 0x1A (DOS end-of-file) byte is dropped.
 */
final class OfacCsvFile {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A parsed row with its 1-based physical line number. */
  record Row(long line, String[] fields) {}

  private OfacCsvFile() {}

  /**
   * Splits {@code content} into rows of exactly {@code columns} fields, each stripped of surrounding
   * spaces except column {@code verbatim} (-1 for none): remarks are cut at 1,000 characters wherever
   * that falls, a space at the cut included, so they must be joined exactly as written. A malformed
   * row throws {@link ListFormatException} naming {@code fileName} and its line, unless {@code onSkip}
   * is given, in which case the message is handed to it and the row is dropped.
   */
  static List<Row> rows(String fileName, byte[] content, int columns, int verbatim, Consumer<String> onSkip) {
    String text = decode(content);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    int start = 0;
    long line = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? n : end + 1;
      if (end < 0) {
        end = n;
      }
      line++;
      String raw = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      start = next;
      if (start >= n && raw.endsWith("\u001a")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      if (raw.isBlank()) {
        continue;
      }
      try {
        String[] fields = parseLine(raw);
        if (fields.length != columns) {
          throw new IllegalArgumentException(
              "expected " + columns + " columns, found " + fields.length + ": " + abbreviate(raw));
        }
        for (int i = 0; i < fields.length; i++) {
          if (i != verbatim && fields[i] != null) {
            fields[i] = fields[i].strip();
          }
        }
        rows.add(new Row(line, fields));
      } catch (IllegalArgumentException e) {
        ListFormatException problem = new ListFormatException(fileName, line, e.getMessage());
        if (onSkip == null) {
          throw problem;
        }
        onSkip.accept(problem.getMessage() + " (row skipped)");
      }
    }
    return rows;
  }

  /**
   * Splits one CSV line into fields: RFC 4180 quoting ({@code ""} inside quotes is a quote), unquoted
   * fields trimmed, quoted ones kept exactly, OFAC's null {@code -0-} and blank fields returned as null.
   * An unterminated quote or text after a closing quote is an {@link IllegalArgumentException} whose
   * message describes the fault.
   */
  static String[] parseLine(String line) {
    List<String> out = new ArrayList<>(12);
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      String value;
      if (i < n && line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        int open = i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException(
                "unterminated quoted field starting at column " + (open + 1) + ": " + abbreviate(line));
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              sb.append('"');
              i++;
            } else {
              break;
            }
          } else {
            sb.append(c);
          }
        }
        while (i < n && line.charAt(i) == ' ') {
          i++;
        }
        if (i < n && line.charAt(i) != ',') {
          throw new IllegalArgumentException(
              "unexpected text after closing quote at column " + (i + 1) + ": " + abbreviate(line));
        }
        value = sb.toString();
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        value = line.substring(i, end).strip();
        i = end;
      }
      out.add(nullIfOfacNull(value));
      if (i >= n) {
        break;
      }
      i++; // the comma
      if (i >= n) {
        out.add(null);
        break;
      }
    }
    return out.toArray(new String[0]);
  }

  private static String nullIfOfacNull(String v) {
    return v.isBlank() || v.strip().equals("-0-") ? null : v;
  }

  /** UTF-8 when the bytes are valid UTF-8 (current files are ASCII), else Windows-1252 (older files). */
  static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(content, WINDOWS_1252);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
