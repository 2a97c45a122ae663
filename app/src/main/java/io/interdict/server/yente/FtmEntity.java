package io.interdict.server.yente;

import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.PartialDate;
import io.interdict.model.VesselInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A listed entity in yente's EntityResponse shape, with FollowTheMoney property names, so that clients
 * written for yente read Interdict's answers unchanged.
 */
public record FtmEntity(
    String id,
    String caption,
    String schema,
    Map<String, List<String>> properties,
    List<String> datasets,
    List<String> referents,
    boolean target,
    Instant firstSeen,
    Instant lastSeen,
    Instant lastChange) {

  public static FtmEntity of(ListedEntity e, Instant loadedAt) {
    return new FtmEntity(e.key(), e.primaryName(), schema(e.type()), properties(e),
        List.of(Datasets.name(e.source())), List.of(e.source() + "-" + e.sourceId()), true, null, loadedAt, null);
  }

  static String schema(EntityType t) {
    return t == EntityType.ANY ? "LegalEntity" : t.schema();
  }

  /** FollowTheMoney properties; empty ones are left out, as FtM does. */
  public static Map<String, List<String>> properties(ListedEntity e) {
    Map<String, Set<String>> p = new LinkedHashMap<>();
    for (Name n : e.names()) {
      switch (n.type()) {
        case PRIMARY -> add(p, "name", n.value());
        case WEAK_AKA -> add(p, "weakAlias", n.value());
        case FKA -> add(p, "previousName", n.value());
        default -> add(p, "alias", n.value());
      }
    }
    for (PartialDate d : e.birthDates()) {
      for (String s : ftmDates(d)) {
        add(p, e.type() == EntityType.PERSON ? "birthDate" : "incorporationDate", s);
      }
    }
    e.birthPlaces().forEach(v -> add(p, "birthPlace", v));
    e.nationalities().forEach(v -> add(p, "nationality", v));
    e.citizenships().forEach(v -> add(p, "citizenship", v));
    add(p, "gender", e.gender());
    add(p, "title", e.title());
    for (Address a : e.addresses()) {
      add(p, "address", a.oneLine());
      add(p, "country", a.country());
    }
    for (Identifier id : e.identifiers()) {
      add(p, identifierProperty(id), id.value());
    }
    VesselInfo v = e.vessel();
    if (v != null) {
      add(p, "callSign", v.callSign());
      add(p, "type", v.vesselType());
      add(p, "tonnage", v.tonnage());
      add(p, "grossRegisteredTonnage", v.grossRegisteredTonnage());
      add(p, "flag", v.flag());
      add(p, "owner", v.owner());
    }
    e.programs().forEach(v2 -> add(p, "program", v2));
    add(p, "topics", "sanction");
    add(p, "notes", e.remarks());
    e.relations().forEach(r -> add(p, "associates", r.targetName()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    p.forEach((k, vs) -> out.put(k, List.copyOf(vs)));
    return out;
  }

  static String identifierProperty(Identifier id) {
    return switch (id.type()) {
      case PASSPORT -> "passportNumber";
      case NATIONAL_ID -> "idNumber";
      case TAX_ID -> "taxNumber";
      case REGISTRATION -> "registrationNumber";
      case IMO -> "imoNumber";
      case MMSI -> "mmsi";
      case BIC -> "swiftBic";
      case CRYPTO -> "cryptoWallet";
      case EMAIL -> "email";
      case WEBSITE -> "website";
      case PHONE -> "phone";
      case OTHER -> "idNumber";
    };
  }

  /** FtM dates are ISO prefixes: a range becomes the years it spans (at most a decade of them). */
  static List<String> ftmDates(PartialDate d) {
    switch (d.precision()) {
      case DAY:
        return List.of(d.from().toString());
      case MONTH:
        return List.of(d.from().toString().substring(0, 7));
      case YEAR:
        return List.of(Integer.toString(d.from().getYear()));
      default:
        List<String> years = new ArrayList<>();
        int last = Math.min(d.to().getYear(), d.from().getYear() + 9);
        for (int y = d.from().getYear(); y <= last; y++) {
          years.add(Integer.toString(y));
        }
        return years;
    }
  }

  private static void add(Map<String, Set<String>> p, String prop, String value) {
    if (value != null && !value.isBlank()) {
      p.computeIfAbsent(prop, k -> new LinkedHashSet<>()).add(value.strip());
    }
  }
}
