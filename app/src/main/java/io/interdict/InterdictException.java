package io.interdict;

/**
 * Base of every error Interdict reports on purpose. Unchecked so that it crosses the layers; the CLI
 * maps {@link #exitCode()} to a process exit code and the HTTP layer maps {@link #httpStatus()} to a
 * response status. The message is written for the user: it names the bad value, file or line.
 */
public class InterdictException extends RuntimeException {
  public InterdictException(String message) {
    super(message);
  }

  public InterdictException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Process exit code for the CLI. 1 = generic failure. */
  public int exitCode() {
    return 1;
  }

  /** HTTP status for the API. */
  public int httpStatus() {
    return 500;
  }

  /** Bad user input: arguments, queries, request bodies. */
  public static class InvalidInput extends InterdictException {
    public InvalidInput(String message) {
      super(message);
    }

    @Override
    public int exitCode() {
      return 2;
    }

    @Override
    public int httpStatus() {
      return 400;
    }
  }

  /** Something asked for by id does not exist. */
  public static class NotFound extends InterdictException {
    public NotFound(String message) {
      super(message);
    }

    @Override
    public int exitCode() {
      return 3;
    }

    @Override
    public int httpStatus() {
      return 404;
    }
  }

  /** The request conflicts with stored state (four-eyes violated, decision already taken, ...). */
  public static class Conflict extends InterdictException {
    public Conflict(String message) {
      super(message);
    }

    @Override
    public int exitCode() {
      return 4;
    }

    @Override
    public int httpStatus() {
      return 409;
    }
  }

  /** Authentication or authorisation failed. */
  public static class Forbidden extends InterdictException {
    private final boolean unauthenticated;

    public Forbidden(String message, boolean unauthenticated) {
      super(message);
      this.unauthenticated = unauthenticated;
    }

    @Override
    public int exitCode() {
      return 5;
    }

    @Override
    public int httpStatus() {
      return unauthenticated ? 401 : 403;
    }
  }

  /** The store (database) failed or is in an unexpected state. */
  public static class StoreFailure extends InterdictException {
    public StoreFailure(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public int exitCode() {
      return 6;
    }

    @Override
    public int httpStatus() {
      return 503;
    }
  }
}
