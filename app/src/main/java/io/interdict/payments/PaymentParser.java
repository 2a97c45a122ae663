package io.interdict.payments;

import java.nio.charset.StandardCharsets;

/**
 * Detects the format of a payment message from its content (never the file name) and reads it into a
 * {@link ParsedPayment}: ISO 20022 XML (pacs.008, pacs.009, pain.001), SWIFT MT (103, 202, 202COV) or
 * a crypto transfer in JSON. Anything else, or anything malformed or truncated, throws
 * {@link PaymentParseException}. Stateless and thread-safe.
 */
public final class PaymentParser {
  private PaymentParser() {}

  public static ParsedPayment parse(byte[] content, String origin) {
    if (content == null || content.length == 0) {
      throw new PaymentParseException(origin + ": empty message");
    }
    MessageFormat kind = sniff(content);
    switch (kind) {
      case PACS_008:
        return IsoXmlExtractor.extract(content, origin);
      case MT103:
        return MtExtractor.extract(new String(content, StandardCharsets.UTF_8), origin);
      case CRYPTO:
        return CryptoTransferReader.extract(content, origin);
      default:
        throw new PaymentParseException(origin + ": not a payment message Interdict reads "
            + "(ISO 20022 pacs.008/pacs.009/pain.001 XML, SWIFT MT103/MT202/MT202COV, or a crypto transfer JSON)");
    }
  }

  public static ParsedPayment parse(String content, String origin) {
    return parse(content.getBytes(StandardCharsets.UTF_8), origin);
  }

  /** Family of the content: PACS_008 stands for any XML, MT103 for any MT, CRYPTO for JSON. */
  private static MessageFormat sniff(byte[] content) {
    int i = 0;
    if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    if (i >= content.length) {
      return MessageFormat.UNKNOWN;
    }
    String head = new String(content, i, Math.min(512, content.length - i), StandardCharsets.UTF_8);
    if (head.startsWith("<")) {
      return MessageFormat.PACS_008;
    }
    if (head.startsWith("{1:") || head.startsWith("{2:") || head.startsWith("{4:")) {
      return MessageFormat.MT103;
    }
    if (CryptoTransferReader.looksLike(head)) {
      return MessageFormat.CRYPTO;
    }
    return MessageFormat.UNKNOWN;
  }
}
