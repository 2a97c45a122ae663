package io.interdict.payments;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads pacs.008, pacs.009 (with the underlying customer credit transfer of a cover payment) and
 * pain.001 of any version with one streaming pass. ISO 20022 keeps its element names stable across
 * versions (Dbtr, CdtrAgt, PstlAdr/AdrLine, RmtInf/Ustrd ...), so one walker serves them all; it is
 * the fast path the decider uses, cross-checked against Prowide's typed model
 * ({@link ProwideMxExtractor}) on the test messages. Malformed or truncated XML throws
 * {@link PaymentParseException} with line and column. DTDs and external entities are refused.
 */
final class IsoXmlExtractor {
  private static final XMLInputFactory FACTORY = newFactory();
  /** Elements under which parties sit; a Dbtr anywhere else (Tax/Dbtr, Strd/Invcr) is not a party. */
  private static final Set<String> CONTAINERS = Set.of("CdtTrfTxInf", "PmtInf", "GrpHdr", "UndrlygCstmrCdtTrf");
  private static final Set<String> BIC_ELEMENTS = Set.of("BICFI", "BIC", "AnyBIC", "BICOrBEI");

  private IsoXmlExtractor() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static ParsedPayment extract(byte[] xml, String origin) {
    try {
      XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        return new Walk(origin).run(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String where = l == null ? "" : " at line " + l.getLineNumber() + ", column " + l.getColumnNumber();
      throw new PaymentParseException(origin + ": malformed or truncated XML" + where + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    String t = s.replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }

  /** State of one pass. */
  private static final class Walk {
    private final String origin;
    private final List<String> stack = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<String, PartyBuilder> parties = new LinkedHashMap<>();
    private final List<FreeText> freeText = new ArrayList<>();
    private MessageFormat format = MessageFormat.UNKNOWN;
    private int rootDepth = -1;
    private int skipDepth = -1;
    private int txIndex;
    private int pmtIndex;
    private PartyBuilder party;
    private int partyDepth = -1;
    private PartyBuilder account;
    private int accountDepth = -1;
    private String messageId;
    private String fallbackId;
    private String amountCcy;
    private String currency;
    private BigDecimal amount;
    private boolean mixedCurrencies;

    Walk(String origin) {
      this.origin = origin;
    }

    ParsedPayment run(XMLStreamReader r) throws XMLStreamException {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          start(r);
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          text.append(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          end();
        }
      }
      if (format == MessageFormat.UNKNOWN) {
        throw new PaymentParseException(origin + ": not a pacs.008, pacs.009 or pain.001 message (no FIToFICstmrCdtTrf, "
            + "FICdtTrf or CstmrCdtTrfInitn element)");
      }
      String id = messageId != null ? messageId : fallbackId;
      if (id == null) {
        throw new PaymentParseException(origin + ": " + format.label() + " without GrpHdr/MsgId or EndToEndId");
      }
      List<PartyField> out = new ArrayList<>(parties.size());
      for (PartyBuilder b : parties.values()) {
        out.add(b.build());
      }
      return new ParsedPayment(id, format, out, mixedCurrencies ? null : amount, currency, freeText, null);
    }

    private void start(XMLStreamReader r) {
      String name = r.getLocalName();
      stack.add(name);
      text.setLength(0);
      int depth = stack.size() - 1;
      if (skipDepth >= 0) {
        return;
      }
      if (rootDepth < 0) {
        if ("AppHdr".equals(name)) {
          skipDepth = depth; // business application header: routing data, not the payment
          return;
        }
        MessageFormat f = IsoRoles.formatOfRoot(name);
        if (f != MessageFormat.UNKNOWN) {
          format = f;
          rootDepth = depth;
        }
        return;
      }
      if (party == null && account == null) {
        String parent = stack.get(depth - 1);
        if ("CdtTrfTxInf".equals(name)) {
          txIndex++;
        } else if ("PmtInf".equals(name)) {
          pmtIndex++;
          txIndex = 0;
        }
        if (CONTAINERS.contains(parent)) {
          PartyRole role = IsoRoles.role(name, format, "UndrlygCstmrCdtTrf".equals(parent));
          if (role != null) {
            party = parties.computeIfAbsent(prefix(depth) + name, p -> new PartyBuilder(p, role));
            partyDepth = depth;
          } else if (name.endsWith("Acct") && IsoRoles.ROLES.containsKey(name.substring(0, name.length() - 4))) {
            String path = prefix(depth) + name.substring(0, name.length() - 4);
            account = parties.get(path);
            if (account == null) {
              account = new PartyBuilder(path, PartyRole.DEBTOR); // detached: read, then dropped
            }
            accountDepth = depth;
          }
        }
      }
      if (("IntrBkSttlmAmt".equals(name) || "InstdAmt".equals(name)) && party == null) {
        amountCcy = r.getAttributeValue(null, "Ccy");
      }
    }

    private void end() {
      int depth = stack.size() - 1;
      String name = stack.get(depth);
      String value = text.toString().strip();
      text.setLength(0);
      if (skipDepth >= 0) {
        if (depth == skipDepth) {
          skipDepth = -1;
        }
        stack.remove(depth);
        return;
      }
      String parent = depth > 0 ? stack.get(depth - 1) : "";
      if (party != null) {
        if (depth == partyDepth) {
          party = null;
          partyDepth = -1;
        } else {
          partyValue(name, parent, depth, value);
        }
      } else if (account != null) {
        if (depth == accountDepth) {
          account = null;
          accountDepth = -1;
        } else if (account.account == null && ("IBAN".equals(name) || "Id".equals(name) && "Othr".equals(parent))) {
          account.account = value;
        }
      } else if (rootDepth >= 0 && depth > rootDepth) {
        messageValue(name, parent, depth, value);
      }
      stack.remove(depth);
    }

    private void partyValue(String name, String parent, int depth, String value) {
      if (value.isEmpty()) {
        return;
      }
      if ("Nm".equals(name) && (depth == partyDepth + 1 || "FinInstnId".equals(parent))) {
        if (party.name == null) {
          party.name = value;
        }
      } else if (BIC_ELEMENTS.contains(name)) {
        if (party.bic == null) {
          party.bic = value;
        }
      } else if ("PstlAdr".equals(parent)) {
        if ("Ctry".equals(name)) {
          party.country = value;
        } else if ("AdrLine".equals(name)) {
          party.addressLine(value);
        } else if (!"AdrTp".equals(name)) {
          party.addressPart(value);
        }
      } else if ("CtryOfRes".equals(name) && party.country == null) {
        party.country = value;
      }
    }

    private void messageValue(String name, String parent, int depth, String value) {
      switch (name) {
        case "MsgId":
          if ("GrpHdr".equals(parent) && messageId == null) {
            messageId = value;
          }
          break;
        case "EndToEndId":
        case "UETR":
          if (fallbackId == null && !value.isEmpty() && !"NOTPROVIDED".equals(value)) {
            fallbackId = value;
          }
          break;
        case "IntrBkSttlmAmt":
          if ("CdtTrfTxInf".equals(parent)) {
            addAmount(value);
          }
          break;
        case "InstdAmt":
          if (format == MessageFormat.PAIN_001 && "Amt".equals(parent)) {
            addAmount(value);
          }
          break;
        case "Ustrd":
          freeText.add(new FreeText(prefix(depth - 1) + "RmtInf/Ustrd", value));
          break;
        case "AddtlRmtInf":
          freeText.add(new FreeText(prefix(depth - 1) + "RmtInf/Strd/AddtlRmtInf", value));
          break;
        case "InstrInf":
          freeText.add(new FreeText(prefix(depth - 1) + parent + "/InstrInf", value));
          break;
        case "InstrForDbtrAgt":
          freeText.add(new FreeText(prefix(depth) + "InstrForDbtrAgt", value));
          break;
        default:
          break;
      }
    }

    private void addAmount(String value) {
      BigDecimal v;
      try {
        v = new BigDecimal(value);
      } catch (NumberFormatException e) {
        throw new PaymentParseException(origin + ": amount '" + value + "' is not a number");
      }
      if (currency == null) {
        currency = amountCcy;
        amount = v;
      } else if (currency.equals(amountCcy)) {
        amount = amount.add(v);
      } else {
        mixedCurrencies = true;
      }
    }

    /** Path prefix of the element at {@code depth}: containers above it, transaction index when > 1. */
    private String prefix(int depth) {
      StringBuilder sb = new StringBuilder();
      for (int i = rootDepth + 1; i < depth; i++) {
        String e = stack.get(i);
        switch (e) {
          case "GrpHdr":
          case "UndrlygCstmrCdtTrf":
            sb.append(e).append('/');
            break;
          case "PmtInf":
            sb.append(pmtIndex > 1 ? "PmtInf[" + pmtIndex + "]/" : "PmtInf/");
            break;
          case "CdtTrfTxInf":
            if (txIndex > 1) {
              sb.append("CdtTrfTxInf[").append(txIndex).append("]/");
            }
            break;
          default:
            break;
        }
      }
      return sb.toString();
    }
  }
}
