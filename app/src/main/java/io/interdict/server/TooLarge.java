package io.interdict.server;

import io.interdict.InterdictException;

/** A request over one of the server's size or batch limits (HTTP 413). */
public final class TooLarge extends InterdictException {
  public TooLarge(String message) {
    super(message);
  }

  @Override
  public int exitCode() {
    return 2;
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
