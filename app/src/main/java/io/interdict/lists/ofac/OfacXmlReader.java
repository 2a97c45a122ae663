package io.interdict.lists.ofac;

import static io.interdict.lists.Assembly.addDistinct;
import static io.interdict.lists.Assembly.addName;
import static io.interdict.lists.Assembly.join;

import io.interdict.lists.EntityCollector;
import io.interdict.lists.ListFiles;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.ListReader;
import io.interdict.lists.ReadProblems;
import io.interdict.lists.xml.XmlElement;
import io.interdict.lists.xml.XmlStream;
import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.model.Relation;
import io.interdict.model.VesselInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC {@code SDN.XML} (and the non-SDN {@code CONSOLIDATED.XML}, same schema): root {@code sdnList}
 * in the legacy namespace {@code http://tempuri.org/sdnList.xsd} or, since 2024, {@code
 * https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML}. Element names are
 * the same in both; the namespace is not needed to read it. Streams one {@code sdnEntry} at a time.
 */
public final class OfacXmlReader implements ListReader {
  public static final String SDN = "us-ofac-sdn";
  public static final String CONSOLIDATED = "us-ofac-cons";
  private static final String ROOT = "sdnList";
  private static final Pattern LINKED_TO = Pattern.compile("Linked To: ([^;)]+)");
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(java.time.format.ResolverStyle.STRICT);

  @Override
  public String format() {
    return "ofac-xml";
  }

  @Override
  public String defaultSource() {
    return SDN;
  }

  @Override
  public boolean accepts(Path path) {
    return ListFiles.head(path).contains("<" + ROOT);
  }

  /** OFAC ships both lists in this schema; only the file name tells them apart. */
  static String sourceFor(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.contains("cons") ? CONSOLIDATED : SDN;
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    String source = sourceFor(path);
    EntityCollector out = new EntityCollector(path, lenient);
    String file = out.file();
    LocalDate published = null;
    try (XmlStream x = XmlStream.open(path)) {
      if (!x.name().equals(ROOT)) {
        throw x.error("not an OFAC SDN.XML file: root element is <" + x.name() + ">, expected <" + ROOT + ">");
      }
      while (x.nextChild()) {
        if (x.name().equals("publshInformation")) {
          published = publishDate(x.readElement().text("Publish_Date"));
        } else if (x.name().equals("sdnEntry")) {
          XmlElement rec = x.readElement();
          out.add(rec.line(), () -> entity(rec, source, file, out.problems()));
        } else {
          x.skipElement();
        }
      }
      x.finish();
    }
    return out.snapshot(source, published);
  }

  /** {@code 10/29/2020} as OFAC writes it, or an ISO date; null when absent or unreadable. */
  static LocalDate publishDate(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip(), US_DATE);
    } catch (DateTimeParseException e) {
      return ListFiles.isoDatePrefix(s);
    }
  }

  static ListedEntity entity(XmlElement rec, String source, String file, ReadProblems problems) {
    String uid = rec.text("uid");
    if (uid == null) {
      throw new ListFormatException(file, rec.line(), "sdnEntry without uid");
    }
    EntityType type = entityType(rec.text("sdnType"), file, rec.line(), uid);
    ListedEntity.Builder b = ListedEntity.builder(source, uid, type);
    addName(b, join(" ", rec.text("firstName"), rec.text("lastName")), NameType.PRIMARY);
    if (b.names.isEmpty()) {
      throw new ListFormatException(file, rec.line(), "sdnEntry " + uid + " has no name");
    }
    for (XmlElement aka : list(rec, "akaList")) {
      addName(b, join(" ", aka.text("firstName"), aka.text("lastName")), aliasType(aka.text("type"), aka.text("category")));
    }
    for (XmlElement p : list(rec, "programList")) {
      addDistinct(b.programs, p.text());
    }
    b.title = rec.text("title");
    List<String> remarks = new ArrayList<>();
    addDistinct(remarks, rec.text("remarks"));
    for (XmlElement id : list(rec, "idList")) {
      String label = id.text("idType");
      String number = id.text("idNumber");
      if (label == null || number == null) {
        continue;
      }
      if (label.equalsIgnoreCase("Gender")) {
        b.gender = number;
      } else if (OfacIdTypes.isListingFact(label)) {
        remarks.add(label + " " + number);
      } else {
        b.identifiers.add(OfacIdTypes.identifier(label, number, id.text("idCountry")));
      }
    }
    b.remarks = join("; ", remarks);
    if (b.remarks != null) {
      Matcher m = LINKED_TO.matcher(b.remarks);
      while (m.find()) {
        b.relations.add(new Relation("Linked To", m.group(1).strip(), null));
      }
    }
    for (XmlElement a : list(rec, "addressList")) {
      Address addr = new Address(join(", ", a.text("address1"), a.text("address2"), a.text("address3")), a.text("city"), a.text("stateOrProvince"), a.text("postalCode"), a.text("country"));
      if (!addr.oneLine().isEmpty()) {
        b.addresses.add(addr);
      }
    }
    for (XmlElement n : list(rec, "nationalityList")) {
      addDistinct(b.nationalities, n.text("country"));
    }
    for (XmlElement c : list(rec, "citizenshipList")) {
      addDistinct(b.citizenships, c.text("country"));
    }
    for (XmlElement d : list(rec, "dateOfBirthList")) {
      String raw = d.text("dateOfBirth");
      if (raw == null) {
        continue;
      }
      try {
        PartialDate date = OfacDates.parse(raw);
        if (!b.birthDates.contains(date)) {
          b.birthDates.add(date);
        }
      } catch (IllegalArgumentException e) {
        problems.dropValue(new ListFormatException(file, d.line(), "sdnEntry " + uid + ": " + e.getMessage()));
      }
    }
    for (XmlElement p : list(rec, "placeOfBirthList")) {
      addDistinct(b.birthPlaces, p.text("placeOfBirth"));
    }
    XmlElement v = rec.child("vesselInfo");
    if (v != null) {
      b.vessel = new VesselInfo(v.text("callSign"), v.text("vesselType"), v.text("tonnage"), v.text("grossRegisteredTonnage"), v.text("vesselFlag"), v.text("vesselOwner"));
    }
    return b.build();
  }

  /** The items of an {@code xxxList} child, empty when the list is absent. */
  private static List<XmlElement> list(XmlElement rec, String listName) {
    XmlElement l = rec.child(listName);
    return l == null ? List.of() : l.children();
  }

  static EntityType entityType(String sdnType, String file, long line, String uid) {
    String t = sdnType == null ? "" : sdnType.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "individual":
        return EntityType.PERSON;
      case "entity":
        return EntityType.ORGANIZATION;
      case "vessel":
        return EntityType.VESSEL;
      case "aircraft":
        return EntityType.AIRCRAFT;
      default:
        throw new ListFormatException(file, line, "sdnEntry " + uid + ": unknown sdnType '" + sdnType + "'");
    }
  }

  /** a.k.a. strong / weak, f.k.a., n.k.a.; a weak category wins over the type. */
  static NameType aliasType(String type, String category) {
    if ("weak".equalsIgnoreCase(category == null ? null : category.strip())) {
      return NameType.WEAK_AKA;
    }
    String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "f.k.a.":
        return NameType.FKA;
      case "n.k.a.":
        return NameType.NKA;
      default:
        return NameType.STRONG_AKA;
    }
  }
}
