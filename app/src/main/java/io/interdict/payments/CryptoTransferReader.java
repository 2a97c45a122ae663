package io.interdict.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a crypto transfer: {@code {"id":"..","chain":"ETH","from":"0x..","to":"0x..","amount":"1.5",
 * "asset":"USDT"}}. {@code id}, {@code chain}, {@code from} and {@code to} are required.
 */
final class CryptoTransferReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CryptoTransferReader() {}

  static ParsedPayment extract(byte[] json, String origin) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new PaymentParseException(origin + ": malformed or truncated JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PaymentParseException(origin + ": cannot read JSON: " + e.getMessage());
    }
    if (n == null || !n.isObject()) {
      throw new PaymentParseException(origin + ": a crypto transfer must be a JSON object");
    }
    String id = required(n, "id", origin);
    String chain = required(n, "chain", origin).toUpperCase(Locale.ROOT);
    String from = required(n, "from", origin);
    String to = required(n, "to", origin);
    String asset = n.hasNonNull("asset") ? n.get("asset").asText().strip().toUpperCase(Locale.ROOT) : chain;
    BigDecimal amount = null;
    if (n.hasNonNull("amount")) {
      try {
        amount = new BigDecimal(n.get("amount").asText().strip());
      } catch (NumberFormatException e) {
        throw new PaymentParseException(origin + ": amount '" + n.get("amount").asText() + "' is not a number");
      }
    }
    List<PartyField> parties = new ArrayList<>();
    parties.add(new PartyField("from", PartyRole.DEBTOR, null, null, null, List.of(), from));
    parties.add(new PartyField("to", PartyRole.CREDITOR, null, null, null, List.of(), to));
    List<FreeText> texts = new ArrayList<>();
    if (n.hasNonNull("memo")) {
      texts.add(new FreeText("memo", n.get("memo").asText()));
    }
    return new ParsedPayment(id, MessageFormat.CRYPTO, parties, amount, asset, texts,
        new CryptoTransfer(chain, asset, from, to));
  }

  private static String required(JsonNode n, String field, String origin) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new PaymentParseException(origin + ": crypto transfer without \"" + field + "\"");
    }
    return v.asText().strip();
  }

  /** Cheap sniff: a JSON object naming a chain. */
  static boolean looksLike(String head) {
    return head.startsWith("{") && head.contains("\"chain\"");
  }
}
