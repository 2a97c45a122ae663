package io.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.lists.DemoList;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import io.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled demo list, read by the real OFAC reader, drives the decider end to end. */
class DemoListPaymentsTest {
  private static final List<ListedEntity> DEMO = DemoList.snapshot().entities();
  private static final PaymentDecider DECIDER =
      new PaymentDecider(Screeners.forEntities(DEMO), DEMO, PaymentPolicy.DEFAULT);
  private static final String ADDRESS = "0x97b1043abd9e6fc31681635166d430a458d14f9c";

  @Test
  void cryptoAddressOfTheSharedOfacExtractIsKimSangManInEveryLetterCase() throws IOException {
    Path eth = SharedData.require("data/ofac/crypto-2024-09-27/sanctioned_addresses_ETH_2024-09-27.txt");
    assertThat(Files.readAllLines(eth)).anySatisfy(l -> assertThat(l.strip().toLowerCase(Locale.ROOT)).isEqualTo(ADDRESS));
    for (String to : List.of(ADDRESS, ADDRESS.toUpperCase(Locale.ROOT).replace("0X", "0x"), "0x97B1043aBd9E6fC31681635166d430A458D14f9C")) {
      for (String asset : List.of("ETH", "USDT")) {
        String json = "{\"id\":\"t\",\"chain\":\"ETH\",\"asset\":\"" + asset + "\",\"from\":\"0x0000000000000000000000000000000000000001\","
            + "\"to\":\"" + to + "\",\"amount\":\"2\"}";
        PaymentDecision d = DECIDER.decide(json.getBytes(), "t.json");
        assertThat(d.decision()).as(to + " " + asset).isEqualTo(Decision.BLOCK);
        assertThat(d.hits()).anySatisfy(h -> assertThat(h.entityKey()).isEqualTo("us-ofac-sdn:43377"));
      }
    }
  }

  @Test
  void theBriefsCasesDecideAsRequiredWithInterdictsMatchEngine() {
    PaymentDecider engine = new PaymentDecider(io.interdict.match.MatchEngine.build(DEMO), DEMO, PaymentPolicy.DEFAULT);
    java.util.Map<String, Decision> expected = new java.util.LinkedHashMap<>();
    expected.put("pacs008-kim-sang-man.xml", Decision.BLOCK);
    expected.put("pacs008-clean.xml", Decision.RELEASE);
    expected.put("mt103-chinyong.txt", Decision.BLOCK);
    expected.put("pacs009-cov-hidden-creditor.xml", Decision.BLOCK);
    expected.put("mt202cov-hidden.txt", Decision.BLOCK);
    expected.put("crypto-kim-upper.json", Decision.BLOCK);
    expected.put("pacs008-truncated.xml", Decision.HOLD);
    expected.put("mt103-no-59.txt", Decision.HOLD);
    expected.put("mt103-clean-50f.txt", Decision.RELEASE);
    expected.forEach((file, decision) -> {
      PaymentDecision d = engine.decide(TestMessages.bytes(file), file);
      assertThat(d.decision()).as(file + "\n" + String.join("\n", d.reasons())).isEqualTo(decision);
    });
  }

  @Test
  void theBriefsCasesDecideAsRequiredAgainstTheDemoList() {
    assertThat(decide("pacs008-kim-sang-man.xml")).isEqualTo(Decision.BLOCK);
    assertThat(decide("pacs008-clean.xml")).isEqualTo(Decision.RELEASE);
    assertThat(decide("mt103-chinyong.txt")).isEqualTo(Decision.BLOCK);
    assertThat(decide("pacs009-cov-hidden-creditor.xml")).isEqualTo(Decision.BLOCK);
    assertThat(decide("crypto-kim-upper.json")).isEqualTo(Decision.BLOCK);
    assertThat(decide("pacs008-truncated.xml")).isEqualTo(Decision.HOLD);
    assertThat(decide("mt103-no-59.txt")).isEqualTo(Decision.HOLD);
  }

  private static Decision decide(String file) {
    return DECIDER.decide(TestMessages.bytes(file), file).decision();
  }
}
