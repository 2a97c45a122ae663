package io.interdict.lists;

import io.interdict.model.ListSnapshot;
import java.nio.file.Path;

/** Reads one list format into the entity model. Implementations are stateless and thread-safe. */
public interface ListReader {
  /** Format name for messages and {@code lists status}, e.g. {@code ofac-csv}, {@code un-xml}. */
  String format();

  /** The source id this reader produces by default ({@code us-ofac-sdn}, {@code un-sc}, ...). */
  String defaultSource();

  /** Cheap sniff: can this reader read {@code path} (a file or a directory)? */
  boolean accepts(Path path);

  /**
   * Reads the whole list. A malformed file throws {@link ListFormatException} naming file and line,
   * unless {@code lenient}, in which case bad rows are skipped and listed in the snapshot's warnings.
   */
  ListSnapshot read(Path path, boolean lenient);
}
