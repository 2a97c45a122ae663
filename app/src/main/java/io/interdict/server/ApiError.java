package io.interdict.server;

/**
 * The body of every error response: {@code error} for our clients, {@code detail} for yente clients
 * (yente's ErrorResponse), and the status repeated so that logs of bodies alone stay readable.
 */
public record ApiError(String error, int status, String detail) {
  public static ApiError of(int status, String message) {
    return new ApiError(message, status, message);
  }
}
