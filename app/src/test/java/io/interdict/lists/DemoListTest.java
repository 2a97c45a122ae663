package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screeners;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoListTest {
  private final ListSnapshot demo = DemoList.snapshot();

  private ListedEntity entity(String id) {
    return demo.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void demoListReadsCleanlyAsAnSdnFamily() {
    assertThat(demo.source()).isEqualTo("us-ofac-sdn");
    assertThat(demo.warnings()).isEmpty();
    assertThat(demo.entities()).extracting(ListedEntity::sourceId)
        .contains("43336", "43337", "43338", "43377", "43379", "12210", "27307");
    assertThat(demo.entities()).extracting(ListedEntity::type)
        .contains(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.VESSEL, EntityType.AIRCRAFT);
  }

  @Test
  void kimSangManCarriesHisPublishedParticulars() {
    ListedEntity kim = entity("43377");
    assertThat(kim.names()).contains(new Name("KIM, Sangman", NameType.STRONG_AKA));
    assertThat(kim.identifiers()).contains(Identifier.crypto("ETH", "0x97b1043abd9e6fc31681635166d430a458d14f9c"));
    assertThat(kim.identifiers()).filteredOn(i -> i.type() == IdType.PASSPORT).extracting(Identifier::value)
        .containsExactly("109420132", "827220538", "563220082");
    assertThat(kim.nationalities()).containsExactly("Korea, North");
  }

  @Test
  void lazarusRemarksAreJoinedWithTheirContinuation() {
    ListedEntity lazarus = entity("27307");
    assertThat(lazarus.names()).contains(new Name("WHOIS HACKING TEAM", NameType.WEAK_AKA), new Name("APPLEWORM", NameType.WEAK_AKA));
    assertThat(lazarus.identifiers()).contains(Identifier.crypto("ETH", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"));
  }

  @Test
  void everyDemoFeatureIsPresent() {
    List<IdType> types = demo.entities().stream().flatMap(e -> e.identifiers().stream()).map(Identifier::type).toList();
    assertThat(types).contains(IdType.CRYPTO, IdType.PASSPORT, IdType.IMO, IdType.MMSI, IdType.BIC);
    assertThat(demo.entities().stream().flatMap(e -> e.relations().stream()).filter(r -> r.targetId() != null)).isNotEmpty();
  }

  @Test
  void baselineScreenerFindsKimSangmanInTheDemoList() {
    List<Match> hits = Screeners.forEntities(demo.entities()).screen(Query.name("Kim Sangman"), 0.85, 10);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).entity().sourceId()).isEqualTo("43377");
  }
}
