package io.interdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.payments.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
  record Finding(String name, Decision outcome) {}

  @Test
  void theMostSevereOutcomeDecidesAndItsReasonLeads() {
    Verdict<Decision, Finding> v = new Verdict<>(Decision.RELEASE, Finding::outcome);
    assertThat(v.decision()).isEqualTo(Decision.RELEASE);
    v.add(Decision.HOLD, "held for review");
    v.hit(new Finding("listed", Decision.BLOCK), "blocked: listed");
    v.hit(new Finding("sectoral", Decision.REJECT), "rejected: sectoral");
    v.add(Decision.HOLD, "held again");
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(v.hits()).extracting(Finding::name).containsExactly("listed", "sectoral");
    assertThat(v.reasons()).containsExactly("blocked: listed", "rejected: sectoral", "held for review", "held again");
  }

  @Test
  void withNothingFiredTheLeastOutcomeStandsWithNoReason() {
    Verdict<Decision, Finding> v = new Verdict<>(Decision.RELEASE, Finding::outcome);
    assertThat(v.decision()).isEqualTo(Decision.RELEASE);
    assertThat(v.reasons()).isEqualTo(List.of());
  }
}
