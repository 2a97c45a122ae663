package io.interdict.lists.update;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Where a source is published: its files, the first of which is the primary one. The primary file's
 * URL is configurable per source ({@code list_source.url}); the other files of a family (OFAC's ALT,
 * ADD and comments files) sit beside it, so they are resolved against the configured URL.
 *
 * @param files file names as published (and as stored locally); the first is the primary file
 * @param officialUrl the publisher's URL of the primary file
 */
public record SourceSpec(String source, String officialUrl, List<String> files) {
  public SourceSpec {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(officialUrl, "officialUrl");
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("source " + source + " has no files");
    }
  }

  /** True when the source is a family of files (read as a directory), false for one file. */
  public boolean family() {
    return files.size() > 1;
  }

  /**
   * The URL of each file, in {@link #files()} order: under {@code baseUrl} by file name when it is set
   * (a mirror), else the primary at {@code configuredUrl} (or the official URL) and the rest beside it.
   */
  public List<URI> urls(String configuredUrl, String baseUrl) {
    if (baseUrl != null && !baseUrl.isBlank()) {
      String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      return files.stream().map(f -> URI.create(base + f)).toList();
    }
    URI primary = URI.create(configuredUrl == null || configuredUrl.isBlank() ? officialUrl : configuredUrl);
    return IntStream.range(0, files.size())
        .mapToObj(i -> i == 0 ? primary : primary.resolve(files.get(i)))
        .toList();
  }
}
