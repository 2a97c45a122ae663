package io.interdict.lists.update;

import io.interdict.InterdictException;
import java.time.Duration;

/**
 * How updates download and what they accept.
 *
 * @param baseUrl mirror to fetch every file from ({@code baseUrl/FILE}); null for each source's URL
 * @param maxShrink largest accepted drop in entity count against the live version, as a share (0.10 =
 *     a new version with more than 10 % fewer entities is rejected as implausible)
 * @param timeout connect and whole-request timeout per file
 * @param maxBytes largest accepted file
 */
public record UpdateSettings(String baseUrl, double maxShrink, Duration timeout, long maxBytes) {
  public static final double DEFAULT_MAX_SHRINK = 0.10;

  public UpdateSettings {
    if (!(maxShrink >= 0 && maxShrink <= 1)) {
      throw new InterdictException.InvalidInput("max shrink must be a share between 0 and 1, got " + maxShrink);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new InterdictException.InvalidInput("timeout must be positive, got " + timeout);
    }
    if (maxBytes <= 0) {
      throw new InterdictException.InvalidInput("max bytes must be positive, got " + maxBytes);
    }
  }

  public static UpdateSettings defaults() {
    return new UpdateSettings(null, DEFAULT_MAX_SHRINK, Duration.ofMinutes(5), 1L << 30);
  }

  public UpdateSettings withBaseUrl(String url) {
    return new UpdateSettings(url, maxShrink, timeout, maxBytes);
  }

  public UpdateSettings withMaxShrink(double share) {
    return new UpdateSettings(baseUrl, share, timeout, maxBytes);
  }

  public UpdateSettings withTimeout(Duration t) {
    return new UpdateSettings(baseUrl, maxShrink, t, maxBytes);
  }
}
