package io.interdict.lists.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.lists.ListFormats;
import io.interdict.model.ListSnapshot;
import io.interdict.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The diff on published OFAC files (skipped without ../shared). */
class ListDiffRealDataTest {
  @Test
  void may2023DprkDesignationsAreExactlyFiveAdditions() {
    ListSnapshot before = ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-19"), false);
    ListSnapshot after = ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-23"), false);

    DiffResult d = ListDiff.compare(before.entities(), after.entities());

    assertThat(d.added()).extracting(DiffResult.Entry::entityId).containsExactly("43336", "43337", "43338", "43377",
        "43379");
    assertThat(d.added()).extracting(DiffResult.Entry::name).contains("KIM, Sang Man");
    assertThat(d.removed()).isEmpty();
    assertThat(d.changed()).isEmpty();
    assertThat(d.unchanged()).isEqualTo(before.entities().size());
  }

  @Test
  void twoYearsApartEveryEntityIsAccountedFor() {
    ListSnapshot before = ListFormats.read(SharedData.require("data/ofac/sdn-2021-07-07"), false);
    ListSnapshot after = ListFormats.read(SharedData.require("data/ofac/sdn-2023-05-23"), false);

    DiffSummary s = ListDiff.compare(before.entities(), after.entities()).summary();

    assertThat(s.added() + s.changed() + s.unchanged()).isEqualTo(after.entities().size());
    assertThat(s.removed() + s.changed() + s.unchanged()).isEqualTo(before.entities().size());
    assertThat(s.added()).isPositive();
    assertThat(s.removed()).isPositive();
  }
}
