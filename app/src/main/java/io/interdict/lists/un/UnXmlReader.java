package io.interdict.lists.un;

import static io.interdict.lists.Assembly.addDistinct;
import static io.interdict.lists.Assembly.addName;
import static io.interdict.lists.Assembly.clean;
import static io.interdict.lists.Assembly.join;

import io.interdict.lists.Assembly;
import io.interdict.lists.EntityCollector;
import io.interdict.lists.ListFiles;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.ListReader;
import io.interdict.lists.ReadProblems;
import io.interdict.lists.xml.XmlElement;
import io.interdict.lists.xml.XmlStream;
import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The UN Security Council Consolidated List XML ({@code consolidated.xml}, root {@code
 * CONSOLIDATED_LIST}). Streams one {@code INDIVIDUAL} / {@code ENTITY} record at a time; the entity
 * id is the UN reference number ({@code KPi.001}).
 */
public final class UnXmlReader implements ListReader {
  public static final String SOURCE = "un-sc";
  private static final String ROOT = "CONSOLIDATED_LIST";

  @Override
  public String format() {
    return "un-xml";
  }

  @Override
  public String defaultSource() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path path) {
    return ListFiles.head(path).contains("<" + ROOT);
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    EntityCollector out = new EntityCollector(path, lenient);
    String file = out.file();
    LocalDate published;
    try (XmlStream x = XmlStream.open(path)) {
      if (!x.name().equals(ROOT)) {
        throw x.error("not a UN consolidated list: root element is <" + x.name() + ">, expected <" + ROOT + ">");
      }
      published = ListFiles.isoDatePrefix(x.attribute("dateGenerated"));
      while (x.nextChild()) {
        String group = x.name();
        if (!group.equals("INDIVIDUALS") && !group.equals("ENTITIES")) {
          x.skipElement();
          continue;
        }
        while (x.nextChild()) {
          XmlElement rec = x.readElement();
          out.add(rec.line(), () -> entity(rec, file, out.problems()));
        }
      }
      x.finish();
    }
    return out.snapshot(SOURCE, published);
  }

  /** One INDIVIDUAL or ENTITY record; a record Interdict cannot represent faithfully is rejected. */
  static ListedEntity entity(XmlElement rec, String file, ReadProblems problems) {
    EntityType type;
    if (rec.name().equals("INDIVIDUAL")) {
      type = EntityType.PERSON;
    } else if (rec.name().equals("ENTITY")) {
      type = EntityType.ORGANIZATION;
    } else {
      throw new ListFormatException(file, rec.line(), "unexpected <" + rec.name() + "> where INDIVIDUAL or ENTITY was expected");
    }
    String ref = rec.text("REFERENCE_NUMBER");
    if (ref == null) {
      throw new ListFormatException(file, rec.line(), "<" + rec.name() + "> without REFERENCE_NUMBER (DATAID " + rec.text("DATAID") + ")");
    }
    String prefix = rec.name(); // INDIVIDUAL_ALIAS, ENTITY_ADDRESS, ...
    ListedEntity.Builder b = ListedEntity.builder(SOURCE, ref, type);

    String latin = join(" ", rec.text("FIRST_NAME"), rec.text("SECOND_NAME"), rec.text("THIRD_NAME"), rec.text("FOURTH_NAME"));
    String original = rec.text("NAME_ORIGINAL_SCRIPT");
    addName(b, latin != null ? latin : original, NameType.PRIMARY);
    addName(b, original, NameType.STRONG_AKA);
    for (XmlElement a : rec.children(prefix + "_ALIAS")) {
      addName(b, a.text("ALIAS_NAME"), aliasType(a.text("QUALITY")));
      String dob = a.text("DATE_OF_BIRTH");
      if (dob != null) {
        try {
          // an alias's own date of birth: a full date, or only a year
          addDate(b, dob.length() == 4 ? PartialDate.year(year(dob, file, a.line(), ref), dob) : day(dob, file, a.line(), ref));
        } catch (ListFormatException e) {
          problems.dropValue(e);
        }
      }
      addDistinct(b.birthPlaces, join(", ", a.text("CITY_OF_BIRTH"), a.text("COUNTRY_OF_BIRTH")));
    }
    if (b.names.isEmpty()) {
      throw new ListFormatException(file, rec.line(), ref + " has no name");
    }

    addDistinct(b.programs, rec.text("UN_LIST_TYPE"));
    for (XmlElement n : rec.children("NATIONALITY")) {
      n.texts("VALUE").forEach(v -> addDistinct(b.nationalities, v));
    }
    b.gender = rec.text("GENDER");
    b.remarks = rec.text("COMMENTS1");
    List<String> titles = new ArrayList<>();
    for (String section : new String[] {"TITLE", "DESIGNATION"}) {
      for (XmlElement t : rec.children(section)) {
        t.texts("VALUE").forEach(v -> addDistinct(titles, v));
      }
    }
    b.title = join("; ", titles);

    for (XmlElement d : rec.children(prefix + "_DATE_OF_BIRTH")) {
      try {
        addDate(b, birthDate(d, file, ref));
      } catch (ListFormatException e) {
        problems.dropValue(e);
      }
    }
    for (XmlElement p : rec.children(prefix + "_PLACE_OF_BIRTH")) {
      addDistinct(b.birthPlaces, join(", ", p.text("STREET"), p.text("CITY"), p.text("STATE_PROVINCE"), p.text("COUNTRY")));
    }
    for (XmlElement a : rec.children(prefix + "_ADDRESS")) {
      Address addr = new Address(a.text("STREET"), a.text("CITY"), a.text("STATE_PROVINCE"), a.text("ZIP_CODE"), a.text("COUNTRY"));
      if (!addr.oneLine().isEmpty() && !b.addresses.contains(addr)) {
        b.addresses.add(addr);
      }
    }
    for (XmlElement d : rec.children(prefix + "_DOCUMENT")) {
      String number = d.text("NUMBER");
      if (number == null) {
        continue; // a document described only by a note identifies nobody
      }
      String kind = d.text("TYPE_OF_DOCUMENT");
      String detail = d.text("TYPE_OF_DOCUMENT2");
      String country = d.text("ISSUING_COUNTRY") != null ? d.text("ISSUING_COUNTRY") : d.text("COUNTRY_OF_ISSUE");
      b.identifiers.add(new Identifier(documentType(kind, detail), number, country, null, detail != null ? detail : kind));
    }
    return b.build();
  }

  /** UN alias quality: "Good" and "a.k.a." are strong, "Low" weak; an unknown word stays strong (fail closed). */
  static NameType aliasType(String quality) {
    String q = quality == null ? "" : quality.strip().toLowerCase(Locale.ROOT);
    switch (q) {
      case "low":
        return NameType.WEAK_AKA;
      case "f.k.a.":
        return NameType.FKA;
      case "n.k.a.":
        return NameType.NKA;
      default:
        return NameType.STRONG_AKA;
    }
  }

  static IdType documentType(String kind, String detail) {
    String k = (kind == null ? "" : kind).toLowerCase(Locale.ROOT);
    if (k.contains("passport") || k.contains("passeport") || k.contains("pasaporte")) {
      return IdType.PASSPORT;
    }
    if (k.startsWith("national identification")) {
      String d = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
      return d.contains("passport") ? IdType.PASSPORT : IdType.NATIONAL_ID;
    }
    return IdType.OTHER;
  }

  /**
   * One {@code *_DATE_OF_BIRTH}: EXACT with a DATE or a YEAR, APPROXIMATELY a year, BETWEEN a range
   * of years. Null when the element carries no date (only a note, or nothing).
   */
  static PartialDate birthDate(XmlElement d, String file, String ref) {
    String kind = d.text("TYPE_OF_DATE") == null ? "EXACT" : d.text("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
    String date = d.text("DATE");
    String year = d.text("YEAR");
    switch (kind) {
      case "EXACT":
        if (date != null) {
          return day(date, file, d.line(), ref);
        }
        return year == null ? null : PartialDate.year(year(year, file, d.line(), ref), year);
      case "APPROXIMATELY":
        {
          PartialDate base = date != null ? day(date, file, d.line(), ref) : year != null ? PartialDate.year(year(year, file, d.line(), ref), year) : null;
          return base == null ? null : Assembly.approximately(base, "approximately " + base.raw());
        }
      case "BETWEEN":
        {
          String from = d.text("FROM_YEAR");
          String to = d.text("TO_YEAR");
          if (from == null || to == null) {
            throw new ListFormatException(file, d.line(), ref + ": date of birth BETWEEN needs FROM_YEAR and TO_YEAR");
          }
          int f = year(from, file, d.line(), ref);
          int t = year(to, file, d.line(), ref);
          if (t < f) {
            throw new ListFormatException(file, d.line(), ref + ": date of birth range " + from + " to " + to + " ends before it starts");
          }
          return PartialDate.range(LocalDate.of(f, 1, 1), LocalDate.of(t, 12, 31), from + " to " + to);
        }
      default:
        throw new ListFormatException(file, d.line(), ref + ": unknown TYPE_OF_DATE '" + kind + "'");
    }
  }

  private static void addDate(ListedEntity.Builder b, PartialDate d) {
    if (d != null && !b.birthDates.contains(d)) {
      b.birthDates.add(d);
    }
  }

  private static PartialDate day(String s, String file, long line, String ref) {
    try {
      return PartialDate.day(LocalDate.parse(s.strip()), s.strip());
    } catch (DateTimeParseException e) {
      throw new ListFormatException(file, line, ref + ": date '" + s + "' is not YYYY-MM-DD");
    }
  }

  private static int year(String s, String file, long line, String ref) {
    String t = clean(s);
    if (t == null || !t.matches("\\d{4}")) {
      throw new ListFormatException(file, line, ref + ": year '" + s + "' is not four digits");
    }
    return Integer.parseInt(t);
  }
}
