package io.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.ownership.OwnershipAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterPartyIdsTest {
  private static final ListedEntity LISTED = FixedLists.organization("43337", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY");
  private static final ListedEntity BLOCKED = ListedEntity.builder(OwnershipAnalysis.SOURCE, "C2", EntityType.ORGANIZATION)
      .name("North Star Shipping Co", NameType.PRIMARY).build();
  private static final ListedEntity BLOCKED_TOO = ListedEntity.builder(OwnershipAnalysis.SOURCE, "C3", EntityType.ORGANIZATION)
      .name("North Star Shipping Company", NameType.PRIMARY).build();

  private static Screener over(List<ListedEntity> entities) {
    return RegisterPartyIds.over(new JaroWinklerScanScreener(entities), entities);
  }

  private static Query customer(String id, String name) {
    return new Query(id, name, EntityType.ORGANIZATION, null, null, null, null);
  }

  @Test
  void withoutEntitiesBlockedByOwnershipTheNameScreenerIsUsedAsIs() {
    Screener names = new JaroWinklerScanScreener(List.of(LISTED));
    assertThat(RegisterPartyIds.over(names, List.of(LISTED))).isSameAs(names);
  }

  @Test
  void theSamePartyHitsFirstWithScoreOneAndItsNameHitIsNotRepeated() {
    List<Match> hits = over(List.of(LISTED, BLOCKED, BLOCKED_TOO)).screen(customer("C2", "North Star Shipping Co"), 0.9, 10);
    assertThat(hits).extracting(m -> m.entity().key(), Match::score)
        .startsWith(org.assertj.core.groups.Tuple.tuple("interdict-ownership:C2", 1.0));
    assertThat(hits).extracting(m -> m.entity().key())
        .containsExactly("interdict-ownership:C2", "interdict-ownership:C3");
    assertThat(hits.get(0).explanation().evidence()).singleElement()
        .satisfies(ev -> {
          assertThat(ev.attribute()).isEqualTo(RegisterPartyIds.EVIDENCE);
          assertThat(ev.queryValue()).isEqualTo("C2");
          assertThat(ev.listedValue()).isEqualTo("C2");
        });
  }

  @Test
  void theLimitHoldsWithTheIdHit() {
    assertThat(over(List.of(BLOCKED, BLOCKED_TOO)).screen(customer("C2", "North Star Shipping Company"), 0.9, 1))
        .extracting(m -> m.entity().key()).containsExactly("interdict-ownership:C2");
  }

  @Test
  void idsCompareExactlyAndOnlyAgainstEntitiesBlockedByOwnership() {
    Screener s = over(List.of(LISTED, BLOCKED));
    assertThat(s.screen(customer("c2", "Bakery"), 0.9, 10)).isEmpty();
    assertThat(s.screen(customer(" C2x", "Bakery"), 0.9, 10)).isEmpty();
    assertThat(s.screen(customer("43337", "Bakery"), 0.9, 10)).as("a list's own ids are not customer ids").isEmpty();
    assertThat(s.screen(customer(null, "Bakery"), 0.9, 10)).isEmpty();
  }
}
