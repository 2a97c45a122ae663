package io.interdict.payments;

import java.util.Locale;
import java.util.Map;

/**
 * Canonical forms and families of digital-currency addresses. Hex (0x, EVM) addresses compare
 * case-insensitively (mixed case is only the EIP-55 checksum); bech32 addresses (bc1..., ltc1...) are
 * case-insensitive with lower case canonical; base58 addresses (legacy Bitcoin, Tron) are
 * case-sensitive and compared exactly.
 */
public final class CryptoAddresses {
  /** Tickers that live on the same address space: an ETH address is also the holder's USDT/USDC (ERC-20). */
  private static final Map<String, String> FAMILY = Map.ofEntries(
      Map.entry("ETH", "EVM"), Map.entry("ETC", "EVM"), Map.entry("USDT", "EVM"), Map.entry("USDC", "EVM"),
      Map.entry("DAI", "EVM"), Map.entry("BUSD", "EVM"), Map.entry("BSC", "EVM"), Map.entry("BNB", "EVM"),
      Map.entry("ARB", "EVM"), Map.entry("MATIC", "EVM"), Map.entry("POL", "EVM"), Map.entry("OP", "EVM"),
      Map.entry("XBT", "BTC"), Map.entry("BTC", "BTC"), Map.entry("TRX", "TRON"), Map.entry("LTC", "LTC"),
      Map.entry("BCH", "BCH"), Map.entry("BSV", "BSV"), Map.entry("XMR", "XMR"), Map.entry("ZEC", "ZEC"),
      Map.entry("DASH", "DASH"), Map.entry("XRP", "XRP"), Map.entry("SOL", "SOL"), Map.entry("XVG", "XVG"),
      Map.entry("BTG", "BTG"));

  private CryptoAddresses() {}

  /** The form addresses are indexed and compared in. */
  public static String canonical(String address) {
    String a = address.strip();
    if (isHex(a) || isBech32(a)) {
      return a.toLowerCase(Locale.ROOT);
    }
    return a;
  }

  static boolean isHex(String a) {
    return a.length() == 42 && (a.startsWith("0x") || a.startsWith("0X")) && a.substring(2).matches("[0-9a-fA-F]{40}");
  }

  /** bech32: human-readable part, '1', data; one case throughout (mixed case is invalid by BIP-173). */
  static boolean isBech32(String a) {
    int sep = a.lastIndexOf('1');
    if (sep < 1 || a.length() - sep < 7) {
      return false;
    }
    boolean lower = a.equals(a.toLowerCase(Locale.ROOT));
    boolean upper = a.equals(a.toUpperCase(Locale.ROOT));
    return (lower || upper) && a.toLowerCase(Locale.ROOT).matches("(bc|tb|ltc|bcrt)1[02-9ac-hj-np-z]{6,87}");
  }

  /** Address family of a ticker or chain; an unknown ticker is its own family. */
  public static String family(String ticker) {
    if (ticker == null) {
      return "?";
    }
    String t = ticker.strip().toUpperCase(Locale.ROOT);
    return FAMILY.getOrDefault(t, t);
  }

  /**
   * May an address listed under {@code listedTicker} be the one a transfer on {@code chain} of
   * {@code asset} pays? Same ticker, or the same address family (USDT on ETH is an EVM address).
   * A listing without a ticker is compatible with everything.
   */
  public static boolean compatible(String listedTicker, String chain, String asset) {
    if (listedTicker == null || listedTicker.isBlank()) {
      return true;
    }
    String f = family(listedTicker);
    return f.equals(family(chain)) || f.equals(family(asset));
  }
}
