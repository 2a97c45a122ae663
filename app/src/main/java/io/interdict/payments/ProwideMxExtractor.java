package io.interdict.payments;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.MxPacs00900108;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction36;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction37;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction39;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader93;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PostalAddress24;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CBPR+ generation of ISO 20022 messages (pacs.008.001.08, pacs.009.001.08, pain.001.001.09)
 * through Prowide's typed model. It is the reference the streaming {@link IsoXmlExtractor} is checked
 * against, field for field, and the baseline the payments benchmark measures.
 */
public final class ProwideMxExtractor {
  private ProwideMxExtractor() {}

  /** Parses with Prowide; other message types and versions are refused. */
  public static ParsedPayment extract(byte[] xml, String origin) {
    AbstractMX mx;
    try {
      mx = AbstractMX.parse(new String(xml, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new PaymentParseException(origin + ": Prowide cannot parse the message: " + e.getMessage());
    }
    Out out = new Out();
    if (mx instanceof MxPacs00800108 m && m.getFIToFICstmrCdtTrf() != null) {
      out.format = MessageFormat.PACS_008;
      header(out, m.getFIToFICstmrCdtTrf().getGrpHdr());
      List<CreditTransferTransaction39> txs = m.getFIToFICstmrCdtTrf().getCdtTrfTxInf();
      for (int i = 0; i < txs.size(); i++) {
        CreditTransferTransaction39 t = txs.get(i);
        String p = txPrefix(i, txs.size());
        out.fallbackId(t.getPmtId() == null ? null : t.getPmtId().getEndToEndId());
        agents(out, p, t.getPrvsInstgAgt1(), t.getPrvsInstgAgt1Acct(), t.getPrvsInstgAgt2(), t.getPrvsInstgAgt2Acct(),
            t.getPrvsInstgAgt3(), t.getPrvsInstgAgt3Acct());
        out.agent(p + "InstgAgt", PartyRole.INSTRUCTING_AGENT, t.getInstgAgt(), null);
        out.agent(p + "InstdAgt", PartyRole.INSTRUCTED_AGENT, t.getInstdAgt(), null);
        intermediaries(out, p, t.getIntrmyAgt1(), t.getIntrmyAgt1Acct(), t.getIntrmyAgt2(), t.getIntrmyAgt2Acct(),
            t.getIntrmyAgt3(), t.getIntrmyAgt3Acct());
        out.party(p + "UltmtDbtr", PartyRole.ULTIMATE_DEBTOR, t.getUltmtDbtr(), null);
        out.party(p + "InitgPty", PartyRole.INITIATING_PARTY, t.getInitgPty(), null);
        out.party(p + "Dbtr", PartyRole.DEBTOR, t.getDbtr(), t.getDbtrAcct());
        out.agent(p + "DbtrAgt", PartyRole.DEBTOR_AGENT, t.getDbtrAgt(), t.getDbtrAgtAcct());
        out.agent(p + "CdtrAgt", PartyRole.CREDITOR_AGENT, t.getCdtrAgt(), t.getCdtrAgtAcct());
        out.party(p + "Cdtr", PartyRole.CREDITOR, t.getCdtr(), t.getCdtrAcct());
        out.party(p + "UltmtCdtr", PartyRole.ULTIMATE_CREDITOR, t.getUltmtCdtr(), null);
        t.getInstrForCdtrAgt().forEach(x -> out.text(p + "InstrForCdtrAgt/InstrInf", x.getInstrInf()));
        t.getInstrForNxtAgt().forEach(x -> out.text(p + "InstrForNxtAgt/InstrInf", x.getInstrInf()));
        remittance(out, p, t.getRmtInf());
        if (t.getIntrBkSttlmAmt() != null) {
          out.amount(t.getIntrBkSttlmAmt().getValue(), t.getIntrBkSttlmAmt().getCcy());
        }
      }
    } else if (mx instanceof MxPacs00900108 m && m.getFICdtTrf() != null) {
      out.format = MessageFormat.PACS_009;
      header(out, m.getFICdtTrf().getGrpHdr());
      List<CreditTransferTransaction36> txs = m.getFICdtTrf().getCdtTrfTxInf();
      for (int i = 0; i < txs.size(); i++) {
        CreditTransferTransaction36 t = txs.get(i);
        String p = txPrefix(i, txs.size());
        out.fallbackId(t.getPmtId() == null ? null : t.getPmtId().getEndToEndId());
        agents(out, p, t.getPrvsInstgAgt1(), t.getPrvsInstgAgt1Acct(), t.getPrvsInstgAgt2(), t.getPrvsInstgAgt2Acct(),
            t.getPrvsInstgAgt3(), t.getPrvsInstgAgt3Acct());
        out.agent(p + "InstgAgt", PartyRole.INSTRUCTING_AGENT, t.getInstgAgt(), null);
        out.agent(p + "InstdAgt", PartyRole.INSTRUCTED_AGENT, t.getInstdAgt(), null);
        intermediaries(out, p, t.getIntrmyAgt1(), t.getIntrmyAgt1Acct(), t.getIntrmyAgt2(), t.getIntrmyAgt2Acct(),
            t.getIntrmyAgt3(), t.getIntrmyAgt3Acct());
        out.agent(p + "UltmtDbtr", PartyRole.DEBTOR_INSTITUTION, t.getUltmtDbtr(), null);
        out.agent(p + "Dbtr", PartyRole.DEBTOR_INSTITUTION, t.getDbtr(), t.getDbtrAcct());
        out.agent(p + "DbtrAgt", PartyRole.DEBTOR_AGENT, t.getDbtrAgt(), t.getDbtrAgtAcct());
        out.agent(p + "CdtrAgt", PartyRole.CREDITOR_AGENT, t.getCdtrAgt(), t.getCdtrAgtAcct());
        out.agent(p + "Cdtr", PartyRole.CREDITOR_INSTITUTION, t.getCdtr(), t.getCdtrAcct());
        out.agent(p + "UltmtCdtr", PartyRole.CREDITOR_INSTITUTION, t.getUltmtCdtr(), null);
        t.getInstrForCdtrAgt().forEach(x -> out.text(p + "InstrForCdtrAgt/InstrInf", x.getInstrInf()));
        t.getInstrForNxtAgt().forEach(x -> out.text(p + "InstrForNxtAgt/InstrInf", x.getInstrInf()));
        if (t.getRmtInf() != null) {
          t.getRmtInf().getUstrd().forEach(u -> out.text(p + "RmtInf/Ustrd", u));
        }
        underlying(out, p + "UndrlygCstmrCdtTrf/", t.getUndrlygCstmrCdtTrf());
        if (t.getIntrBkSttlmAmt() != null) {
          out.amount(t.getIntrBkSttlmAmt().getValue(), t.getIntrBkSttlmAmt().getCcy());
        }
      }
    } else if (mx instanceof MxPain00100109 m && m.getCstmrCdtTrfInitn() != null) {
      out.format = MessageFormat.PAIN_001;
      out.messageId = m.getCstmrCdtTrfInitn().getGrpHdr() == null ? null : m.getCstmrCdtTrfInitn().getGrpHdr().getMsgId();
      if (m.getCstmrCdtTrfInitn().getGrpHdr() != null) {
        out.party("GrpHdr/InitgPty", PartyRole.INITIATING_PARTY, m.getCstmrCdtTrfInitn().getGrpHdr().getInitgPty(), null);
        out.agent("GrpHdr/FwdgAgt", PartyRole.INSTRUCTING_AGENT, m.getCstmrCdtTrfInitn().getGrpHdr().getFwdgAgt(), null);
      }
      List<PaymentInstruction30> pmts = m.getCstmrCdtTrfInitn().getPmtInf();
      for (int j = 0; j < pmts.size(); j++) {
        PaymentInstruction30 pi = pmts.get(j);
        String pp = j == 0 ? "PmtInf/" : "PmtInf[" + (j + 1) + "]/";
        out.party(pp + "Dbtr", PartyRole.DEBTOR, pi.getDbtr(), pi.getDbtrAcct());
        out.agent(pp + "DbtrAgt", PartyRole.DEBTOR_AGENT, pi.getDbtrAgt(), pi.getDbtrAgtAcct());
        out.text(pp + "InstrForDbtrAgt", pi.getInstrForDbtrAgt());
        out.party(pp + "UltmtDbtr", PartyRole.ULTIMATE_DEBTOR, pi.getUltmtDbtr(), null);
        List<CreditTransferTransaction34> txs = pi.getCdtTrfTxInf();
        for (int i = 0; i < txs.size(); i++) {
          CreditTransferTransaction34 t = txs.get(i);
          String p = pp + txPrefix(i, txs.size());
          out.fallbackId(t.getPmtId() == null ? null : t.getPmtId().getEndToEndId());
          out.party(p + "UltmtDbtr", PartyRole.ULTIMATE_DEBTOR, t.getUltmtDbtr(), null);
          intermediaries(out, p, t.getIntrmyAgt1(), t.getIntrmyAgt1Acct(), t.getIntrmyAgt2(), t.getIntrmyAgt2Acct(),
              t.getIntrmyAgt3(), t.getIntrmyAgt3Acct());
          out.agent(p + "CdtrAgt", PartyRole.CREDITOR_AGENT, t.getCdtrAgt(), t.getCdtrAgtAcct());
          out.party(p + "Cdtr", PartyRole.CREDITOR, t.getCdtr(), t.getCdtrAcct());
          out.party(p + "UltmtCdtr", PartyRole.ULTIMATE_CREDITOR, t.getUltmtCdtr(), null);
          t.getInstrForCdtrAgt().forEach(x -> out.text(p + "InstrForCdtrAgt/InstrInf", x.getInstrInf()));
          out.text(p + "InstrForDbtrAgt", t.getInstrForDbtrAgt());
          remittance(out, p, t.getRmtInf());
          if (t.getAmt() != null && t.getAmt().getInstdAmt() != null) {
            out.amount(t.getAmt().getInstdAmt().getValue(), t.getAmt().getInstdAmt().getCcy());
          }
        }
      }
    } else {
      throw new PaymentParseException(origin + ": Prowide reference reader covers pacs.008.001.08, pacs.009.001.08 "
          + "and pain.001.001.09 only" + (mx == null ? " (nothing parsed)" : " (got " + mx.getMxId().id() + ")"));
    }
    return out.build(origin);
  }

  private static String txPrefix(int i, int n) {
    return i == 0 ? "" : "CdtTrfTxInf[" + (i + 1) + "]/";
  }

  private static void header(Out out, GroupHeader93 h) {
    if (h != null) {
      out.messageId = h.getMsgId();
      out.agent("GrpHdr/InstgAgt", PartyRole.INSTRUCTING_AGENT, h.getInstgAgt(), null);
      out.agent("GrpHdr/InstdAgt", PartyRole.INSTRUCTED_AGENT, h.getInstdAgt(), null);
    }
  }

  private static void agents(Out out, String p, BranchAndFinancialInstitutionIdentification6 a1, CashAccount38 c1,
      BranchAndFinancialInstitutionIdentification6 a2, CashAccount38 c2,
      BranchAndFinancialInstitutionIdentification6 a3, CashAccount38 c3) {
    out.agent(p + "PrvsInstgAgt1", PartyRole.PREVIOUS_INSTRUCTING_AGENT, a1, c1);
    out.agent(p + "PrvsInstgAgt2", PartyRole.PREVIOUS_INSTRUCTING_AGENT, a2, c2);
    out.agent(p + "PrvsInstgAgt3", PartyRole.PREVIOUS_INSTRUCTING_AGENT, a3, c3);
  }

  private static void intermediaries(Out out, String p, BranchAndFinancialInstitutionIdentification6 a1,
      CashAccount38 c1, BranchAndFinancialInstitutionIdentification6 a2, CashAccount38 c2,
      BranchAndFinancialInstitutionIdentification6 a3, CashAccount38 c3) {
    out.agent(p + "IntrmyAgt1", PartyRole.INTERMEDIARY_AGENT, a1, c1);
    out.agent(p + "IntrmyAgt2", PartyRole.INTERMEDIARY_AGENT, a2, c2);
    out.agent(p + "IntrmyAgt3", PartyRole.INTERMEDIARY_AGENT, a3, c3);
  }

  private static void underlying(Out out, String p, CreditTransferTransaction37 u) {
    if (u == null) {
      return;
    }
    out.party(p + "UltmtDbtr", PartyRole.ULTIMATE_DEBTOR, u.getUltmtDbtr(), null);
    out.party(p + "InitgPty", PartyRole.INITIATING_PARTY, u.getInitgPty(), null);
    out.party(p + "Dbtr", PartyRole.DEBTOR, u.getDbtr(), u.getDbtrAcct());
    out.agent(p + "DbtrAgt", PartyRole.DEBTOR_AGENT, u.getDbtrAgt(), u.getDbtrAgtAcct());
    agents(out, p, u.getPrvsInstgAgt1(), u.getPrvsInstgAgt1Acct(), u.getPrvsInstgAgt2(), u.getPrvsInstgAgt2Acct(),
        u.getPrvsInstgAgt3(), u.getPrvsInstgAgt3Acct());
    intermediaries(out, p, u.getIntrmyAgt1(), u.getIntrmyAgt1Acct(), u.getIntrmyAgt2(), u.getIntrmyAgt2Acct(),
        u.getIntrmyAgt3(), u.getIntrmyAgt3Acct());
    out.agent(p + "CdtrAgt", PartyRole.CREDITOR_AGENT, u.getCdtrAgt(), u.getCdtrAgtAcct());
    out.party(p + "Cdtr", PartyRole.CREDITOR, u.getCdtr(), u.getCdtrAcct());
    out.party(p + "UltmtCdtr", PartyRole.ULTIMATE_CREDITOR, u.getUltmtCdtr(), null);
    u.getInstrForCdtrAgt().forEach(x -> out.text(p + "InstrForCdtrAgt/InstrInf", x.getInstrInf()));
    u.getInstrForNxtAgt().forEach(x -> out.text(p + "InstrForNxtAgt/InstrInf", x.getInstrInf()));
    remittance(out, p, u.getRmtInf());
  }

  private static void remittance(Out out, String p, RemittanceInformation16 r) {
    if (r == null) {
      return;
    }
    r.getUstrd().forEach(u -> out.text(p + "RmtInf/Ustrd", u));
    r.getStrd().forEach(s -> s.getAddtlRmtInf().forEach(a -> out.text(p + "RmtInf/Strd/AddtlRmtInf", a)));
  }

  /** Accumulates the result. */
  private static final class Out {
    MessageFormat format;
    String messageId;
    String fallbackId;
    final List<PartyField> parties = new ArrayList<>();
    final List<FreeText> texts = new ArrayList<>();
    BigDecimal amount;
    String currency;
    boolean mixed;

    void fallbackId(String id) {
      if (fallbackId == null && id != null && !id.isBlank() && !"NOTPROVIDED".equals(id)) {
        fallbackId = id;
      }
    }

    void text(String path, String value) {
      if (value != null && !value.isBlank()) {
        texts.add(new FreeText(path, value.strip()));
      }
    }

    void amount(BigDecimal v, String ccy) {
      if (currency == null) {
        currency = ccy;
        amount = v;
      } else if (currency.equals(ccy)) {
        amount = amount.add(v);
      } else {
        mixed = true;
      }
    }

    void party(String path, PartyRole role, PartyIdentification135 p, CashAccount38 acct) {
      if (p == null) {
        return;
      }
      PartyBuilder b = new PartyBuilder(path, role);
      b.name = p.getNm();
      if (p.getId() != null && p.getId().getOrgId() != null) {
        b.bic = p.getId().getOrgId().getAnyBIC();
      }
      address(b, p.getPstlAdr());
      if (b.country == null) {
        b.country = p.getCtryOfRes();
      }
      b.account = account(acct);
      parties.add(b.build());
    }

    void agent(String path, PartyRole role, BranchAndFinancialInstitutionIdentification6 a, CashAccount38 acct) {
      if (a == null || a.getFinInstnId() == null) {
        return;
      }
      PartyBuilder b = new PartyBuilder(path, role);
      b.name = a.getFinInstnId().getNm();
      b.bic = a.getFinInstnId().getBICFI();
      address(b, a.getFinInstnId().getPstlAdr());
      b.account = account(acct);
      parties.add(b.build());
    }

    private static void address(PartyBuilder b, PostalAddress24 a) {
      if (a == null) {
        return;
      }
      for (String part : new String[] {a.getDept(), a.getSubDept(), a.getStrtNm(), a.getBldgNb(), a.getBldgNm(),
          a.getFlr(), a.getPstBx(), a.getRoom(), a.getPstCd(), a.getTwnNm(), a.getTwnLctnNm(), a.getDstrctNm(),
          a.getCtrySubDvsn()}) {
        b.addressPart(part);
      }
      b.country = a.getCtry();
      a.getAdrLine().forEach(b::addressLine);
    }

    private static String account(CashAccount38 acct) {
      if (acct == null || acct.getId() == null) {
        return null;
      }
      if (acct.getId().getIBAN() != null) {
        return acct.getId().getIBAN();
      }
      return acct.getId().getOthr() == null ? null : acct.getId().getOthr().getId();
    }

    ParsedPayment build(String origin) {
      String id = messageId != null && !messageId.isBlank() ? messageId : fallbackId;
      if (id == null) {
        throw new PaymentParseException(origin + ": " + format.label() + " without GrpHdr/MsgId or EndToEndId");
      }
      return new ParsedPayment(id, format, parties, mixed ? null : amount, currency, texts, null);
    }
  }
}
