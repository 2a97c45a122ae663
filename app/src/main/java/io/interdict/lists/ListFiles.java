package io.interdict.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/** File-level helpers shared by the readers: checksum, cheap sniffing, the publication date. */
public final class ListFiles {
  /** How much of a file {@link #head(Path)} reads: enough for an XML prologue or a CSV header. */
  public static final int SNIFF_BYTES = 8192;

  private ListFiles() {}

  /** SHA-256 of the file's bytes, lower-case hex. */
  public static String sha256(Path file) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new ListFormatException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The first {@link #SNIFF_BYTES} of a regular file decoded as UTF-8 (BOM dropped), or "" for a
   * directory or an unreadable file: sniffing never throws, the reader that accepts reports problems.
   */
  public static String head(Path path) {
    if (!Files.isRegularFile(path)) {
      return "";
    }
    try (InputStream in = Files.newInputStream(path)) {
      String s = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * The date part of an ISO date or date-time as publishers write it ({@code 2026-02-27},
   * {@code 2026-02-27T00:00:09.554Z}, {@code 2024-05-03+02:00}); null when absent or unreadable,
   * since a missing publication date must not make a list unreadable.
   */
  public static LocalDate isoDatePrefix(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
