package io.interdict.cli;

import io.interdict.InterdictException;
import io.interdict.cases.CaseJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Validation of {@code --format} values, and what the table formats share. */
final class Formats {
  private Formats() {}

  static String choose(String given, String... allowed) {
    String g = given == null ? allowed[0] : given.strip().toLowerCase(Locale.ROOT);
    for (String a : allowed) {
      if (a.equals(g)) {
        return a;
      }
    }
    throw new InterdictException.InvalidInput("unknown format '" + given + "' (expected " + String.join(", ", allowed) + ")");
  }

  /** A table cell: {@code s} cut to {@code n} characters with an ellipsis; null is empty. */
  static String cut(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }

  /** Rows as JSON lines (one object each), or as the table {@code table} makes of them. */
  static <T> void print(PrintWriter out, List<T> rows, boolean jsonl, Function<List<T>, String> table) {
    if (jsonl) {
      for (T r : rows) {
        out.println(CaseJson.line(r));
      }
    } else {
      out.println(table.apply(rows));
    }
    out.flush();
  }
}
