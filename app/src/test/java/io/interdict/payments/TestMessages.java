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

  /** An MT103 of 9,500 USD from HANNA SCHMIDT (Frankfurt) to {@code beneficiary} (Singapore). */
  public static byte[] mt103(String ref, String beneficiary) {
    return mt103(ref, "HANNA SCHMIDT", beneficiary);
  }

  public static byte[] mt103(String ref, String orderingCustomer, String beneficiary) {
    return """
        {1:F01DEUTDEFFAXXX0000000000}{2:I103CHASUS33XXXXN}{4:
        :20:%s
        :23B:CRED
        :32A:251119USD9500,00
        :50K:/DE89370400440532013000
        %s
        FRANKFURT AM MAIN
        :59:/SG1234567890
        %s
        SINGAPORE
        :71A:SHA
        -}""".formatted(ref, orderingCustomer, beneficiary).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The default policy, except that every name hit short of an exact one holds (tests that need holds). */
  public static PaymentPolicy holdingInexactNames() {
    PaymentPolicy d = PaymentPolicy.DEFAULT;
    return new PaymentPolicy(1.0, 0.80, d.agentBlock(), d.agentReview(), d.textBlock(), d.textReview(),
        d.blockingSources(), d.nonBlockingPrograms(), d.nonBlockingAction(), d.sanctionedCountries(), d.sanctionedPlaces(),
        d.jurisdictionAction(), false);
  }
}
