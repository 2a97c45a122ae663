package io.interdict.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the hand-written test messages in {@code src/test/resources/payments}. */
public final class TestMessages {
  private TestMessages() {}

  public static byte[] bytes(String name) {
    try (InputStream in = TestMessages.class.getResourceAsStream("/payments/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test message " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ParsedPayment parse(String name) {
    return PaymentParser.parse(bytes(name), name);
  }
}
