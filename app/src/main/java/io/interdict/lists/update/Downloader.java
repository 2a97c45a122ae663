package io.interdict.lists.update;

import io.interdict.InterdictException;
import io.interdict.lists.store.ListSources.FileState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Fetches one list file over HTTP(S) into a local file, conditionally (If-None-Match /
 * If-Modified-Since from the last accepted copy), and refuses anything it cannot vouch for: an HTTP
 * error, a body shorter or longer than its Content-Length, an empty or oversized body, a body whose
 * SHA-256 disagrees with a {@code Digest} / {@code Repr-Digest} header.
 */
final class Downloader {
  private static final String USER_AGENT = "Interdict/0.1 (sanctions list updater)";

  private final HttpClient http;
  private final Duration timeout;
  private final long maxBytes;
  private final Clock clock;

  Downloader(Duration timeout, long maxBytes, Clock clock) {
    this.http = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** Outcome of one fetch: {@code state} is null when the server said 304 Not Modified. */
  record Fetched(String name, URI url, FileState state) {
    boolean notModified() {
      return state == null;
    }
  }

  /**
   * Fetches {@code url} into {@code target}. With {@code previous} the request is conditional, and a
   * 304 answer leaves {@code target} untouched.
   */
  Fetched fetch(String name, URI url, Path target, FileState previous) {
    HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", USER_AGENT).GET();
    if (previous != null) {
      if (previous.etag() != null) {
        req.header("If-None-Match", previous.etag());
      }
      if (previous.lastModified() != null) {
        req.header("If-Modified-Since", previous.lastModified());
      }
    }
    HttpResponse<InputStream> resp;
    try {
      resp = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException e) {
      throw failure(url, "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")", e);
    } catch (HttpTimeoutException e) {
      throw failure(url, "timed out after " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw failure(url, "download failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(url, "interrupted", e);
    }
    try (InputStream body = resp.body()) {
      int status = resp.statusCode();
      if (status == 304 && previous != null) {
        return new Fetched(name, url, null);
      }
      if (status != 200) {
        throw failure(url, "HTTP " + status, null);
      }
      OptionalLong declared = resp.headers().firstValueAsLong("Content-Length");
      if (declared.isPresent() && declared.getAsLong() > maxBytes) {
        throw failure(url, "declares " + declared.getAsLong() + " bytes, more than the " + maxBytes + " bytes allowed", null);
      }
      MessageDigest sha = sha256();
      long size = copy(body, target, sha, url);
      if (declared.isPresent() && declared.getAsLong() != size) {
        throw failure(url, "truncated: received " + size + " of " + declared.getAsLong() + " bytes", null);
      }
      if (size == 0) {
        throw failure(url, "empty file", null);
      }
      byte[] digest = sha.digest();
      Optional<byte[]> announced = announcedSha256(resp);
      if (announced.isPresent() && !MessageDigest.isEqual(announced.get(), digest)) {
        throw failure(url, "checksum mismatch: SHA-256 of the " + size + " bytes received is "
            + HexFormat.of().formatHex(digest) + ", the server announced "
            + HexFormat.of().formatHex(announced.get()), null);
      }
      FileState state = new FileState(name, resp.headers().firstValue("ETag").orElse(null),
          resp.headers().firstValue("Last-Modified").orElse(null), size, HexFormat.of().formatHex(digest),
          clock.instant());
      return new Fetched(name, url, state);
    } catch (IOException e) {
      throw failure(url, "download broke off: " + e.getMessage(), e);
    }
  }

  private long copy(InputStream in, Path target, MessageDigest sha, URI url) throws IOException {
    long size = 0;
    byte[] buf = new byte[64 * 1024];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        size += n;
        if (size > maxBytes) {
          throw failure(url, "larger than the " + maxBytes + " bytes allowed", null);
        }
        out.write(buf, 0, n);
      }
    }
    return size;
  }

  /**
   * The SHA-256 a server announces for the body: RFC 9530 {@code Repr-Digest: sha-256=:b64:} or RFC
   * 3230 {@code Digest: SHA-256=b64}. Other algorithms are ignored.
   */
  static Optional<byte[]> announcedSha256(HttpResponse<?> resp) {
    for (String header : new String[] {"Repr-Digest", "Digest"}) {
      for (String value : resp.headers().allValues(header)) {
        for (String part : value.split(",")) {
          Optional<byte[]> d = parseSha256(part.strip());
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  static Optional<byte[]> parseSha256(String item) {
    int eq = item.indexOf('=');
    if (eq < 0 || !item.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("sha-256")) {
      return Optional.empty();
    }
    String v = item.substring(eq + 1).strip();
    if (v.length() >= 2 && v.startsWith(":") && v.endsWith(":")) {
      v = v.substring(1, v.length() - 1);
    }
    try {
      byte[] d = Base64.getDecoder().decode(v);
      return d.length == 32 ? Optional.of(d) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static InterdictException failure(URI url, String problem, Throwable cause) {
    return new InterdictException(url + ": " + problem, cause);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
