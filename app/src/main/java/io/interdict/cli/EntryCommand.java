package io.interdict.cli;

import static io.interdict.cli.BatchFiles.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.entry.EntryDecider;
import io.interdict.entry.EntryRecorder;
import io.interdict.entry.EntryDecision;
import io.interdict.entry.EntryHit;
import io.interdict.entry.EntryOutcome;
import io.interdict.entry.EntryPolicy;
import io.interdict.entry.Mrz;
import io.interdict.entry.Traveller;
import io.interdict.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interdict entry}: decides CLEAR, REFER or DENY for one traveller (an MRZ or fields) or for a
 * passenger manifest (CSV in, JSON Lines out, one decision per row in input order). The exit code
 * says whether anyone needs attention, so that a script can stop at it.
 */
@Command(
    name = "entry",
    mixinStandardHelpOptions = true,
    description = {
      "Entry (traveller) screening: CLEAR, REFER (secondary inspection) or DENY (travel ban).",
      "One traveller by --mrz (2 or 3 lines) or by --surname and the other fields; a manifest by --input and --output.",
      "Exit code: 0 every traveller CLEAR, " + EntryCommand.EXIT_REFER + " some REFER and none DENY, "
          + EntryCommand.EXIT_DENY + " some DENY; 2 bad input."
    })
public final class EntryCommand implements Callable<Integer> {
  /** Exit code when the most severe decision is REFER: distinct from every error code (1 to 7, 70). */
  public static final int EXIT_REFER = 8;
  /** Exit code when any traveller is denied. */
  public static final int EXIT_DENY = 9;

  private static final List<String> FIELD_COLUMNS = List.of("id", "surname", "given_names", "birth_date", "nationality",
      "sex", "document_number", "document_country");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  @Option(names = "--mrz", paramLabel = "LINE", description = "A line of the machine-readable zone (repeat for each: 2 or 3).")
  List<String> mrz = new ArrayList<>();

  @Option(names = "--surname", paramLabel = "NAME", description = "Surname (primary identifier).")
  String surname;

  @Option(names = "--given", paramLabel = "NAMES", description = "Given names.")
  String given;

  @Option(names = "--dob", paramLabel = "YYYY-MM-DD", description = "Birth date.")
  String dob;

  @Option(names = "--nationality", paramLabel = "C", description = "Nationality: ISO or MRZ code, or a country name.")
  String nationality;

  @Option(names = "--sex", paramLabel = "M|F|X", description = "Sex.")
  String sex;

  @Option(names = "--document", paramLabel = "NUMBER", description = "Passport or identity card number.")
  String document;

  @Option(names = "--document-country", paramLabel = "C", description = "Issuing country of the document.")
  String documentCountry;

  @Option(names = "--id", paramLabel = "REF", description = "Your reference for the traveller (echoed).")
  String id;

  @Option(names = "--input", paramLabel = "MANIFEST.csv", description = "Batch: CSV with header "
      + "id,surname,given_names,birth_date,nationality,sex,document_number,document_country, or id,mrz (lines joined by |).")
  Path input;

  @Option(names = "--output", paramLabel = "DECISIONS.jsonl", description = "Batch: where to write JSON Lines.")
  Path output;

  @Option(names = "--list", paramLabel = "PATH", description = "List file or directory to screen against (repeatable). "
      + "Default: the current lists of the store.")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE", description = "Entry policy (JSON or YAML); defaults otherwise.")
  Path policy;

  @Option(names = "--format", defaultValue = "text", description = "One traveller: text or json (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--no-record", description = "Decide only: write nothing to the audit trail "
      + "(by default every REFER and DENY is recorded, and a manifest's counts).")
  boolean noRecord;

  @Option(names = "--user", paramLabel = "USER", description = "Who screens (recorded). Default: the OS user.")
  String user = System.getProperty("user.name", "interdict");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean batch = input != null || output != null;
    boolean fields = surname != null || given != null || dob != null || nationality != null || sex != null
        || document != null || documentCountry != null;
    if (batch && (input == null || output == null)) {
      throw new InterdictException.InvalidInput("a manifest needs both --input and --output");
    }
    if (batch && (fields || !mrz.isEmpty())) {
      throw new InterdictException.InvalidInput("give either one traveller (--mrz or fields) or --input, not both");
    }
    if (!mrz.isEmpty() && fields) {
      throw new InterdictException.InvalidInput("give the traveller either by --mrz or by fields, not both");
    }
    if (!batch && mrz.isEmpty() && !fields) {
      throw new InterdictException.InvalidInput("no traveller: give --mrz lines, --surname (and other fields) or --input");
    }
    boolean json = Formats.choose(format, "text", "json").equals("json");
    Clock clock = Clock.systemDefaultZone();
    LocalDate today = LocalDate.now(clock);
    EntryPolicy pol = policy == null ? EntryPolicy.DEFAULT : EntryPolicy.load(policy);
    // Travellers are read before any list: a bad input fails fast and writes nothing.
    List<Traveller> travellers;
    if (batch) {
      travellers = readManifest(input, today);
    } else if (!mrz.isEmpty()) {
      travellers = List.of(Traveller.of(Mrz.parse(mrz, today), id));
    } else {
      travellers = List.of(Traveller.of(id, surname, given, dob, nationality, sex, document, documentCountry));
    }
    List<EntryDecision> decisions;
    Database db = noRecord && !lists.isEmpty() ? null : home.resolve().openDatabase();
    try {
      ScreeningLists sl = ScreeningLists.load(lists, db, err);
      EntryDecider decider = new EntryDecider(sl.screener(), sl.entities(), pol, clock);
      decisions = batch ? batch(travellers, decider, err) : List.of(decider.decide(travellers.get(0)));
      if (!noRecord) {
        record(new EntryRecorder(new AuditLog(db.jdbi())), decisions, batch);
      }
    } finally {
      if (db != null) {
        db.close();
      }
    }
    if (!batch) {
      out.println(json ? pretty(decisions.get(0)) : text(decisions.get(0)));
    }
    out.flush();
    err.flush();
    EntryOutcome worst = decisions.stream().map(EntryDecision::decision).reduce(EntryOutcome.CLEAR, EntryOutcome::max);
    return switch (worst) {
      case CLEAR -> 0;
      case REFER -> EXIT_REFER;
      case DENY -> EXIT_DENY;
    };
  }

  private void record(EntryRecorder recorder, List<EntryDecision> decisions, boolean batch) {
    Map<String, Integer> summary = new LinkedHashMap<>();
    for (EntryOutcome o : EntryOutcome.values()) {
      summary.put(o.name(), 0);
    }
    for (EntryDecision d : decisions) {
      recorder.record(d, user);
      summary.merge(d.decision().name(), 1, Integer::sum);
    }
    if (batch) {
      recorder.recordRun(user, input.getFileName().toString(), summary);
    }
  }

  private List<EntryDecision> batch(List<Traveller> travellers, EntryDecider decider, PrintWriter err) {
    List<EntryDecision> all = new ArrayList<>(travellers.size());
    BatchFiles.writeJsonLines(output, travellers, "entry screening", decider::decide, EntryCommand::json, all::add);
    Map<EntryOutcome, Integer> counts = new EnumMap<>(EntryOutcome.class);
    for (EntryOutcome o : EntryOutcome.values()) {
      counts.put(o, 0);
    }
    all.forEach(d -> counts.merge(d.decision(), 1, Integer::sum));
    err.println("interdict: screened " + all.size() + " travellers into " + output + ": " + counts);
    return all;
  }

  /**
   * Reads and validates the whole manifest before any screening, so that a bad row fails the run with
   * its line before output is written. Lines are physical CSV lines (header = line 1).
   */
  static List<Traveller> readManifest(Path file, LocalDate today) {
    if (!Files.isRegularFile(file)) {
      throw new InterdictException.InvalidInput("input file not found: " + file);
    }
    List<Traveller> travellers = BatchFiles.readCsv(file, p -> p.getHeaderMap().containsKey("mrz")
            || p.getHeaderMap().containsKey("surname") ? null
            : "header has neither an 'mrz' nor a 'surname' column (found: " + String.join(",", p.getHeaderNames())
                + "; expected " + String.join(",", FIELD_COLUMNS) + " or id,mrz)",
        (rec, line) -> traveller(rec, line, today), false, null);
    if (travellers.isEmpty()) {
      throw new InterdictException.InvalidInput(file + ": the manifest holds no traveller");
    }
    return travellers;
  }

  /** A row's traveller: from its MRZ when the row has one, else from its fields; the id defaults to the line. */
  private static Traveller traveller(CSVRecord rec, long line, LocalDate today) {
    String own = value(rec, "id");
    String ref = own == null ? "line " + line : own;
    String zone = value(rec, "mrz");
    if (zone != null) {
      return Traveller.of(Mrz.parse(Arrays.asList(zone.split("\\|")), today), ref);
    }
    return Traveller.of(ref, value(rec, "surname"), value(rec, "given_names"), value(rec, "birth_date"),
        value(rec, "nationality"), value(rec, "sex"), value(rec, "document_number"), value(rec, "document_country"));
  }

  private static String text(EntryDecision d) {
    Traveller t = d.traveller();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-6s %s%s", d.decision(), t.fullName(), t.documentNumber() == null ? ""
        : "  (" + t.documentNumber() + (t.documentCountry() == null ? "" : ", " + t.documentCountry()) + ")"));
    for (String r : d.reasons()) {
      sb.append("\n       ").append(r);
    }
    for (EntryHit h : d.hits()) {
      if (h.explanation() != null && h.kind() == EntryHit.Kind.NAME) {
        sb.append("\n       ").append(h.entityKey()).append(": ").append(h.explanation());
      }
    }
    return sb.toString();
  }

  private static String json(EntryDecision d) {
    try {
      return JSON.writeValueAsString(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pretty(EntryDecision d) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
