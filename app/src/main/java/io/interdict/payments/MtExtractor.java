package io.interdict.payments;

import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads SWIFT MT103, MT202 and MT202COV with Prowide's MT parser (blocks and tags), then splits each
 * party field itself: in 50K, 59, 52D ... the first line after the account is the name and the
 * following lines are the address, and they are kept apart (a name glued to its street would be
 * screened as a different name). 50F/59F are read by their line numbers (1/ name, 2/ address,
 * 3/ country and town). In MT202COV everything from the first 50a on is sequence B, the underlying
 * customer credit transfer, and its fields are reported as {@code B/50K}, {@code B/59} ...
 */
final class MtExtractor {
  private MtExtractor() {}

  static ParsedPayment extract(String text, String origin) {
    int b4 = text.indexOf("{4:");
    if (b4 < 0) {
      throw new PaymentParseException(origin + ": SWIFT MT message without text block {4:");
    }
    if (!text.substring(b4).matches("(?s).*\\R-}.*")) {
      throw new PaymentParseException(origin + ": SWIFT MT message is truncated (block 4 does not end with '-}')");
    }
    SwiftMessage msg;
    try {
      SwiftParser parser = new SwiftParser(text);
      msg = parser.message();
    } catch (IOException | RuntimeException e) {
      throw new PaymentParseException(origin + ": cannot parse SWIFT MT message: " + e.getMessage());
    }
    if (msg == null || msg.getBlock4() == null || msg.getBlock4().isEmpty()) {
      throw new PaymentParseException(origin + ": SWIFT MT message has an empty text block");
    }
    String type = msg.getType();
    MessageFormat format;
    if ("103".equals(type)) {
      format = MessageFormat.MT103;
    } else if ("202".equals(type)) {
      format = msg.isCOV() || hasTag(msg, "50") ? MessageFormat.MT202COV : MessageFormat.MT202;
    } else {
      throw new PaymentParseException(origin + ": MT" + type + " is not a payment Interdict screens (MT103, MT202, MT202COV)");
    }
    List<PartyField> parties = new ArrayList<>();
    List<FreeText> texts = new ArrayList<>();
    String reference = null;
    BigDecimal amount = null;
    String currency = null;
    if (msg.getSender() != null) {
      parties.add(new PartyField("SENDER", PartyRole.SENDER, null, Bics.normalize(msg.getSender()), null, List.of(), null));
    }
    if (msg.getReceiver() != null) {
      parties.add(new PartyField("RECEIVER", PartyRole.RECEIVER, null, Bics.normalize(msg.getReceiver()), null, List.of(), null));
    }
    boolean seqB = false;
    for (Tag t : msg.getBlock4().getTags()) {
      String name = t.getName();
      String value = t.getValue() == null ? "" : t.getValue();
      if (format == MessageFormat.MT202COV && name.startsWith("50")) {
        seqB = true;
      }
      String path = (seqB ? "B/" : "") + name;
      if ("20".equals(name)) {
        reference = value.strip();
      } else if ("32A".equals(name)) {
        if (value.length() < 10) {
          throw new PaymentParseException(origin + ": field 32A '" + value + "' is too short");
        }
        currency = value.substring(6, 9);
        amount = amount(value.substring(9), origin);
      } else if ("70".equals(name) || "72".equals(name) || "77B".equals(name)) {
        texts.add(new FreeText(path, value.strip().replaceAll("\\R", " ")));
      } else {
        PartyRole role = role(name.substring(0, Math.min(2, name.length())), format, seqB);
        if (role != null) {
          parties.add(party(path, role, name, value));
        }
      }
    }
    if (reference == null || reference.isEmpty()) {
      throw new PaymentParseException(origin + ": MT" + type + " without field 20 (sender's reference)");
    }
    return new ParsedPayment(reference, format, parties, amount, currency, texts, null);
  }

  private static boolean hasTag(SwiftMessage msg, String prefix) {
    for (Tag t : msg.getBlock4().getTags()) {
      if (t.getName().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Role of a party field by its number; in MT202 sequence A 52a and 58a are the debtor and creditor institutions. */
  private static PartyRole role(String number, MessageFormat format, boolean seqB) {
    boolean customer = format == MessageFormat.MT103 || seqB;
    switch (number) {
      case "50":
        return PartyRole.DEBTOR;
      case "59":
        return PartyRole.CREDITOR;
      case "51":
        return PartyRole.INSTRUCTING_AGENT;
      case "52":
        return customer ? PartyRole.DEBTOR_AGENT : PartyRole.DEBTOR_INSTITUTION;
      case "53":
        return PartyRole.SENDER_CORRESPONDENT;
      case "54":
        return PartyRole.RECEIVER_CORRESPONDENT;
      case "55":
      case "56":
        return PartyRole.INTERMEDIARY_AGENT;
      case "57":
        return PartyRole.CREDITOR_AGENT;
      case "58":
        return PartyRole.CREDITOR_INSTITUTION;
      default:
        return null;
    }
  }

  static PartyField party(String path, PartyRole role, String tag, String value) {
    List<String> lines = new ArrayList<>();
    for (String l : value.split("\\R")) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    String option = tag.length() > 2 ? tag.substring(2) : "";
    String account = null;
    if (!lines.isEmpty() && lines.get(0).startsWith("/")
        || "F".equals(option) && !lines.isEmpty() && !lines.get(0).matches("\\d/.*")) {
      account = lines.remove(0).replaceFirst("^/", "");
    }
    switch (option) {
      case "A":
        return new PartyField(path, role, null, lines.isEmpty() ? null : Bics.normalize(lines.get(0)), null, List.of(), account);
      case "F":
        return numbered(path, role, lines, account);
      case "B":
      case "C":
        return new PartyField(path, role, null, null, null, lines, account);
      default: // K, D and the letterless 59: name, then address lines
        String name = lines.isEmpty() ? null : lines.get(0);
        return new PartyField(path, role, name, null, null, lines.size() > 1 ? lines.subList(1, lines.size()) : List.of(),
            account);
    }
  }

  /** 50F/59F: 1/ name (repeated lines continue it), 2/ address, 3/ country code and town, others ignored. */
  private static PartyField numbered(String path, PartyRole role, List<String> lines, String account) {
    StringBuilder name = new StringBuilder();
    List<String> address = new ArrayList<>();
    String country = null;
    for (String l : lines) {
      if (l.length() < 2 || l.charAt(1) != '/') {
        continue;
      }
      String v = l.substring(2).strip();
      switch (l.charAt(0)) {
        case '1':
          name.append(name.length() == 0 ? "" : " ").append(v);
          break;
        case '2':
          address.add(v);
          break;
        case '3':
          if (v.length() >= 2 && Character.isLetter(v.charAt(0)) && Character.isLetter(v.charAt(1))) {
            country = v.substring(0, 2).toUpperCase(Locale.ROOT);
          }
          address.add(v.length() > 3 && v.charAt(2) == '/' ? v.substring(3) : v);
          break;
        default:
          break;
      }
    }
    return new PartyField(path, role, name.toString(), null, country, address, account);
  }

  private static BigDecimal amount(String s, String origin) {
    try {
      return new BigDecimal(s.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new PaymentParseException(origin + ": amount '" + s + "' in field 32A is not a number");
    }
  }
}
