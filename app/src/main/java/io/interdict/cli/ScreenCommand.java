package io.interdict.cli;

import static io.interdict.cli.BatchFiles.value;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.InterdictException;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interdict screen}: one name against the lists, printed as a table, or a CSV of queries
 * screened in parallel into JSON Lines, one object per input row, in input order.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen a name (or a CSV of queries) against sanctions lists.",
      "Without --list it screens against the bundled demo list and says so on stderr."
    })
public final class ScreenCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin HomeOption home;

  @Option(names = "--list", paramLabel = "PATH",
      description = "List to screen against: an OFAC CSV family directory or a list file (repeatable).")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--threshold", paramLabel = "T",
      description = "Report hits scoring at least T, in (0, 1]. Default: the engine's own.")
  Double threshold;

  @Option(names = "--limit", paramLabel = "N",
      description = "At most N hits per query (default 10 for one name, all for --input).")
  Integer limit;

  @Option(names = "--schema", paramLabel = "S", description = "Person, Organization, Vessel, Airplane or Any.")
  String schema;

  @Option(names = "--dob", paramLabel = "D", description = "Birth date: YYYY, YYYY-MM or YYYY-MM-DD.")
  String dob;

  @Option(names = "--country", paramLabel = "C", description = "Country (name or ISO code).")
  String country;

  @Option(names = "--id", paramLabel = "X", description = "Identifier: passport, IMO, BIC, crypto address ...")
  String identifier;

  @Option(names = "--input", paramLabel = "QUERIES.csv",
      description = "Batch: CSV with header; id,name required; schema,birth_date,country,identifier optional.")
  Path input;

  @Option(names = "--output", paramLabel = "RESULTS.jsonl", description = "Batch: where to write JSON Lines.")
  Path output;

  @Option(names = "--lenient",
      description = "Skip malformed list rows and bad query rows with a warning instead of failing.")
  boolean lenient;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen.")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean batch = input != null || output != null;
    if (batch && (input == null || output == null)) {
      throw new InterdictException.InvalidInput("batch screening needs both --input and --output");
    }
    if (batch && name != null) {
      throw new InterdictException.InvalidInput("give either a NAME or --input, not both");
    }
    if (limit != null && limit < 1) {
      throw new InterdictException.InvalidInput("--limit must be at least 1, got " + limit);
    }
    if (threshold != null && !(threshold > 0 && threshold <= 1)) {
      throw new InterdictException.InvalidInput("--threshold must be in (0, 1], got " + threshold);
    }
    Query single = batch ? null : new Query(null, name, EntityType.parse(schema), birthDate(dob, "--dob"),
        country, identifier, null);
    if (batch && !Files.isRegularFile(input)) {
      throw new InterdictException.InvalidInput("input file not found: " + input);
    }
    // Queries are validated before any list is read: a bad input fails fast and writes nothing.
    List<Row> queries = batch ? readQueries(input, lenient, err) : null;

    ListSelection selection = ListSelection.resolve(lists, lenient, home.resolve());
    if (selection.notice() != null) {
      err.println("interdict: " + selection.notice());
    }
    for (ListSnapshot s : selection.snapshots()) {
      if (!s.warnings().isEmpty()) {
        err.println("interdict: warning: " + s.origin() + ": " + s.warnings().size()
            + " malformed rows skipped; first: " + s.warnings().get(0));
      }
    }
    Screener screener = Screeners.forEntities(selection.entities());
    double t = threshold != null ? threshold : screener.defaultThreshold();
    if (batch) {
      batch(queries, screener, t, limit != null ? limit : Integer.MAX_VALUE, err);
    } else {
      List<Match> hits = screener.screen(single, t, limit != null ? limit : 10);
      printTable(out, hits, t, selection.entities().size());
    }
    err.flush();
    out.flush();
    return 0;
  }

  /** Prints hits as an aligned table, best first; a one-line note when there are none. */
  static void printTable(PrintWriter out, List<Match> hits, double threshold, int screened) {
    if (hits.isEmpty()) {
      out.printf(Locale.ROOT, "no match at or above %.2f among %d entries%n", threshold, screened);
      return;
    }
    String[] head = {"LIST", "ID", "NAME", "MATCHED NAME", "SCORE", "WHY"};
    List<String[]> rows = new ArrayList<>();
    rows.add(head);
    for (Match m : hits) {
      rows.add(new String[] {
        m.entity().source(),
        m.entity().sourceId(),
        clip(m.entity().primaryName(), 40),
        clip(m.matchedName().value(), 40),
        String.format(Locale.ROOT, "%.2f", m.score()),
        clip(m.explanation() == null ? "" : m.explanation().summary(), 70)
      });
    }
    int[] width = new int[head.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        sb.append(r[i]);
        if (i < r.length - 1) {
          sb.append(" ".repeat(width[i] - r[i].length() + 2));
        }
      }
      out.println(sb.toString().stripTrailing());
    }
  }

  private void batch(List<Row> rows, Screener screener, double t, int max, PrintWriter err) {
    BatchFiles.writeJsonLines(output, rows, "screening", r -> resultLine(r.query(), screener.screen(r.query(), t, max)),
        line -> line, line -> { });
    err.println("interdict: screened " + rows.size() + " queries into " + output);
  }

  /** One JSON Lines result: {@code {"id":..,"matches":[{list, entity_id, name, matched_name, score, explanation}]}}. */
  static String resultLine(Query q, List<Match> hits) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", q.id());
    ArrayNode arr = o.putArray("matches");
    for (Match m : hits) {
      ObjectNode h = arr.addObject();
      h.put("list", m.entity().source());
      h.put("entity_id", m.entity().sourceId());
      h.put("name", m.entity().primaryName());
      h.put("matched_name", m.matchedName().value());
      h.put("score", Math.round(m.score() * 10_000) / 10_000.0);
      h.put("explanation", m.explanation() == null ? "" : m.explanation().summary());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A query with the CSV line it came from. */
  record Row(long line, Query query) {}

  /**
   * Reads and validates the whole query CSV before any screening, so that a bad row fails the run
   * before output is written. Lines are physical CSV lines (header = line 1).
   */
  static List<Row> readQueries(Path file, boolean lenient, PrintWriter err) {
    return BatchFiles.readCsv(file, p -> {
      for (String required : new String[] {"id", "name"}) {
        if (!p.getHeaderMap().containsKey(required)) {
          return "header has no '" + required + "' column (found: " + String.join(",", p.getHeaderNames()) + ")";
        }
      }
      return null;
    }, (rec, line) -> new Row(line, query(rec)), lenient, err);
  }

  private static Query query(CSVRecord rec) {
    String id = value(rec, "id");
    if (id == null) {
      throw new InterdictException.InvalidInput("id is empty");
    }
    String name = value(rec, "name");
    String ident = value(rec, "identifier");
    if (name == null && ident == null) {
      throw new InterdictException.InvalidInput("query '" + id + "' has no name");
    }
    EntityType type = EntityType.parse(value(rec, "schema"));
    return new Query(id, name, type, birthDate(value(rec, "birth_date"), "birth_date"), value(rec, "country"), ident, null);
  }

  /** Checks a birth date is YYYY, YYYY-MM or YYYY-MM-DD and a real date; returns it unchanged. */
  static String birthDate(String s, String what) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      if (v.matches("\\d{4}")) {
        return v;
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        LocalDate.parse(v + "-01");
        return v;
      }
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate.parse(v);
        return v;
      }
    } catch (DateTimeException e) {
      // falls through to the message below
    }
    throw new InterdictException.InvalidInput(
        what + " '" + s + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
