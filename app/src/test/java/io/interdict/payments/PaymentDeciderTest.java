package io.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.Screener;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.model.ListedEntity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PaymentDeciderTest {
  private static final List<ListedEntity> LIST = TestEntities.all();
  private static final PaymentDecider DECIDER =
      new PaymentDecider(new JaroWinklerScanScreener(LIST), LIST, PaymentPolicy.DEFAULT);

  private static PaymentDecision decide(String file) {
    return DECIDER.decide(TestMessages.bytes(file), file);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "pacs008-kim-sang-man.xml, BLOCK, Cdtr/Nm, 43377",
      "pacs008-clean.xml, RELEASE, , ",
      "mt103-chinyong.txt, BLOCK, 59, 43379",
      "pacs009-cov-hidden-creditor.xml, BLOCK, UndrlygCstmrCdtTrf/Cdtr/Nm, 43377",
      "mt202cov-hidden.txt, BLOCK, B/59, 43377",
      "crypto-kim-upper.json, BLOCK, to, 43377",
      "crypto-clean.json, RELEASE, , ",
      "mt103-clean-50f.txt, RELEASE, , ",
      "pacs008-truncated.xml, HOLD, , ",
      "mt103-no-59.txt, HOLD, , ",
      "pacs008-crimea.xml, REJECT, Cdtr/PstlAdr, ",
      "pacs008-iran-agent.xml, REJECT, CdtrAgt/FinInstnId/BICFI, ",
      "pain001-two-transactions.xml, REJECT, PmtInf/CdtTrfTxInf[2]/Cdtr/PstlAdr/Ctry, ",
  })
  void decidesEachTestMessage(String file, Decision expected, String field, String entityId) {
    PaymentDecision d = decide(file);
    assertThat(d.decision()).as(String.join("\n", d.reasons())).isEqualTo(expected);
    assertThat(d.reasons()).isNotEmpty();
    if (field != null) {
      assertThat(d.hits()).anySatisfy(h -> {
        assertThat(h.field()).isEqualTo(field);
        if (entityId != null) {
          assertThat(h.entityId()).isEqualTo(entityId);
        }
      });
    }
  }

  @Test
  void blockHitNamesFieldValueEntityScoreAndProgram() {
    PaymentDecision d = decide("pacs008-kim-sang-man.xml");
    Hit h = d.hits().stream().filter(x -> x.field().equals("Cdtr/Nm")).findFirst().orElseThrow();
    assertThat(h.value()).isEqualTo("KIM SANG MAN");
    assertThat(h.entityKey()).isEqualTo("us-ofac-sdn:43377");
    assertThat(h.program()).isEqualTo("DPRK4");
    assertThat(h.score()).isGreaterThanOrEqualTo(PaymentPolicy.DEFAULT.partyBlock());
    assertThat(d.reasons().get(0)).startsWith("BLOCK: Cdtr/Nm 'KIM SANG MAN'").contains("DPRK4");
  }

  @Test
  void truncatedMessageHoldsWithTheParseErrorAndItsId() {
    PaymentDecision d = decide("pacs008-truncated.xml");
    assertThat(d.messageId()).isEqualTo("P8-20250602-0003");
    assertThat(d.reasons()).singleElement().asString().startsWith("HOLD (fail closed)").contains("truncated");
  }

  @Test
  void missingBeneficiaryHolds() {
    PaymentDecision d = decide("mt103-no-59.txt");
    assertThat(d.reasons()).anySatisfy(r -> assertThat(r).contains("field 59a"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "0x97b1043abd9e6fc31681635166d430a458d14f9c, ETH, ETH, BLOCK",
      "0x97B1043ABD9E6FC31681635166D430A458D14F9C, ETH, ETH, BLOCK",
      "0x97b1043AbD9e6fC31681635166d430A458d14F9c, ETH, USDC, BLOCK",
      "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40, ETH, USDT, BLOCK",
      "0xB6F5EC1A0A9CD1526536D3F0426C429529471F40, ETH, ETH, BLOCK",
      "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ, XBT, XBT, BLOCK",
      "1d6gg9ikehpittcwrjiniuj1jym2hneafj, XBT, XBT, RELEASE",
      "BC1QA5WKGAEW2DKV56KFVJ49J0AV5NML45X9EK9HZ6, BTC, BTC, BLOCK",
      "0x97b1043abd9e6fc31681635166d430a458d14f9c, TRX, TRX, HOLD",
      "0x97b1043abd9e6fc31681635166d430a458d14f9d, ETH, ETH, RELEASE",
  })
  void cryptoAddressesMatchExactlyWithTheCaseRulesOfTheirScheme(String to, String chain, String asset, Decision expected) {
    String json = "{\"id\":\"c\",\"chain\":\"" + chain + "\",\"asset\":\"" + asset
        + "\",\"from\":\"0x1111111111111111111111111111111111111111\",\"to\":\"" + to + "\"}";
    assertThat(DECIDER.decide(json.getBytes(), "c.json").decision()).isEqualTo(expected);
  }

  @Test
  void aPartyNameTooLongToScreenHoldsTheMessage() {
    String mt = new String(TestMessages.bytes("pacs008-clean.xml")).replaceFirst("<Nm>[^<]*</Nm>",
        "<Nm>" + "ACME TRADING ".repeat(100) + "</Nm>");
    PaymentDecision d = DECIDER.decide(mt.getBytes(), "long.xml");
    assertThat(d.decision()).isEqualTo(Decision.HOLD);
    assertThat(d.reasons()).singleElement().asString().isEqualTo("HOLD (fail closed): cannot screen the message: query"
        + " 'P8-20250602-0002/Dbtr/Nm' name is 1,299 characters long; names of at most 1,000 are screened");
  }

  @Test
  void sectoralEntityIsRejectedNotBlocked() {
    String mt = new String(TestMessages.bytes("mt103-clean-50f.txt")).replace("JEAN DUPONT", "NOVATEK GAS POWER TRADING");
    PaymentDecision d = DECIDER.decide(mt.getBytes(), "m");
    assertThat(d.decision()).isEqualTo(Decision.REJECT);
    assertThat(d.reasons().get(0)).contains("no blocking effect");
  }

  @Test
  void policyCanHoldInsteadOfRejectingJurisdictions() {
    PaymentPolicy lenient = new PaymentPolicy(0.93, 0.85, 0.95, 0.88, 0.97, 0.90, PaymentPolicy.DEFAULT.blockingSources(),
        PaymentPolicy.DEFAULT.nonBlockingPrograms(), Decision.HOLD, PaymentPolicy.DEFAULT.sanctionedCountries(),
        PaymentPolicy.DEFAULT.sanctionedPlaces(), Decision.HOLD, true);
    PaymentDecider d = new PaymentDecider(new JaroWinklerScanScreener(LIST), LIST, lenient);
    assertThat(d.decide(TestMessages.bytes("pacs008-crimea.xml"), "x").decision()).isEqualTo(Decision.HOLD);
  }

  @Test
  void listedBicOfAnAgentBlocks() {
    String xml = new String(TestMessages.bytes("pacs008-clean.xml")).replace("CITIUS33", "BKMTIRTHXXX");
    PaymentDecision d = DECIDER.decide(xml.getBytes(), "x");
    assertThat(d.decision()).isEqualTo(Decision.BLOCK);
    assertThat(d.hits()).anySatisfy(h -> {
      assertThat(h.kind()).isEqualTo(Hit.Kind.BIC);
      assertThat(h.entityId()).isEqualTo("10526");
    });
  }

  @Test
  void listedNameInRemittanceTextIsFound() {
    String xml = new String(TestMessages.bytes("pacs008-clean.xml"))
        .replace("Invoice 2025-118 consulting services", "on behalf of Chinyong Information Technology Cooperation Company");
    PaymentDecision d = DECIDER.decide(xml.getBytes(), "x");
    assertThat(d.decision()).isIn(Decision.HOLD, Decision.BLOCK);
    assertThat(d.hits()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(Hit.Kind.FREE_TEXT));
  }

  @Test
  void anExceptionInsideTheScreenerHolds() {
    Screener broken = new Screener() {
      @Override
      public java.util.List<io.interdict.match.Match> screen(io.interdict.match.Query q, double t, int l) {
        throw new IllegalStateException("index corrupted");
      }

      @Override
      public double defaultThreshold() {
        return 0.9;
      }
    };
    PaymentDecision d = new PaymentDecider(broken, LIST, PaymentPolicy.DEFAULT).decide(TestMessages.bytes("pacs008-clean.xml"), "x");
    assertThat(d.decision()).isEqualTo(Decision.HOLD);
    assertThat(d.reasons()).singleElement().asString().contains("index corrupted");
  }
}
