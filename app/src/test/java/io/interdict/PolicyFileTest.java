package io.interdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.entry.EntryPolicy;
import io.interdict.payments.PaymentPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyFileTest {
  @TempDir Path dir;

  @Test
  void yamlAndJsonChangeOnlyTheKeysTheyName() throws IOException {
    PaymentPolicy p = PaymentPolicy.load(Files.writeString(dir.resolve("payments.yml"), "party_block: 0.9\n"));
    assertThat(p.partyBlock()).isEqualTo(0.9);
    assertThat(p.partyReview()).isEqualTo(PaymentPolicy.DEFAULT.partyReview());
    EntryPolicy e = EntryPolicy.load(Files.writeString(dir.resolve("entry.json"), "{\"refer_nationalities\":[\"kp\"]}"));
    assertThat(e.referNationalities()).containsExactly("KP");
    assertThat(e.denyScore()).isEqualTo(EntryPolicy.DEFAULT.denyScore());
    assertThat(EntryPolicy.load(Files.writeString(dir.resolve("empty.yml"), ""))).isEqualTo(EntryPolicy.DEFAULT);
    assertThat(PaymentPolicy.load(Files.writeString(dir.resolve("comments.yml"), "# all defaults\n")))
        .isEqualTo(PaymentPolicy.DEFAULT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      p.yml  | party_blok: 0.9                     | unknown policy key 'party_blok'
      p.json | {"party_block": 0.9                | not a valid policy file
      p.yml  | party_block: high                   | not a valid policy file
      p.yml  | 'party_review: 0.95'                | party_review 0.95 is above party_block 0.93
      p.yml  | 'non_blocking_action: RELEASE'      | non_blocking_action must be REJECT or HOLD, not RELEASE
      """)
  void aBadPaymentPolicyIsRefusedNamingTheProblem(String file, String text, String message) throws IOException {
    Path f = Files.writeString(dir.resolve(file), text);
    assertThatThrownBy(() -> PaymentPolicy.load(f)).isInstanceOf(InterdictException.InvalidInput.class)
        .hasMessageContaining(message);
  }

  @Test
  void aMissingOrContradictoryEntryPolicyIsRefused() throws IOException {
    assertThatThrownBy(() -> EntryPolicy.load(dir.resolve("nope.yml"))).hasMessage("policy file does not exist: "
        + dir.resolve("nope.yml"));
    Path f = Files.writeString(dir.resolve("entry.yml"), "refer_score: 0.99\n");
    assertThatThrownBy(() -> EntryPolicy.load(f)).hasMessageContaining("refer_score 0.99 is above deny_score 0.93");
  }
}
