package io.interdict.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One party on one sanctions list: the single entity model every reader produces and every screening,
 * payment and monitoring component consumes. Immutable; collections are never null.
 *
 * @param source list identifier, e.g. {@code us-ofac-sdn}, {@code us-ofac-cons}, {@code un-sc}
 * @param sourceId the publisher's own identifier (OFAC ent_num, UN reference number such as KPi.001)
 * @param names the primary name first, then aliases
 */
public record ListedEntity(
    String source,
    String sourceId,
    EntityType type,
    List<Name> names,
    List<String> programs,
    List<PartialDate> birthDates,
    List<String> birthPlaces,
    List<String> nationalities,
    List<String> citizenships,
    String gender,
    List<Address> addresses,
    List<Identifier> identifiers,
    VesselInfo vessel,
    String title,
    String remarks,
    List<Relation> relations) {

  public ListedEntity {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entity " + source + ":" + sourceId + " has no name");
    }
    programs = List.copyOf(programs);
    birthDates = List.copyOf(birthDates);
    birthPlaces = List.copyOf(birthPlaces);
    nationalities = List.copyOf(nationalities);
    citizenships = List.copyOf(citizenships);
    addresses = List.copyOf(addresses);
    identifiers = List.copyOf(identifiers);
    relations = List.copyOf(relations);
  }

  /** Globally unique, stable across list versions: {@code source:sourceId}. */
  public String key() {
    return source + ":" + sourceId;
  }

  public String primaryName() {
    return names.get(0).value();
  }

  public static Builder builder(String source, String sourceId, EntityType type) {
    return new Builder(source, sourceId, type);
  }

  public Builder toBuilder() {
    Builder b = new Builder(source, sourceId, type);
    b.names.addAll(names);
    b.programs.addAll(programs);
    b.birthDates.addAll(birthDates);
    b.birthPlaces.addAll(birthPlaces);
    b.nationalities.addAll(nationalities);
    b.citizenships.addAll(citizenships);
    b.gender = gender;
    b.addresses.addAll(addresses);
    b.identifiers.addAll(identifiers);
    b.vessel = vessel;
    b.title = title;
    b.remarks = remarks;
    b.relations.addAll(relations);
    return b;
  }

  /** Mutable builder used by readers; {@link #build()} makes the immutable record. */
  public static final class Builder {
    private final String source;
    private final String sourceId;
    private EntityType type;
    public final List<Name> names = new ArrayList<>();
    public final List<String> programs = new ArrayList<>();
    public final List<PartialDate> birthDates = new ArrayList<>();
    public final List<String> birthPlaces = new ArrayList<>();
    public final List<String> nationalities = new ArrayList<>();
    public final List<String> citizenships = new ArrayList<>();
    public String gender;
    public final List<Address> addresses = new ArrayList<>();
    public final List<Identifier> identifiers = new ArrayList<>();
    public VesselInfo vessel;
    public String title;
    public String remarks;
    public final List<Relation> relations = new ArrayList<>();

    private Builder(String source, String sourceId, EntityType type) {
      this.source = source;
      this.sourceId = sourceId;
      this.type = type;
    }

    public Builder type(EntityType t) {
      this.type = t;
      return this;
    }

    public Builder name(String value, NameType nt) {
      names.add(new Name(value, nt));
      return this;
    }

    public Builder program(String p) {
      programs.add(p);
      return this;
    }

    public Builder identifier(Identifier id) {
      identifiers.add(id);
      return this;
    }

    public Builder birthDate(PartialDate d) {
      birthDates.add(d);
      return this;
    }

    public Builder nationality(String n) {
      nationalities.add(n);
      return this;
    }

    public ListedEntity build() {
      return new ListedEntity(
          source, sourceId, type, names, programs, birthDates, birthPlaces, nationalities, citizenships,
          gender, addresses, identifiers, vessel, title, remarks, relations);
    }
  }
}
