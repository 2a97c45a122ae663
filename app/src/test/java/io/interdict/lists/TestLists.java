package io.interdict.lists;

import io.interdict.model.EntityType;
import io.interdict.model.Identifier;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built lists for store, diff and update tests (names are public SDN facts). */
public final class TestLists {
  private TestLists() {}

  public static ListedEntity person(String source, String id, String name, String... aliases) {
    ListedEntity.Builder b = ListedEntity.builder(source, id, EntityType.PERSON).name(name, NameType.PRIMARY);
    for (String a : aliases) {
      b.name(a, NameType.STRONG_AKA);
    }
    return b.program("DPRK3").build();
  }

  /** Five DPRK-related entries as OFAC lists them, with a birth date and a crypto address. */
  public static List<ListedEntity> dprk(String source) {
    List<ListedEntity> out = new ArrayList<>();
    out.add(person(source, "43377", "KIM, Sang Man", "KIM, Sangman"));
    out.add(ListedEntity.builder(source, "43336", EntityType.ORGANIZATION)
        .name("CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY", NameType.PRIMARY)
        .name("JINYONG IT COOPERATION COMPANY", NameType.STRONG_AKA)
        .program("DPRK3").build());
    out.add(ListedEntity.builder(source, "43379", EntityType.PERSON)
        .name("KIM, Ki Hyok", NameType.PRIMARY)
        .program("DPRK3")
        .birthDate(PartialDate.day(LocalDate.of(1970, 1, 1), "01 Jan 1970"))
        .nationality("Korea, North")
        .identifier(Identifier.crypto("XBT", "1AjZPMsnmpdK2Rv9KQNfMurTXinscVro9V"))
        .build());
    out.add(person(source, "7", "LAZARUS GROUP"));
    out.add(person(source, "12", "PARK, Jin Hyok", "PAK, Jin Hek"));
    return out;
  }

  public static ListSnapshot snapshot(String source, String checksum, LocalDate published, List<ListedEntity> entities) {
    return new ListSnapshot(source, published, checksum, "test:" + checksum, Instant.parse("2023-05-23T12:00:00Z"),
        entities, List.of());
  }
}
