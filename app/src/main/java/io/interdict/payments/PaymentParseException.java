package io.interdict.payments;

import io.interdict.InterdictException;

/**
 * A message could not be read: unknown format, malformed or truncated content. The decider turns it
 * into a HOLD (fail closed); the message says what is wrong and where.
 */
public final class PaymentParseException extends InterdictException.InvalidInput {
  public PaymentParseException(String message) {
    super(message);
  }
}
