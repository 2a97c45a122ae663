package io.interdict.lists.ofac;

import static io.interdict.lists.Assembly.addDistinct;
import static io.interdict.lists.Assembly.addName;
import static io.interdict.lists.Assembly.clean;
import static io.interdict.lists.Assembly.join;

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
import io.interdict.model.Relation;
import io.interdict.model.VesselInfo;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * OFAC {@code SDN_ADVANCED.XML} / {@code CONS_ADVANCED.XML} (root {@code Sanctions}, namespace {@code
 * https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML}, formerly
 * {@code http://www.un.org/sanctions/1.0}). The file is normalised: parties refer by numeric id to
 * reference tables, locations and identity documents defined earlier in the same file, and to
 * programs in sanctions entries defined after them. The reader streams it section by section (the
 * schema fixes their order), keeps the small tables, converts each {@code DistinctParty} as soon as
 * it is read, and attaches programs and relationships at the end: memory is proportional to the
 * number of parties, never to the size of the XML.
 */
public final class OfacAdvancedXmlReader implements ListReader {
  private static final String ROOT = "Sanctions";

  @Override
  public String format() {
    return "ofac-advanced-xml";
  }

  @Override
  public String defaultSource() {
    return OfacXmlReader.SDN;
  }

  @Override
  public boolean accepts(Path path) {
    String head = ListFiles.head(path);
    return head.contains("<" + ROOT) && (head.contains("ADVANCED_XML") || head.contains("http://www.un.org/sanctions/1.0"));
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    String file = path.toString();
    String checksum = ListFiles.sha256(path);
    Run run = new Run(file, OfacXmlReader.sourceFor(path), new ReadProblems(lenient));
    try (XmlStream x = XmlStream.open(path)) {
      if (!x.name().equals(ROOT)) {
        throw x.error("not an OFAC Advanced XML file: root element is <" + x.name() + ">, expected <" + ROOT + ">");
      }
      // the sections whose children are read one by one, in the order the schema fixes
      Map<String, Consumer<XmlElement>> sections =
          Map.of(
              "ReferenceValueSets", run.refs::addSet,
              "Locations", run::location,
              "IDRegDocuments", run::document,
              "DistinctParties", run::party,
              "ProfileRelationships", run.relationships::add,
              "SanctionsEntries", run::sanctionsEntry);
      while (x.nextChild()) {
        Consumer<XmlElement> section = sections.get(x.name());
        if (x.name().equals("DateOfIssue")) {
          run.published = dateOfIssue(x.readElement());
        } else if (section == null) {
          x.skipElement();
        } else {
          while (x.nextChild()) {
            section.accept(x.readElement());
          }
        }
      }
      x.finish();
    }
    return new ListSnapshot(run.source, run.published, checksum, file, Instant.now(), run.entities(), run.problems.warnings());
  }

  private static LocalDate dateOfIssue(XmlElement d) {
    try {
      return LocalDate.of(Integer.parseInt(d.text("Year")), Integer.parseInt(d.text("Month")), Integer.parseInt(d.text("Day")));
    } catch (NumberFormatException | DateTimeException e) {
      return null; // a missing publication date must not make the list unreadable
    }
  }

  /** State of one read: the tables so far and the parties converted so far. */
  private static final class Run {
    final String file;
    final String source;
    final ReadProblems problems;
    final ReferenceValues refs;
    LocalDate published;
    final Map<String, Address> locations = new HashMap<>();
    final Map<String, List<Identifier>> documentsByIdentity = new HashMap<>();
    /** Profile ID → party, in file order. */
    final Map<String, ListedEntity.Builder> parties = new LinkedHashMap<>();
    final Set<String> skippedProfiles = new HashSet<>();
    final Set<String> fixedRefs = new HashSet<>();
    /** Small; resolved once every party is known. */
    final List<XmlElement> relationships = new ArrayList<>();

    Run(String file, String source, ReadProblems problems) {
      this.file = file;
      this.source = source;
      this.problems = problems;
      this.refs = new ReferenceValues(file);
    }

    void requireReferences(XmlElement e) {
      if (refs.isEmpty()) {
        throw new ListFormatException(file, e.line(), "<" + e.name() + "> before <ReferenceValueSets>: not an OFAC Advanced XML file in schema order");
      }
    }

    void location(XmlElement loc) {
      requireReferences(loc);
      String id = loc.attr("ID");
      String ctx = "Location " + id;
      Map<String, String> parts = new HashMap<>();
      for (XmlElement part : loc.children("LocationPart")) {
        String kind = refs.text("LocPartType", part.attr("LocPartTypeID"), part.line(), ctx).toUpperCase(Locale.ROOT);
        String value = null;
        for (XmlElement v : part.children("LocationPartValue")) {
          if (value == null || "true".equals(v.attr("Primary"))) {
            value = v.text("Value");
          }
        }
        parts.merge(kind, value == null ? "" : value, (a, b) -> join(", ", a, b));
      }
      String country = null;
      XmlElement c = loc.child("LocationCountry");
      if (c != null) {
        country = refs.text("Country", c.attr("CountryID"), c.line(), ctx);
      } else if (loc.child("LocationAreaCode") != null) {
        XmlElement area = loc.child("LocationAreaCode");
        country = refs.get("AreaCode", area.attr("AreaCodeID"), area.line(), ctx).attr("Description");
      }
      locations.put(id, new Address(join(", ", parts.get("ADDRESS1"), parts.get("ADDRESS2"), parts.get("ADDRESS3")), clean(parts.get("CITY")), join(", ", parts.get("STATE/PROVINCE"), parts.get("REGION")), clean(parts.get("POSTAL CODE")), clean(country)));
    }

    void document(XmlElement doc) {
      requireReferences(doc);
      String ctx = "IDRegDocument " + doc.attr("ID");
      try {
        String number = doc.text("IDRegistrationNo");
        if (number == null) {
          return; // a document known only by its type identifies nobody
        }
        String label = refs.text("IDRegDocType", doc.attr("IDRegDocTypeID"), doc.line(), ctx);
        String issuer = doc.attr("IssuedBy-CountryID");
        String country = issuer == null ? null : refs.text("Country", issuer, doc.line(), ctx);
        documentsByIdentity.computeIfAbsent(doc.attr("IdentityID"), k -> new ArrayList<>()).add(OfacIdTypes.identifier(label, number, country));
      } catch (ListFormatException e) {
        problems.dropValue(e);
      }
    }

    void party(XmlElement dp) {
      requireReferences(dp);
      XmlElement profile = dp.child("Profile");
      String profileId = profile == null ? null : profile.attr("ID");
      try {
        String fixedRef = dp.attr("FixedRef");
        if (fixedRef == null || profile == null) {
          throw new ListFormatException(file, dp.line(), "DistinctParty without FixedRef or Profile");
        }
        if (!fixedRefs.add(fixedRef)) {
          throw new ListFormatException(file, dp.line(), "DistinctParty " + fixedRef + " appears twice");
        }
        parties.put(profileId != null ? profileId : fixedRef, convert(dp, fixedRef, profile));
      } catch (ListFormatException e) {
        if (profileId != null) {
          skippedProfiles.add(profileId);
        }
        problems.skipRecord(e);
      }
    }

    private ListedEntity.Builder convert(XmlElement dp, String fixedRef, XmlElement profile) {
      String ctx = "DistinctParty " + fixedRef;
      ListedEntity.Builder b = ListedEntity.builder(source, fixedRef, partyType(profile, ctx));
      List<String> remarks = new ArrayList<>();
      addDistinct(remarks, dp.text("Comment"));
      List<XmlElement> identities = profile.children("Identity");
      // the primary identity's primary alias gives the primary name, whatever the element order
      identities.sort((a, c) -> Boolean.compare("true".equals(c.attr("Primary")), "true".equals(a.attr("Primary"))));
      for (XmlElement identity : identities) {
        names(b, identity, ctx);
        b.identifiers.addAll(documentsByIdentity.getOrDefault(identity.attr("ID"), List.of()));
      }
      if (b.names.isEmpty()) {
        throw new ListFormatException(file, dp.line(), ctx + " has no name");
      }
      Vessel vessel = new Vessel();
      for (XmlElement feature : profile.children("Feature")) {
        feature(b, feature, vessel, remarks, ctx);
      }
      if (!vessel.isEmpty()) {
        b.vessel = vessel.info();
      }
      b.remarks = join("; ", remarks);
      return b;
    }

    private EntityType partyType(XmlElement profile, String ctx) {
      XmlElement sub = refs.get("PartySubType", profile.attr("PartySubTypeID"), profile.line(), ctx);
      String subType = sub.text() == null ? "" : sub.text().toLowerCase(Locale.ROOT);
      if (subType.equals("vessel")) {
        return EntityType.VESSEL;
      }
      if (subType.equals("aircraft")) {
        return EntityType.AIRCRAFT;
      }
      String partyType = refs.text("PartyType", sub.attr("PartyTypeID"), profile.line(), ctx).toLowerCase(Locale.ROOT);
      switch (partyType) {
        case "individual":
          return EntityType.PERSON;
        case "entity":
          return EntityType.ORGANIZATION;
        default:
          throw new ListFormatException(file, profile.line(), ctx + ": unknown party type '" + partyType + "' / '" + subType + "'");
      }
    }

    private void names(ListedEntity.Builder b, XmlElement identity, String ctx) {
      Map<String, String> groupTypes = new HashMap<>();
      XmlElement groups = identity.child("NamePartGroups");
      if (groups != null) {
        for (XmlElement master : groups.children("MasterNamePartGroup")) {
          for (XmlElement g : master.children("NamePartGroup")) {
            groupTypes.put(g.attr("ID"), refs.text("NamePartType", g.attr("NamePartTypeID"), g.line(), ctx));
          }
        }
      }
      List<XmlElement> aliases = identity.children("Alias");
      aliases.sort((a, c) -> Boolean.compare("true".equals(c.attr("Primary")), "true".equals(a.attr("Primary"))));
      for (XmlElement alias : aliases) {
        String aliasType = refs.text("AliasType", alias.attr("AliasTypeID"), alias.line(), ctx);
        boolean primary = "true".equals(alias.attr("Primary"));
        boolean weak = "true".equals(alias.attr("LowQuality"));
        for (XmlElement dn : alias.children("DocumentedName")) {
          NameType type = aliasNameType(aliasType, primary && b.names.isEmpty(), weak);
          addName(b, documentedName(dn, groupTypes, ctx), type);
        }
      }
    }

    /** Name parts in natural order: given names, then family names; other parts as listed. */
    private String documentedName(XmlElement dn, Map<String, String> groupTypes, String ctx) {
      List<String[]> parts = new ArrayList<>();
      for (XmlElement part : dn.children("DocumentedNamePart")) {
        XmlElement v = part.child("NamePartValue");
        if (v == null || v.text() == null) {
          continue;
        }
        String group = v.attr("NamePartGroupID");
        if (group != null && !groupTypes.containsKey(group)) {
          throw new ListFormatException(file, v.line(), ctx + ": unknown NamePartGroupID " + group + " (not in the identity's NamePartGroups)");
        }
        parts.add(new String[] {groupTypes.getOrDefault(group, ""), v.text()});
      }
      parts.sort((a, c) -> Integer.compare(partRank(a[0]), partRank(c[0])));
      List<String> values = new ArrayList<>();
      for (String[] p : parts) {
        values.add(p[1]);
      }
      return join(" ", values);
    }

    private void feature(ListedEntity.Builder b, XmlElement feature, Vessel vessel, List<String> remarks, String ctx) {
      String kind = refs.text("FeatureType", feature.attr("FeatureTypeID"), feature.line(), ctx);
      String k = kind.toLowerCase(Locale.ROOT);
      for (XmlElement version : feature.children("FeatureVersion")) {
        if (k.equals("birthdate")) {
          XmlElement period = version.child("DatePeriod");
          if (period != null) {
            try {
              PartialDate d = DatePeriods.parse(period);
              if (!b.birthDates.contains(d)) {
                b.birthDates.add(d);
              }
            } catch (IllegalArgumentException e) {
              problems.dropValue(new ListFormatException(file, period.line(), ctx + ": " + e.getMessage()));
            }
          }
          continue;
        }
        String value = versionValue(version, ctx);
        if (value == null) {
          continue;
        }
        Address location = versionLocation(version, ctx);
        switch (k) {
          case "place of birth":
            addDistinct(b.birthPlaces, value);
            break;
          case "nationality country":
            addDistinct(b.nationalities, location != null && location.country() != null ? location.country() : value);
            break;
          case "citizenship country":
            addDistinct(b.citizenships, location != null && location.country() != null ? location.country() : value);
            break;
          case "location":
            if (location != null && !b.addresses.contains(location)) {
              b.addresses.add(location);
            }
            break;
          case "gender":
            b.gender = value;
            break;
          case "title":
            b.title = join("; ", b.title, value);
            break;
          case "vessel call sign":
            vessel.callSign = value;
            break;
          case "vessel type":
            vessel.type = value;
            break;
          case "vessel flag":
            vessel.flag = location != null && location.country() != null ? location.country() : value;
            break;
          case "vessel owner":
            vessel.owner = value;
            break;
          case "vessel tonnage":
            vessel.tonnage = value;
            break;
          case "vessel gross registered tonnage":
            vessel.grt = value;
            break;
          default:
            if (k.startsWith("digital currency address") || (!OfacIdTypes.isListingFact(kind) && OfacIdTypes.classify(k) != IdType.OTHER)) {
              b.identifiers.add(OfacIdTypes.identifier(kind, value, null));
            } else {
              remarks.add(kind.endsWith(":") || kind.endsWith("-") ? kind + " " + value : kind + ": " + value);
            }
        }
      }
    }

    /** What a feature version says: its text, its looked-up reference value, its place or its date. */
    private String versionValue(XmlElement version, String ctx) {
      List<String> values = new ArrayList<>();
      for (XmlElement detail : version.children("VersionDetail")) {
        String ref = detail.attr("DetailReferenceID");
        addDistinct(values, ref != null ? refs.text("DetailReference", ref, detail.line(), ctx) : detail.text());
      }
      Address location = versionLocation(version, ctx);
      if (location != null) {
        addDistinct(values, location.oneLine());
      }
      XmlElement period = version.child("DatePeriod");
      if (period != null) {
        try {
          addDistinct(values, DatePeriods.parse(period).raw());
        } catch (IllegalArgumentException e) {
          problems.dropValue(new ListFormatException(file, period.line(), ctx + ": " + e.getMessage()));
        }
      }
      return join("; ", values);
    }

    private Address versionLocation(XmlElement version, String ctx) {
      XmlElement vl = version.child("VersionLocation");
      if (vl == null) {
        return null;
      }
      Address a = locations.get(vl.attr("LocationID"));
      if (a == null) {
        throw new ListFormatException(file, vl.line(), ctx + ": unknown LocationID " + vl.attr("LocationID") + " (not in the file's Locations)");
      }
      return a;
    }

    void sanctionsEntry(XmlElement entry) {
      requireReferences(entry);
      String profileId = entry.attr("ProfileID");
      ListedEntity.Builder b = parties.get(profileId);
      if (b == null) {
        if (!skippedProfiles.contains(profileId)) {
          problems.dropValue(new ListFormatException(file, entry.line(), "SanctionsEntry " + entry.attr("ID") + " refers to unknown ProfileID " + profileId));
        }
        return;
      }
      String ctx = "SanctionsEntry " + entry.attr("ID");
      try {
        for (XmlElement m : entry.children("SanctionsMeasure")) {
          if (refs.text("SanctionsType", m.attr("SanctionsTypeID"), m.line(), ctx).equalsIgnoreCase("Program")) {
            addDistinct(b.programs, m.text("Comment"));
          }
        }
      } catch (ListFormatException e) {
        problems.dropValue(e);
      }
    }

    List<ListedEntity> entities() {
      for (XmlElement rel : relationships) {
        String ctx = "ProfileRelationship " + rel.attr("ID");
        ListedEntity.Builder from = parties.get(rel.attr("From-ProfileID"));
        ListedEntity.Builder to = parties.get(rel.attr("To-ProfileID"));
        try {
          if (from == null || to == null) {
            if (skippedProfiles.contains(rel.attr("From-ProfileID")) || skippedProfiles.contains(rel.attr("To-ProfileID"))) {
              continue;
            }
            throw new ListFormatException(file, rel.line(), ctx + " links unknown profiles " + rel.attr("From-ProfileID") + " -> " + rel.attr("To-ProfileID"));
          }
          String type = refs.text("RelationType", rel.attr("RelationTypeID"), rel.line(), ctx);
          ListedEntity target = to.build();
          from.relations.add(new Relation(type, target.primaryName(), target.sourceId()));
        } catch (ListFormatException e) {
          problems.dropValue(e);
        }
      }
      List<ListedEntity> out = new ArrayList<>(parties.size());
      for (ListedEntity.Builder b : parties.values()) {
        out.add(b.build());
      }
      return out;
    }
  }

  static NameType aliasNameType(String aliasType, boolean primary, boolean lowQuality) {
    return primary ? NameType.PRIMARY : OfacXmlReader.aliasType(aliasType, lowQuality ? "weak" : "strong");
  }

  private static int partRank(String namePartType) {
    switch (namePartType.toLowerCase(Locale.ROOT)) {
      case "first name":
        return 0;
      case "middle name":
        return 1;
      case "patronymic":
        return 2;
      case "matronymic":
        return 3;
      case "last name":
        return 4;
      case "maiden name":
        return 5;
      default:
        return 6;
    }
  }

  /** Vessel particulars gathered from separate features. */
  private static final class Vessel {
    String callSign;
    String type;
    String flag;
    String owner;
    String tonnage;
    String grt;

    boolean isEmpty() {
      return callSign == null && type == null && flag == null && owner == null && tonnage == null && grt == null;
    }

    VesselInfo info() {
      return new VesselInfo(callSign, type, tonnage, grt, flag, owner);
    }
  }
}
