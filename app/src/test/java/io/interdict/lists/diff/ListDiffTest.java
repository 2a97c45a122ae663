package io.interdict.lists.diff;

import static io.interdict.lists.TestLists.dprk;
import static io.interdict.lists.TestLists.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.Identifier;
import io.interdict.model.IdType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.model.Relation;
import io.interdict.model.VesselInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListDiffTest {
  private static final String SDN = "us-ofac-sdn";

  @Test
  void reportsAddedRemovedAndChangedSortedByNumericId() {
    List<ListedEntity> older = dprk(SDN);
    List<ListedEntity> newer = new ArrayList<>(older);
    newer.remove(3); // 7 delisted
    newer.set(0, person(SDN, "43377", "KIM, Sang Man", "KIM, Sangman", "KIM, Sang-man"));
    newer.add(person(SDN, "100", "A"));
    newer.add(person(SDN, "9", "B"));

    DiffResult d = ListDiff.compare(older, newer);

    assertThat(d.added()).extracting(DiffResult.Entry::entityId).containsExactly("9", "100");
    assertThat(d.removed()).containsExactly(new DiffResult.Entry(SDN, "7", "LAZARUS GROUP", List.of()));
    assertThat(d.changed()).containsExactly(new DiffResult.Entry(SDN, "43377", "KIM, Sang Man", List.of("aliases")));
    assertThat(d.summary()).isEqualTo(new DiffSummary(2, 1, 1, 3));
    assertThat(d.summary().toString()).isEqualTo("+2 \u22121 ~1");
  }

  @Test
  void identicalListsHaveAnEmptyDiff() {
    DiffResult d = ListDiff.compare(dprk(SDN), dprk(SDN));
    assertThat(d.summary()).isEqualTo(new DiffSummary(0, 0, 0, 5));
    assertThat(d.summary().isEmpty()).isTrue();
  }

  @Test
  void sameIdInAnotherSourceIsADifferentEntity() {
    DiffResult d = ListDiff.compare(List.of(person(SDN, "1", "A")), List.of(person("us-ofac-cons", "1", "A")));
    assertThat(d.added()).extracting(DiffResult.Entry::source).containsExactly("us-ofac-cons");
    assertThat(d.removed()).extracting(DiffResult.Entry::source).containsExactly(SDN);
  }

  static Stream<Arguments> fieldChanges() {
    return Stream.of(
        Arguments.of("type", edit(b -> b.type(EntityType.ORGANIZATION))),
        Arguments.of("name", edit(b -> b.names.set(0, new io.interdict.model.Name("KIM, Sang-Man", NameType.PRIMARY)))),
        Arguments.of("aliases", edit(b -> b.name("KIM SANG MAN", NameType.WEAK_AKA))),
        Arguments.of("programs", edit(b -> b.program("CYBER2"))),
        Arguments.of("identifiers", edit(b -> b.identifier(Identifier.of(IdType.PASSPORT, "836420186")))),
        Arguments.of("crypto_addresses", edit(b -> b.identifier(Identifier.crypto("ETH", "0x098b716b8aaf21512996dc57eb0615e2383e2f96")))),
        Arguments.of("birth_dates", edit(b -> b.birthDate(PartialDate.year(1980, "1980")))),
        Arguments.of("birth_places", edit(b -> b.birthPlaces.add("Pyongyang"))),
        Arguments.of("nationalities", edit(b -> b.nationality("Korea, North"))),
        Arguments.of("citizenships", edit(b -> b.citizenships.add("Korea, North"))),
        Arguments.of("gender", edit(b -> b.gender = "Male")),
        Arguments.of("addresses", edit(b -> b.addresses.add(new Address(null, "Pyongyang", null, null, "Korea, North")))),
        Arguments.of("vessel", edit(b -> b.vessel = new VesselInfo("HMYO", "Cargo", null, null, "Korea, North", null))),
        Arguments.of("title", edit(b -> b.title = "Director")),
        Arguments.of("remarks", edit(b -> b.remarks = "Linked To: CHINYONG")),
        Arguments.of("relations", edit(b -> b.relations.add(new Relation("Linked To", "CHINYONG", "43336")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldChanges")
  void eachKindOfChangeIsNamed(String field, UnaryOperator<ListedEntity.Builder> change) {
    ListedEntity before = person(SDN, "43377", "KIM, Sang Man", "KIM, Sangman");
    ListedEntity after = change.apply(before.toBuilder()).build();

    assertThat(ListDiff.changedFields(before, after)).containsExactly(field);
    assertThat(ListDiff.compare(List.of(before), List.of(after)).changed())
        .singleElement().extracting(DiffResult.Entry::fields).isEqualTo(List.of(field));
  }

  @Test
  void everyReportedFieldIsCoveredByTheTable() {
    assertThat(fieldChanges().map(a -> (String) a.get()[0])).containsExactlyElementsOf(ListDiff.FIELDS);
  }

  @Test
  void summaryFromContentHashesCountsWithoutEntities() {
    Map<String, String> older = Map.of("s:1", "h1", "s:2", "h2", "s:3", "h3");
    Map<String, String> newer = Map.of("s:1", "h1", "s:2", "h2x", "s:4", "h4");
    assertThat(ListDiff.summarize(older, newer)).isEqualTo(new DiffSummary(1, 1, 1, 1));
    assertThat(ListDiff.summarize(Map.of(), newer)).isEqualTo(new DiffSummary(3, 0, 0, 0));
    assertThat(ListDiff.summarize(older, Map.of())).isEqualTo(new DiffSummary(0, 3, 0, 0));
  }

  @Test
  void numericIdsSortNumericallyAndOthersAsText() {
    assertThat(ListDiff.compareIds("9", "10")).isNegative();
    assertThat(ListDiff.compareIds("010", "9")).isPositive();
    assertThat(ListDiff.compareIds("43336", "43377")).isNegative();
    assertThat(ListDiff.compareIds("KPi.066", "KPi.001")).isPositive();
    assertThat(ListDiff.compareIds("9", "KPi.001")).isNegative();
  }

  private static UnaryOperator<ListedEntity.Builder> edit(java.util.function.Consumer<ListedEntity.Builder> c) {
    return b -> {
      c.accept(b);
      return b;
    };
  }
}
