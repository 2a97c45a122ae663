package io.interdict.lists.ofac;

import io.interdict.lists.ListFormatException;
import io.interdict.lists.ListReader;
import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import io.interdict.model.Relation;
import io.interdict.model.VesselInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads OFAC's CSV family: the SDN list ({@code sdn.csv}, {@code alt.csv}, {@code add.csv}, {@code
 * sdn_comments.csv}) or the Consolidated non-SDN list ({@code cons_prim.csv}, {@code cons_alt.csv},
 * {@code cons_add.csv}, {@code cons_comments.csv}); same columns. Only the primary file is required.
 *
 * <p>Given a directory it reads the whole family found there (file names matched case-insensitively,
 * as OFAC's site serves them upper-case); given the primary file itself it reads that file alone.
 * Remarks cut at 1,000 characters are joined with their continuation in the comments file before
 * they are parsed, so aliases and addresses that straddle the cut come out whole.
 */
public final class OfacCsvReader implements ListReader {
  private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static final int PRIMARY_COLUMNS = 12;
  static final int ALT_COLUMNS = 5;
  static final int ADD_COLUMNS = 6;
  static final int COMMENTS_COLUMNS = 2;
  /** The Remarks column of the primary file. */
  static final int REMARKS = 11;

  private final String source;
  private final String primary;
  private final String alt;
  private final String add;
  private final String comments;

  private OfacCsvReader(String source, String primary, String alt, String add, String comments) {
    this.source = source;
    this.primary = primary;
    this.alt = alt;
    this.add = add;
    this.comments = comments;
  }

  /** The SDN list family. */
  public static OfacCsvReader sdn() {
    return new OfacCsvReader("us-ofac-sdn", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
  }

  /** The Consolidated (non-SDN) list family. */
  public static OfacCsvReader consolidated() {
    return new OfacCsvReader("us-ofac-cons", "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv");
  }

  @Override
  public String format() {
    return "ofac-csv";
  }

  @Override
  public String defaultSource() {
    return source;
  }

  @Override
  public boolean accepts(Path path) {
    if (Files.isDirectory(path)) {
      return find(path, primary) != null;
    }
    return Files.isRegularFile(path) && path.getFileName().toString().equalsIgnoreCase(primary);
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    Family f;
    if (Files.isDirectory(path)) {
      Path p = find(path, primary);
      if (p == null) {
        throw new ListFormatException(path.toString(), 0, "no " + primary + " in this directory");
      }
      f = new Family(load(p), load(find(path, alt)), load(find(path, add)), load(find(path, comments)));
    } else {
      f = new Family(load(path), null, null, null);
    }
    return read(f, path.toString(), lenient);
  }

  /** A file of the family: display name (for messages) and raw bytes. */
  public record Part(String name, byte[] bytes) {}

  /** The files of one family; all but {@code primary} may be null (absent). */
  public record Family(Part primary, Part alt, Part add, Part comments) {}

  /** Reads a family already in memory (the bundled demo list is read this way, from the classpath). */
  public ListSnapshot read(Family f, String origin, boolean lenient) {
    List<String> warnings = new ArrayList<>();
    Consumer<String> onSkip = lenient ? warnings::add : null;

    // Split every file first, in family order, so that a strict read reports the first fault met.
    List<OfacCsvFile.Row> primaryRows = rows(f.primary(), PRIMARY_COLUMNS, REMARKS, onSkip);
    List<OfacCsvFile.Row> altRows = rows(f.alt(), ALT_COLUMNS, -1, onSkip);
    List<OfacCsvFile.Row> addRows = rows(f.add(), ADD_COLUMNS, -1, onSkip);
    List<OfacCsvFile.Row> commentRows = rows(f.comments(), COMMENTS_COLUMNS, 1, onSkip);

    Map<String, StringBuilder> overflow = new HashMap<>();
    for (OfacCsvFile.Row r : commentRows) {
      String id = entNum(f.comments(), r, onSkip);
      if (id != null && r.fields()[1] != null) {
        overflow.computeIfAbsent(id, k -> new StringBuilder()).append(r.fields()[1]);
      }
    }

    Map<String, Pending> entries = new LinkedHashMap<>();
    Map<String, String> idByName = new HashMap<>();
    for (OfacCsvFile.Row r : primaryRows) {
      Pending p = primaryRow(f.primary(), r, overflow, entries, onSkip);
      if (p != null) {
        entries.put(p.id, p);
        idByName.putIfAbsent(nameKey(p.b.names.get(0).value()), p.id);
      }
    }
    for (String id : overflow.keySet()) {
      if (!entries.containsKey(id)) {
        warnings.add(f.comments().name() + ": continuation for entry " + id + " which is not in "
            + f.primary().name() + " (ignored)");
      }
    }

    for (OfacCsvFile.Row r : altRows) {
      Pending p = owner(f.alt(), r, entries, onSkip, warnings);
      String[] c = r.fields();
      if (p != null && c[3] != null) {
        Name n = new Name(c[3], OfacRemarks.altType(c[2]));
        if (!p.b.names.contains(n)) {
          p.b.names.add(n);
        }
      }
    }
    for (OfacCsvFile.Row r : addRows) {
      Pending p = owner(f.add(), r, entries, onSkip, warnings);
      String[] c = r.fields();
      if (p != null && (c[2] != null || c[3] != null || c[4] != null)) {
        p.b.addresses.add(new Address(c[2], c[3], null, null, c[4]));
      }
    }

    if (entries.isEmpty()) {
      // An empty primary file is a failed download, never a real list: importing it would unlist everyone.
      throw new ListFormatException(f.primary().name(), 0, "no entries");
    }
    List<ListedEntity> out = new ArrayList<>(entries.size());
    for (Pending p : entries.values()) {
      for (String w : p.weak) {
        Name n = new Name(w, NameType.WEAK_AKA);
        if (!p.b.names.contains(n)) {
          p.b.names.add(n);
        }
      }
      for (int i = 0; i < p.b.relations.size(); i++) {
        Relation rel = p.b.relations.get(i);
        String target = idByName.get(nameKey(rel.targetName()));
        if (target != null) {
          p.b.relations.set(i, new Relation(rel.type(), rel.targetName(), target));
        }
      }
      out.add(p.b.build());
    }
    return new ListSnapshot(source, null, checksum(f), origin, Instant.now(), out, warnings);
  }

  private Pending primaryRow(
      Part file, OfacCsvFile.Row r, Map<String, StringBuilder> overflow, Map<String, Pending> entries,
      Consumer<String> onSkip) {
    String id = entNum(file, r, onSkip);
    if (id == null) {
      return null;
    }
    String[] c = r.fields();
    String problem = null;
    if (entries.containsKey(id)) {
      problem = "entry " + id + " appears twice";
    } else if (c[1] == null) {
      problem = "entry " + id + " has no name";
    }
    if (problem != null) {
      skipOrFail(file, r, problem, onSkip);
      return null;
    }
    ListedEntity.Builder b = ListedEntity.builder(source, id, entityType(c[2]));
    b.name(c[1], NameType.PRIMARY);
    b.programs.addAll(programs(c[3]));
    b.title = c[4];
    if (c[5] != null || c[6] != null || c[7] != null || c[8] != null || c[9] != null || c[10] != null) {
      b.vessel = new VesselInfo(c[5], c[6], c[7], c[8], c[9], c[10]);
    }
    StringBuilder more = overflow.get(id);
    String joined = (c[REMARKS] == null ? "" : c[REMARKS]) + (more == null ? "" : more);
    String remarks = joined.isBlank() ? null : joined.strip();
    b.remarks = remarks;
    Pending p = new Pending(id, b);
    OfacRemarks.apply(remarks, b, p.weak);
    return p;
  }

  private Pending owner(
      Part file, OfacCsvFile.Row r, Map<String, Pending> entries, Consumer<String> onSkip, List<String> warnings) {
    String id = entNum(file, r, onSkip);
    if (id == null) {
      return null;
    }
    Pending p = entries.get(id);
    if (p == null) {
      warnings.add(file.name() + ":" + r.line() + ": entry " + id + " is not in " + primary + " (row ignored)");
    }
    return p;
  }

  /** The row's ent_num, validated; null when the row was skipped (lenient). */
  private static String entNum(Part file, OfacCsvFile.Row r, Consumer<String> onSkip) {
    String v = r.fields()[0];
    if (v == null || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      skipOrFail(file, r, "ent_num is not a number: '" + v + "'", onSkip);
      return null;
    }
    return v;
  }

  private static void skipOrFail(Part file, OfacCsvFile.Row r, String problem, Consumer<String> onSkip) {
    ListFormatException e = new ListFormatException(file.name(), r.line(), problem);
    if (onSkip == null) {
      throw e;
    }
    onSkip.accept(e.getMessage() + " (row skipped)");
  }

  private static List<OfacCsvFile.Row> rows(Part f, int columns, int verbatim, Consumer<String> onSkip) {
    return f == null ? List.of() : OfacCsvFile.rows(f.name(), f.bytes(), columns, verbatim, onSkip);
  }

  /**
   * How a {@code Linked To:} name is looked up among primary names: case, spacing and trailing periods
   * ignored, since the remark's closing period and the name's own ({@code HERJEZ LTDA.}) merge.
   */
  static String nameKey(String name) {
    String k = WHITESPACE.matcher(name.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    int end = k.length();
    while (end > 0 && k.charAt(end - 1) == '.') {
      end--;
    }
    return k.substring(0, end);
  }

  /** SDN_Type column: individual, vessel, aircraft; OFAC's null means an organization. */
  static EntityType entityType(String sdnType) {
    if (sdnType == null) {
      return EntityType.ORGANIZATION;
    }
    switch (sdnType.toLowerCase(Locale.ROOT)) {
      case "individual":
        return EntityType.PERSON;
      case "vessel":
        return EntityType.VESSEL;
      case "aircraft":
        return EntityType.AIRCRAFT;
      default:
        return EntityType.ORGANIZATION;
    }
  }

  /** Program column: several programs are written {@code DPRK3] [CYBER2} (brackets around the join). */
  static List<String> programs(String field) {
    List<String> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    for (String p : PROGRAM_SEPARATOR.split(field)) {
      String v = p.replace("[", "").replace("]", "").strip();
      if (!v.isEmpty() && !out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** SHA-256 over the files read, in family order; for a lone primary file it equals sha256sum's. */
  static String checksum(Family f) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Part file : new Part[] {f.primary(), f.alt(), f.add(), f.comments()}) {
        if (file != null) {
          md.update(file.bytes());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static Path find(Path dir, String name) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (p.getFileName().toString().equalsIgnoreCase(name) && Files.isRegularFile(p)) {
          return p;
        }
      }
      return null;
    } catch (IOException e) {
      throw new ListFormatException(dir.toString(), 0, "cannot list directory: " + e.getMessage(), e);
    }
  }

  private static Part load(Path p) {
    if (p == null) {
      return null;
    }
    try {
      return new Part(p.toString(), Files.readAllBytes(p));
    } catch (IOException e) {
      throw new ListFormatException(p.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** An entry being assembled: weak aliases wait so that they follow the strong ones from alt.csv. */
  private static final class Pending {
    final String id;
    final ListedEntity.Builder b;
    final List<String> weak = new ArrayList<>();

    Pending(String id, ListedEntity.Builder b) {
      this.id = id;
      this.b = b;
    }
  }
}
