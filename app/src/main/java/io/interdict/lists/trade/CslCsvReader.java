package io.interdict.lists.trade;

import static io.interdict.lists.Assembly.addDistinct;
import static io.interdict.lists.Assembly.addName;
import static io.interdict.lists.Assembly.join;
import static io.interdict.lists.Assembly.split;

import io.interdict.lists.CsvTable;
import io.interdict.lists.ListFiles;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.ListReader;
import io.interdict.lists.ReadProblems;
import io.interdict.lists.ofac.OfacDates;
import io.interdict.lists.ofac.OfacIdTypes;
import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.model.VesselInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The US Consolidated Screening List CSV (trade.gov): eleven export-control and sanctions lists of
 * Commerce, State and Treasury in one table. Lists inside it (SDN, SSI, Entity List, DPL, ...) keep
 * their own numbering or have none, so the entity id is the list abbreviation plus the {@code _id} or
 * {@code entity_number} column, or plus a digest of the row's identity when it has neither.
 * Multi-valued cells are separated by {@code ;}.
 */
public final class CslCsvReader implements ListReader {
  public static final String SOURCE = "us-csl";
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z]{2,6})\\)");
  private static final String MULTI = ";";

  @Override
  public String format() {
    return "us-csl-csv";
  }

  @Override
  public String defaultSource() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path path) {
    String head = ListFiles.head(path);
    return head.contains("entity_number") && head.contains("alt_names") && head.contains("source");
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    String file = path.toString();
    String checksum = ListFiles.sha256(path);
    ReadProblems problems = new ReadProblems(lenient);
    Map<String, ListedEntity.Builder> parties = new LinkedHashMap<>();
    try (CsvTable t = CsvTable.open(path, ',', line -> false)) {
      t.require("a Consolidated Screening List CSV", "source", "entity_number", "type", "name", "alt_names");
      for (CsvTable.Row r : t.rows(problems::skipRecord)) {
        try {
          add(parties, r, problems);
        } catch (ListFormatException e) {
          problems.skipRecord(e);
        }
      }
    }
    List<ListedEntity> entities = new ArrayList<>(parties.size());
    parties.values().forEach(b -> entities.add(b.build()));
    return new ListSnapshot(SOURCE, null, checksum, file, Instant.now(), entities, problems.warnings());
  }

  private static void add(Map<String, ListedEntity.Builder> parties, CsvTable.Row r, ReadProblems problems) {
    String name = r.get("name");
    String list = r.get("source");
    if (name == null || list == null) {
      throw r.error("row without name or source");
    }
    EntityType type = type(r);
    String id = sourceId(list, r.get("_id") != null ? r.get("_id") : r.get("entity_number"), name, r.get("addresses"), r.get("federal_register_notice"));
    ListedEntity.Builder b = parties.computeIfAbsent(id, k -> ListedEntity.builder(SOURCE, k, type));
    boolean person = type == EntityType.PERSON;
    addName(b, TradeNames.natural(name, person), b.names.isEmpty() ? NameType.PRIMARY : NameType.STRONG_AKA);
    for (String alt : split(r.get("alt_names"), MULTI)) {
      addName(b, TradeNames.natural(alt, person), NameType.STRONG_AKA);
    }
    split(r.get("programs"), MULTI).forEach(p -> addDistinct(b.programs, p));
    if (b.programs.isEmpty()) {
      addDistinct(b.programs, list);
    }
    if (b.title == null) {
      b.title = r.get("title");
    }
    for (String a : split(r.get("addresses"), MULTI)) {
      Address addr = TradeNames.address(a);
      if (!b.addresses.contains(addr)) {
        b.addresses.add(addr);
      }
    }
    split(r.get("nationalities"), MULTI).forEach(n -> addDistinct(b.nationalities, n));
    split(r.get("citizenships"), MULTI).forEach(n -> addDistinct(b.citizenships, n));
    split(r.get("places_of_birth"), MULTI).forEach(n -> addDistinct(b.birthPlaces, n));
    for (String dob : split(r.get("dates_of_birth"), MULTI)) {
      try {
        PartialDate d = birthDate(dob);
        if (!b.birthDates.contains(d)) {
          b.birthDates.add(d);
        }
      } catch (IllegalArgumentException e) {
        problems.dropValue(r.error(id + ": " + e.getMessage()));
      }
    }
    List<String> remarks = new ArrayList<>();
    addDistinct(remarks, b.remarks);
    addDistinct(remarks, r.get("remarks"));
    for (String entry : split(r.get("ids"), MULTI)) {
      ids(b, entry, remarks);
    }
    addDistinct(remarks, list);
    b.remarks = join("; ", remarks);
    if (r.get("call_sign") != null || r.get("vessel_type") != null || r.get("vessel_flag") != null || r.get("vessel_owner") != null) {
      b.vessel = new VesselInfo(r.get("call_sign"), r.get("vessel_type"), r.get("gross_tonnage"), r.get("gross_registered_tonnage"), r.get("vessel_flag"), r.get("vessel_owner"));
    }
  }

  /** {@code "US, 80-0890696, Tax ID No."} or {@code "IMO 9116412, Vessel Registration Identification"}. */
  private static void ids(ListedEntity.Builder b, String entry, List<String> remarks) {
    int last = entry.lastIndexOf(", ");
    if (last < 0) {
      addDistinct(remarks, entry);
      return;
    }
    String label = entry.substring(last + 2).strip();
    String rest = entry.substring(0, last).strip();
    String country = null;
    int first = rest.indexOf(", ");
    if (first == 2 && rest.substring(0, 2).chars().allMatch(Character::isUpperCase)) {
      country = rest.substring(0, 2);
      rest = rest.substring(4).strip();
    }
    if (label.equalsIgnoreCase("Gender")) {
      b.gender = rest;
    } else if (OfacIdTypes.isListingFact(label)) {
      addDistinct(remarks, rest + " " + label);
    } else if (!rest.isEmpty()) {
      b.identifiers.add(OfacIdTypes.identifier(label, rest, country));
    }
  }

  private static EntityType type(CsvTable.Row r) {
    String t = r.get("type");
    if (t == null) {
      return EntityType.ANY; // the export-control lists do not say whether a party is a person
    }
    switch (t.toLowerCase(Locale.ROOT)) {
      case "individual":
        return EntityType.PERSON;
      case "entity":
        return EntityType.ORGANIZATION;
      case "vessel":
        return EntityType.VESSEL;
      case "aircraft":
        return EntityType.AIRCRAFT;
      default:
        throw r.error("unknown type '" + t + "'");
    }
  }

  static String sourceId(String list, String number, String name, String addresses, String notice) {
    Matcher m = ABBREVIATION.matcher(list);
    String prefix = m.find() ? m.group(1) : "CSL";
    return prefix + "-" + (number != null ? number : TradeNames.digest(list, name, addresses, notice));
  }

  /** ISO dates as trade.gov writes them ({@code 1967-10-31}, {@code 1967-10}, {@code 1967}), else OFAC's forms. */
  static PartialDate birthDate(String s) {
    String t = s.strip();
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return PartialDate.day(LocalDate.parse(t), t);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return PartialDate.month(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)), t);
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("impossible date of birth '" + s + "'");
    }
    return OfacDates.parse(t);
  }
}
