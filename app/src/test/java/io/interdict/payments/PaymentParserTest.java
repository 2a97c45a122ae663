package io.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentParserTest {
  @Test
  void pacs008YieldsEveryPartyWithAddressCountryAndAccount() {
    ParsedPayment p = TestMessages.parse("pacs008-kim-sang-man.xml");
    assertThat(p.format()).isEqualTo(MessageFormat.PACS_008);
    assertThat(p.messageId()).isEqualTo("P8-20250602-0001");
    assertThat(p.amount()).isEqualByComparingTo("25000.00");
    assertThat(p.currency()).isEqualTo("USD");
    PartyField cdtr = p.party(PartyRole.CREDITOR);
    assertThat(cdtr.fieldPath()).isEqualTo("Cdtr");
    assertThat(cdtr.namePath()).isEqualTo("Cdtr/Nm");
    assertThat(cdtr.name()).isEqualTo("KIM SANG MAN");
    assertThat(cdtr.addressLines()).containsExactly("15 Harbour Road", "Vladivostok");
    assertThat(cdtr.country()).isEqualTo("RU");
    assertThat(cdtr.account()).isEqualTo("40817810099910004312");
    PartyField dbtr = p.party(PartyRole.DEBTOR);
    assertThat(dbtr.addressLines()).containsExactly("Mainzer Landstrasse, 16, 60325, Frankfurt am Main");
    assertThat(dbtr.account()).isEqualTo("DE89370400440532013000");
    assertThat(p.party(PartyRole.INSTRUCTING_AGENT).bic()).isEqualTo("DEUTDEFF");
    assertThat(p.party(PartyRole.CREDITOR_AGENT).bic()).isEqualTo("CITIUS33");
    assertThat(p.freeText()).containsExactly(new FreeText("RmtInf/Ustrd", "Invoice 2025-118 consulting services"));
  }

  @Test
  void coverPaymentExposesTheUnderlyingCustomerCreditTransfer() {
    ParsedPayment p = TestMessages.parse("pacs009-cov-hidden-creditor.xml");
    assertThat(p.format()).isEqualTo(MessageFormat.PACS_009);
    assertThat(p.amount()).isEqualByComparingTo("90000.00");
    assertThat(p.parties()).extracting(PartyField::fieldPath)
        .contains("Dbtr", "Cdtr", "UndrlygCstmrCdtTrf/Dbtr", "UndrlygCstmrCdtTrf/Cdtr", "UndrlygCstmrCdtTrf/CdtrAgt");
    PartyField hidden = p.parties().stream().filter(f -> f.fieldPath().equals("UndrlygCstmrCdtTrf/Cdtr")).findFirst().orElseThrow();
    assertThat(hidden.name()).isEqualTo("Kim Sang Man");
    assertThat(hidden.country()).isEqualTo("FR");
    assertThat(p.party(PartyRole.CREDITOR_INSTITUTION).bic()).isEqualTo("BNPAFRPP");
    assertThat(p.party(PartyRole.CREDITOR_INSTITUTION).bicPath()).isEqualTo("Cdtr/FinInstnId/BICFI");
    assertThat(hidden.role()).isEqualTo(PartyRole.CREDITOR);
  }

  @Test
  void pain001NumbersTheSecondTransactionAndSumsAmounts() {
    ParsedPayment p = TestMessages.parse("pain001-two-transactions.xml");
    assertThat(p.format()).isEqualTo(MessageFormat.PAIN_001);
    assertThat(p.amount()).isEqualByComparingTo(new BigDecimal("1750.50"));
    assertThat(p.parties()).extracting(PartyField::fieldPath)
        .contains("GrpHdr/InitgPty", "PmtInf/Dbtr", "PmtInf/Cdtr", "PmtInf/CdtTrfTxInf[2]/Cdtr");
    assertThat(p.freeText()).extracting(FreeText::fieldPath).contains("PmtInf/RmtInf/Ustrd", "PmtInf/CdtTrfTxInf[2]/RmtInf/Ustrd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pacs008-kim-sang-man.xml", "pacs008-clean.xml", "pacs008-crimea.xml", "pacs008-iran-agent.xml",
      "pacs009-cov-hidden-creditor.xml", "pain001-two-transactions.xml"})
  void streamingReaderAgreesWithProwideTypedModel(String name) {
    ParsedPayment fast = IsoXmlExtractor.extract(TestMessages.bytes(name), name);
    ParsedPayment reference = ProwideMxExtractor.extract(TestMessages.bytes(name), name);
    assertThat(fast.messageId()).isEqualTo(reference.messageId());
    assertThat(fast.format()).isEqualTo(reference.format());
    assertThat(fast.amount()).isEqualByComparingTo(reference.amount());
    assertThat(fast.currency()).isEqualTo(reference.currency());
    assertThat(sorted(fast.parties())).isEqualTo(sorted(reference.parties()));
    assertThat(fast.freeText()).containsExactlyInAnyOrderElementsOf(reference.freeText());
  }

  @Test
  void mt103SeparatesTheNameInField59FromItsAddress() {
    ParsedPayment p = TestMessages.parse("mt103-chinyong.txt");
    assertThat(p.format()).isEqualTo(MessageFormat.MT103);
    assertThat(p.messageId()).isEqualTo("MT103-0001");
    assertThat(p.amount()).isEqualByComparingTo("48000.00");
    PartyField f59 = p.party(PartyRole.CREDITOR);
    assertThat(f59.fieldPath()).isEqualTo("59");
    assertThat(f59.name()).isEqualTo("CHINYONG INFORMATION TECHNOLOGY COOPERATION CO");
    assertThat(f59.addressLines()).containsExactly("PROSPEKT MIRA 21", "VLADIVOSTOK RUSSIA");
    assertThat(f59.account()).isEqualTo("RU0244525225000012345");
    assertThat(p.party(PartyRole.DEBTOR).name()).isEqualTo("MUSTER HANDELS GMBH");
    assertThat(p.party(PartyRole.DEBTOR_AGENT).bic()).isEqualTo("DEUTDEFF");
    assertThat(p.party(PartyRole.SENDER).bic()).isEqualTo("DEUTDEFF");
    assertThat(p.freeText()).containsExactly(new FreeText("70", "SOFTWARE DEVELOPMENT SERVICES Q2"));
  }

  @Test
  void mt103Field50fIsReadByLineNumbers() {
    ParsedPayment p = TestMessages.parse("mt103-clean-50f.txt");
    PartyField f50 = p.party(PartyRole.DEBTOR);
    assertThat(f50.fieldPath()).isEqualTo("50F");
    assertThat(f50.name()).isEqualTo("HANNA SCHMIDT");
    assertThat(f50.country()).isEqualTo("DE");
    assertThat(f50.addressLines()).containsExactly("MAINZER LANDSTRASSE 16", "FRANKFURT AM MAIN");
    assertThat(f50.account()).isEqualTo("DE89370400440532013000");
    assertThat(p.currency()).isEqualTo("EUR");
  }

  @Test
  void mt202CovReportsSequenceBFieldsApart() {
    ParsedPayment p = TestMessages.parse("mt202cov-hidden.txt");
    assertThat(p.format()).isEqualTo(MessageFormat.MT202COV);
    assertThat(p.parties()).extracting(PartyField::fieldPath).contains("58A", "B/50K", "B/59", "B/57A");
    PartyField b59 = p.parties().stream().filter(f -> f.fieldPath().equals("B/59")).findFirst().orElseThrow();
    assertThat(b59.name()).isEqualTo("KIM SANG MAN");
    assertThat(b59.role()).isEqualTo(PartyRole.CREDITOR);
    assertThat(p.party(PartyRole.CREDITOR_INSTITUTION).fieldPath()).isEqualTo("58A");
  }

  @Test
  void cryptoTransferKeepsBothAddresses() {
    ParsedPayment p = TestMessages.parse("crypto-kim-upper.json");
    assertThat(p.format()).isEqualTo(MessageFormat.CRYPTO);
    assertThat(p.cryptoTransfer()).isEqualTo(new CryptoTransfer("ETH", "USDT",
        "0x1111111111111111111111111111111111111111", "0x97B1043ABD9E6FC31681635166D430A458D14F9C"));
    assertThat(p.amount()).isEqualByComparingTo("1.5");
  }

  @Test
  void truncatedXmlIsRejectedWithLine() {
    assertThatThrownBy(() -> TestMessages.parse("pacs008-truncated.xml"))
        .isInstanceOf(PaymentParseException.class)
        .hasMessageContaining("pacs008-truncated.xml")
        .hasMessageContaining("truncated")
        .hasMessageContaining("line");
  }

  @Test
  void truncatedMtIsRejected() {
    String mt = new String(TestMessages.bytes("mt103-chinyong.txt"));
    assertThatThrownBy(() -> PaymentParser.parse(mt.substring(0, mt.indexOf(":70:")), "cut.txt"))
        .isInstanceOf(PaymentParseException.class)
        .hasMessageContaining("truncated");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "hello", "<Document xmlns=\"urn:x\"><Foo/></Document>", "{\"id\":\"1\",\"chain\":\"ETH\"}",
      "{4:\n:20:X\n-}", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Document>&e;</Document>"})
  void unreadableContentIsRefused(String content) {
    assertThatThrownBy(() -> PaymentParser.parse(content, "m")).isInstanceOf(PaymentParseException.class);
  }

  private static List<PartyField> sorted(List<PartyField> parties) {
    return parties.stream().sorted(Comparator.comparing(PartyField::fieldPath)).toList();
  }
}
