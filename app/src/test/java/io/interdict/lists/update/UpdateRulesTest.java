package io.interdict.lists.update;

import static io.interdict.lists.TestLists.person;
import static io.interdict.lists.TestLists.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.lists.store.ListVersion;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateRulesTest {
  private static final String SDN = "us-ofac-sdn";
  private static final LocalDate MAY23 = LocalDate.of(2023, 5, 23);

  @ParameterizedTest(name = "{0} live, {1} new, max shrink {2}: accepted={3}")
  @CsvSource({
      "100, 100, 0.10, true",
      "100, 90,  0.10, true",
      "100, 89,  0.10, false",
      "100, 150, 0.10, true",
      "100, 50,  0.50, true",
      "100, 49,  0.50, false",
      "100, 99,  0.00, false",
  })
  void shrinkBeyondTheAllowedShareIsImplausible(int live, int fresh, double maxShrink, boolean accepted) {
    ListVersion v = version(live, MAY23);
    ListSnapshot s = snapshot(SDN, "x", MAY23, entities(fresh));
    if (accepted) {
      assertThatCode(() -> ListUpdater.checkPlausible(SDN, s, v, maxShrink)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> ListUpdater.checkPlausible(SDN, s, v, maxShrink))
          .hasMessageContaining("implausible us-ofac-sdn list: " + fresh + " entities where " + live + " are live");
    }
  }

  @Test
  void emptyForeignOrOlderListsAreImplausible() {
    assertThatThrownBy(() -> ListUpdater.checkPlausible(SDN, snapshot(SDN, "x", MAY23, List.of()), null, 0.1))
        .hasMessageContaining("no entities");
    ListSnapshot un = snapshot("un-sc", "x", MAY23, List.of(person("un-sc", "KPi.001", "A")));
    assertThatThrownBy(() -> ListUpdater.checkPlausible(SDN, un, null, 0.1))
        .hasMessageContaining("a un-sc list, not us-ofac-sdn");
    ListSnapshot older = snapshot(SDN, "x", MAY23.minusDays(4), entities(10));
    assertThatThrownBy(() -> ListUpdater.checkPlausible(SDN, older, version(10, MAY23), 0.1))
        .hasMessageContaining("published 2023-05-19, before the live version's 2023-05-23");
    assertThatCode(() -> ListUpdater.checkPlausible(SDN, older, null, 0.1)).doesNotThrowAnyException();
  }

  @Test
  void familyFilesResolveBesideTheConfiguredPrimaryOrUnderAMirror() {
    SourceSpec sdn = OfficialSources.get(SDN);
    assertThat(sdn.urls(null, null)).containsExactly(
        URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV"),
        URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV"),
        URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV"),
        URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV"));
    assertThat(sdn.urls("https://mirror.example/ofac/sdn.csv", null).get(1))
        .isEqualTo(URI.create("https://mirror.example/ofac/ALT.CSV"));
    assertThat(sdn.urls("https://ignored.example/x", "http://127.0.0.1:8080/m").get(3))
        .isEqualTo(URI.create("http://127.0.0.1:8080/m/SDN_COMMENTS.CSV"));
    assertThat(OfficialSources.get("un-sc").family()).isFalse();
    assertThatThrownBy(() -> OfficialSources.get("us-csl"))
        .isInstanceOf(InterdictException.InvalidInput.class)
        .hasMessageContaining("does not know where 'us-csl' is published");
  }

  @Test
  void settingsAreValidatedAtTheBoundary() {
    assertThat(UpdateSettings.defaults().maxShrink()).isEqualTo(0.10);
    assertThatThrownBy(() -> UpdateSettings.defaults().withMaxShrink(1.5))
        .hasMessageContaining("between 0 and 1, got 1.5");
    assertThatThrownBy(() -> UpdateSettings.defaults().withTimeout(Duration.ZERO)).hasMessageContaining("positive");
  }

  private static ListVersion version(int count, LocalDate published) {
    return new ListVersion(1, SDN, published, "c", "ofac-csv", "o", Instant.EPOCH, count);
  }

  private static List<ListedEntity> entities(int n) {
    List<ListedEntity> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(person(SDN, String.valueOf(i), "PERSON " + i));
    }
    return out;
  }
}
