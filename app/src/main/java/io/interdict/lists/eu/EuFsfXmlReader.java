package io.interdict.lists.eu;

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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The EU Financial Sanctions Files XML ({@code xmlFullSanctionsList_1_1}, root {@code export},
 * namespace {@code http://eu.europa.ec/fpi/fsd/export}). Nearly everything is in attributes. The
 * entity id is the {@code logicalId} of the {@code sanctionEntity}; the EU and UN reference numbers are
 * kept in the remarks.
 */
public final class EuFsfXmlReader implements ListReader {
  public static final String SOURCE = "eu-fsf";
  private static final String ROOT = "export";
  private static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

  @Override
  public String format() {
    return "eu-fsf-xml";
  }

  @Override
  public String defaultSource() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path path) {
    String head = ListFiles.head(path);
    return head.contains("<" + ROOT) && head.contains(NAMESPACE);
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    EntityCollector out = new EntityCollector(path, lenient);
    String file = out.file();
    LocalDate published;
    try (XmlStream x = XmlStream.open(path)) {
      if (!x.name().equals(ROOT)) {
        throw x.error("not an EU Financial Sanctions File: root element is <" + x.name() + ">, expected <" + ROOT + ">");
      }
      published = ListFiles.isoDatePrefix(x.attribute("generationDate"));
      while (x.nextChild()) {
        if (!x.name().equals("sanctionEntity")) {
          x.skipElement();
          continue;
        }
        XmlElement rec = x.readElement();
        out.add(rec.line(), () -> entity(rec, file, out.problems()));
      }
      x.finish();
    }
    return out.snapshot(SOURCE, published);
  }

  static ListedEntity entity(XmlElement rec, String file, ReadProblems problems) {
    String id = rec.attr("logicalId");
    if (id == null) {
      throw new ListFormatException(file, rec.line(), "sanctionEntity without logicalId (EU reference " + rec.attr("euReferenceNumber") + ")");
    }
    String ctx = "sanctionEntity " + id;
    ListedEntity.Builder b = ListedEntity.builder(SOURCE, id, subjectType(rec.child("subjectType"), file, ctx));

    List<XmlElement> aliases = rec.children("nameAlias");
    // the first strong name is the one the regulation lists the party under
    aliases.sort((a, c) -> Boolean.compare(!"false".equals(c.attr("strong")), !"false".equals(a.attr("strong"))));
    List<String> titles = new ArrayList<>();
    for (XmlElement a : aliases) {
      String name = a.attr("wholeName") != null ? a.attr("wholeName") : join(" ", a.attr("firstName"), a.attr("middleName"), a.attr("lastName"));
      NameType type = b.names.isEmpty() ? NameType.PRIMARY : "false".equals(a.attr("strong")) ? NameType.WEAK_AKA : NameType.STRONG_AKA;
      addName(b, name, type);
      addDistinct(titles, a.attr("title"));
      addDistinct(titles, a.attr("function"));
      if (b.gender == null) {
        b.gender = gender(a.attr("gender"));
      }
    }
    if (b.names.isEmpty()) {
      throw new ListFormatException(file, rec.line(), ctx + " has no name");
    }
    b.title = join("; ", titles);

    for (XmlElement r : rec.children("regulation")) {
      addDistinct(b.programs, r.attr("programme"));
    }
    for (XmlElement c : rec.children("citizenship")) {
      // the regulations' "Nationality:" is exported as <citizenship>
      addDistinct(b.nationalities, country(c));
    }
    for (XmlElement d : rec.children("birthdate")) {
      try {
        PartialDate date = birthDate(d);
        if (date != null && !b.birthDates.contains(date)) {
          b.birthDates.add(date);
        }
      } catch (IllegalArgumentException e) {
        problems.dropValue(new ListFormatException(file, d.line(), ctx + ": " + e.getMessage()));
      }
      addDistinct(b.birthPlaces, join(", ", d.attr("city"), d.attr("place"), d.attr("region"), country(d)));
    }
    for (XmlElement i : rec.children("identification")) {
      String number = i.attr("number") != null ? i.attr("number") : i.attr("latinNumber");
      if (number == null) {
        continue;
      }
      String label = i.attr("identificationTypeDescription") != null ? i.attr("identificationTypeDescription") : i.attr("identificationTypeCode");
      b.identifiers.add(new Identifier(identifierType(i.attr("identificationTypeCode"), label), number, country(i), null, label));
    }
    for (XmlElement a : rec.children("address")) {
      Address addr = new Address(join(", ", a.attr("street"), a.attr("poBox") == null ? null : "P.O. Box " + a.attr("poBox")), a.attr("city"), join(", ", a.attr("place"), a.attr("region")), a.attr("zipCode"), country(a));
      if (!addr.oneLine().isEmpty() && !b.addresses.contains(addr)) {
        b.addresses.add(addr);
      }
    }
    List<String> remarks = new ArrayList<>();
    rec.texts("remark").forEach(r -> addDistinct(remarks, r));
    addDistinct(remarks, rec.attr("designationDetails"));
    if (rec.attr("euReferenceNumber") != null) {
      remarks.add("EU reference " + rec.attr("euReferenceNumber"));
    }
    if (rec.attr("unitedNationId") != null) {
      remarks.add("UN reference " + rec.attr("unitedNationId"));
    }
    b.remarks = join("; ", remarks);
    return b.build();
  }

  private static EntityType subjectType(XmlElement subject, String file, String ctx) {
    if (subject == null) {
      return EntityType.ANY;
    }
    String code = subject.attr("code") == null ? "" : subject.attr("code").toLowerCase(Locale.ROOT);
    switch (code) {
      case "person":
        return EntityType.PERSON;
      case "enterprise":
        return EntityType.ORGANIZATION;
      case "":
        return EntityType.ANY;
      default:
        throw new ListFormatException(file, subject.line(), ctx + ": unknown subjectType code '" + subject.attr("code") + "'");
    }
  }

  /** The country as published, unless the EU's placeholder for "not known". */
  private static String country(XmlElement e) {
    String iso = e.attr("countryIso2Code");
    String description = e.attr("countryDescription");
    if ("00".equals(iso) || (description != null && description.equalsIgnoreCase("UNKNOWN"))) {
      return null;
    }
    return description != null ? description : iso;
  }

  private static String gender(String g) {
    if (g == null) {
      return null;
    }
    switch (g.toUpperCase(Locale.ROOT)) {
      case "M":
        return "Male";
      case "F":
        return "Female";
      default:
        return g;
    }
  }

  static IdType identifierType(String code, String label) {
    String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
    String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
    if (c.equals("passport") || l.contains("passport")) {
      return IdType.PASSPORT;
    }
    if (c.equals("imo") || l.contains("imo")) {
      return IdType.IMO;
    }
    if (c.equals("id") || c.equals("ssn") || l.contains("national id") || l.contains("identity card")) {
      return IdType.NATIONAL_ID;
    }
    if (c.equals("fiscalcode") || c.equals("tax") || l.contains("tax")) {
      return IdType.TAX_ID;
    }
    if (c.equals("regnumber") || l.contains("registration")) {
      return IdType.REGISTRATION;
    }
    if (c.equals("swiftbic") || l.contains("swift")) {
      return IdType.BIC;
    }
    return IdType.OTHER;
  }

  /**
   * A {@code birthdate}: a full {@code birthdate}, or {@code year} with optional month and day, or a
   * {@code yearRangeFrom}/{@code yearRangeTo} span; {@code circa="true"} widens it by a year each
   * side. Null when it carries no date (only a place). A span open below ("to 1958") starts in 1900.
   */
  static PartialDate birthDate(XmlElement d) {
    PartialDate base;
    String full = d.attr("birthdate");
    String year = d.attr("year");
    String rangeFrom = d.attr("yearRangeFrom");
    String rangeTo = d.attr("yearRangeTo");
    try {
      if (full != null) {
        base = PartialDate.day(LocalDate.parse(full), full);
      } else if (year != null) {
        int y = Integer.parseInt(year);
        String month = first(d.attr("monthOfYear"), d.attr("month"));
        String day = first(d.attr("dayOfMonth"), d.attr("day"));
        if (month == null) {
          base = PartialDate.year(y, year);
        } else if (day == null) {
          base = PartialDate.month(y, Integer.parseInt(month), year + "-" + month);
        } else {
          LocalDate date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
          base = PartialDate.day(date, date.toString());
        }
      } else if (rangeFrom != null || rangeTo != null) {
        int from = rangeFrom != null ? Integer.parseInt(rangeFrom) : 1900;
        int to = rangeTo != null ? Integer.parseInt(rangeTo) : from;
        if (to < from) {
          throw new IllegalArgumentException("birth year range " + rangeFrom + " to " + rangeTo + " ends before it starts");
        }
        base = PartialDate.range(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), (rangeFrom == null ? "" : rangeFrom + " ") + "to " + to);
      } else {
        return null;
      }
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalArgumentException("impossible birth date " + (full != null ? "'" + full + "'" : year + "-" + d.attr("monthOfYear") + "-" + d.attr("dayOfMonth")));
    }
    return "true".equals(d.attr("circa")) ? Assembly.approximately(base, "circa " + base.raw()) : base;
  }

  private static String first(String a, String b) {
    return clean(a) != null ? clean(a) : clean(b);
  }
}
