package io.interdict.payments;

/** A digital-currency transfer: chain ({@code ETH}, {@code XBT} ...), asset ticker and the two addresses. */
public record CryptoTransfer(String chain, String asset, String from, String to) {}
