package io.interdict.lists.uk;

import static io.interdict.lists.Assembly.addDistinct;
import static io.interdict.lists.Assembly.addName;
import static io.interdict.lists.Assembly.join;
import static io.interdict.lists.Assembly.split;

import io.interdict.lists.CsvTable;
import io.interdict.lists.EntityCollector;
import io.interdict.lists.ListFiles;
import io.interdict.lists.ListReader;
import io.interdict.lists.ReadProblems;
import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.model.Relation;
import io.interdict.model.VesselInfo;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UK Sanctions List (FCDO) CSV: an optional {@code Report Date: dd-MMM-yyyy} line, a header, then
 * one row per name of a designated person, entity or ship. Rows are grouped by {@code Unique ID} into
 * one entity; the party-level columns are merged over its rows. Multi-valued cells use {@code |}.
 */
public final class UkSanctionsListCsvReader implements ListReader {
  public static final String SOURCE = "uk-hmt";
  private static final String WHAT = "a UK Sanctions List CSV";
  private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH);
  private static final Pattern DOB = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final String MULTI = "\\|";

  @Override
  public String format() {
    return "uk-sanctions-csv";
  }

  @Override
  public String defaultSource() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path path) {
    String head = ListFiles.head(path);
    return head.contains("Unique ID") && head.contains("Name type") && head.contains("Designation Type");
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    EntityCollector out = new EntityCollector(path, lenient);
    String file = out.file();
    ReadProblems problems = out.problems();
    Map<String, List<CsvTable.Row>> groups = new LinkedHashMap<>();
    LocalDate published = null;
    try (CsvTable t = CsvTable.open(path, ',', line -> line.startsWith("Report Date"))) {
      for (String line : t.preamble()) {
        published = reportDate(line);
      }
      t.require(WHAT, "Unique ID", "Name 6", "Name type", "Designation Type");
      for (CsvTable.Row row : t.rows(problems::skipRecord)) {
        String id = row.get("Unique ID");
        if (id == null) {
          problems.skipRecord(row.error("row without Unique ID"));
          continue;
        }
        groups.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<String, List<CsvTable.Row>> g : groups.entrySet()) {
      out.add(g.getValue().get(0).line(), () -> entity(g.getKey(), g.getValue(), problems));
    }
    return out.snapshot(SOURCE, published);
  }

  /** {@code Report Date: 13-Feb-2026}; null when the line is not readable. */
  static LocalDate reportDate(String line) {
    String s = line.replaceFirst("(?i)^report date:?", "").replace(",", "").strip();
    try {
      return LocalDate.parse(s, REPORT_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static ListedEntity entity(String id, List<CsvTable.Row> rows, ReadProblems problems) {
    CsvTable.Row first = rows.get(0);
    ListedEntity.Builder b = ListedEntity.builder(SOURCE, id, entityType(first, id));
    // primary name rows first, whatever their order in the file
    List<CsvTable.Row> ordered = new ArrayList<>(rows);
    ordered.sort((x, y) -> Boolean.compare(!isPrimary(x), !isPrimary(y)));
    for (CsvTable.Row r : ordered) {
      String name = join(" ", r.get("Name 1"), r.get("Name 2"), r.get("Name 3"), r.get("Name 4"), r.get("Name 5"), r.get("Name 6"));
      addName(b, name, b.names.isEmpty() ? NameType.PRIMARY : aliasType(r.get("Alias strength")));
    }
    for (CsvTable.Row r : ordered) {
      addName(b, r.get("Name non-latin script"), b.names.isEmpty() ? NameType.PRIMARY : NameType.STRONG_AKA);
    }
    if (b.names.isEmpty()) {
      throw first.error("Unique ID " + id + " has no name");
    }
    List<String> titles = new ArrayList<>();
    List<String> remarks = new ArrayList<>();
    for (CsvTable.Row r : rows) {
      addDistinct(b.programs, r.get("Regime Name"));
      addDistinct(titles, r.get("Title"));
      split(r.get("Position"), MULTI).forEach(p -> addDistinct(titles, p));
      if (b.gender == null) {
        b.gender = r.get("Gender");
      }
      split(r.get("Nationality(/ies)"), MULTI).forEach(n -> addDistinct(b.nationalities, n));
      addDistinct(b.birthPlaces, join(", ", r.get("Town of birth"), r.get("Country of birth")));
      for (String dob : split(r.get("D.O.B"), MULTI)) {
        try {
          PartialDate d = birthDate(dob);
          if (!b.birthDates.contains(d)) {
            b.birthDates.add(d);
          }
        } catch (IllegalArgumentException e) {
          problems.dropValue(r.error("Unique ID " + id + ": " + e.getMessage()));
        }
      }
      Address a = new Address(join(", ", r.get("Address Line 1"), r.get("Address Line 2"), r.get("Address Line 3"), r.get("Address Line 4"), r.get("Address Line 5"), r.get("Address Line 6")), null, null, r.get("Address Postal Code"), r.get("Address Country"));
      if (!a.oneLine().isEmpty() && !b.addresses.contains(a)) {
        b.addresses.add(a);
      }
      identifiers(b, r);
      for (String parent : split(r.get("Parent company"), MULTI)) {
        addRelation(b, new Relation("Parent company", parent, null));
      }
      for (String sub : split(r.get("Subsidiaries"), MULTI)) {
        addRelation(b, new Relation("Subsidiary", sub, null));
      }
      String flag = r.get("Current believed flag of ship");
      String shipType = r.get("Type of ship");
      String owner = r.get("Current owner/operator (s)");
      String tonnage = r.get("Tonnage of ship");
      if (b.vessel == null && (flag != null || shipType != null || owner != null || tonnage != null)) {
        b.vessel = new VesselInfo(null, shipType, tonnage, null, flag, owner);
      }
      addDistinct(remarks, r.get("Other Information"));
      addDistinct(remarks, r.get("UK Statement of Reasons"));
      if (r.get("UN Reference Number") != null) {
        addDistinct(remarks, "UN reference " + r.get("UN Reference Number"));
      }
      if (r.get("OFSI Group ID") != null) {
        addDistinct(remarks, "OFSI group ID " + r.get("OFSI Group ID"));
      }
    }
    b.title = join("; ", titles);
    b.remarks = join("; ", remarks);
    return b.build();
  }

  private static boolean isPrimary(CsvTable.Row r) {
    String t = r.get("Name type");
    return t != null && t.toLowerCase(Locale.ROOT).equals("primary name");
  }

  private static EntityType entityType(CsvTable.Row r, String id) {
    String t = r.get("Designation Type");
    switch (t == null ? "" : t.toLowerCase(Locale.ROOT)) {
      case "individual":
        return EntityType.PERSON;
      case "entity":
        return EntityType.ORGANIZATION;
      case "ship":
        return EntityType.VESSEL;
      default:
        throw r.error("Unique ID " + id + ": unknown Designation Type '" + t + "'");
    }
  }

  /** Alias strength "Low quality" is weak; "Good quality", none, or a name variation are strong. */
  static NameType aliasType(String strength) {
    if (strength != null && strength.toLowerCase(Locale.ROOT).startsWith("low")) {
      return NameType.WEAK_AKA;
    }
    return NameType.STRONG_AKA;
  }

  private static void identifiers(ListedEntity.Builder b, CsvTable.Row r) {
    String passportInfo = r.get("Passport additional information");
    for (String p : split(r.get("Passport number"), MULTI)) {
      addIdentifier(b, new Identifier(IdType.PASSPORT, p, null, null, join(": ", "Passport", passportInfo)));
    }
    String idInfo = r.get("National Identifier additional information");
    for (String n : split(r.get("National Identifier number"), MULTI)) {
      addIdentifier(b, new Identifier(IdType.NATIONAL_ID, n, null, null, join(": ", "National Identifier", idInfo)));
    }
    for (String n : split(r.get("Business registration number (s)"), MULTI)) {
      addIdentifier(b, new Identifier(IdType.REGISTRATION, n, null, null, "Business registration number"));
    }
    for (String imo : split(r.get("IMO number"), MULTI)) {
      addIdentifier(b, new Identifier(IdType.IMO, imo.replaceAll("(?i)^IMO\\s*", ""), null, null, "IMO number"));
    }
    for (String v : split(r.get("Email address"), MULTI)) {
      addIdentifier(b, new Identifier(IdType.EMAIL, v, null, null, "Email address"));
    }
    for (String v : split(r.get("Website"), MULTI)) {
      addIdentifier(b, new Identifier(IdType.WEBSITE, v, null, null, "Website"));
    }
    for (String v : split(r.get("Phone number"), MULTI)) {
      addIdentifier(b, new Identifier(IdType.PHONE, v, null, null, "Phone number"));
    }
  }

  private static void addIdentifier(ListedEntity.Builder b, Identifier id) {
    if (!b.identifiers.contains(id)) {
      b.identifiers.add(id);
    }
  }

  private static void addRelation(ListedEntity.Builder b, Relation r) {
    if (!b.relations.contains(r)) {
      b.relations.add(r);
    }
  }

  /** {@code 14/06/1975}; {@code 00} for an unknown day or month: {@code 00/06/1975}, {@code 00/00/1975}. */
  static PartialDate birthDate(String s) {
    Matcher m = DOB.matcher(s.strip());
    if (s.strip().matches("\\d{4}")) {
      return PartialDate.year(Integer.parseInt(s.strip()), s.strip());
    }
    if (!m.matches()) {
      throw new IllegalArgumentException("date of birth '" + s + "' is not dd/mm/yyyy");
    }
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    try {
      if (month == 0) {
        return PartialDate.year(year, s.strip());
      }
      if (day == 0) {
        return PartialDate.month(year, month, s.strip());
      }
      return PartialDate.day(LocalDate.of(year, month, day), s.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("impossible date of birth '" + s + "'");
    }
  }
}
