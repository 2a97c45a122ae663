package io.interdict.lists;

import io.interdict.InterdictException;
import io.interdict.model.ListSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every list format Interdict reads, in detection order (most specific sniff first). Registered here,
 * in one place; {@link #detect(Path)} picks the reader for a path.
 */
public final class ListFormats {
  private ListFormats() {}

  public static List<ListReader> all() {
    return List.of(
        // readers are added here as they land
        io.interdict.lists.ofac.OfacCsvReader.sdn(),
        io.interdict.lists.ofac.OfacCsvReader.consolidated(),
        new io.interdict.lists.un.UnXmlReader(),
        new io.interdict.lists.ofac.OfacXmlReader(),
        new io.interdict.lists.ofac.OfacAdvancedXmlReader(),
        new io.interdict.lists.eu.EuFsfXmlReader(),
        new io.interdict.lists.uk.UkSanctionsListCsvReader(),
        new io.interdict.lists.trade.CslCsvReader(),
        new io.interdict.lists.trade.DplTsvReader()
        );
  }

  /** The reader that accepts {@code path}; a clear error when the path is missing or not a known list. */
  public static ListReader detect(Path path) {
    if (!Files.exists(path)) {
      throw new InterdictException.InvalidInput("list path does not exist: " + path);
    }
    for (ListReader r : all()) {
      if (r.accepts(path)) {
        return r;
      }
    }
    throw new InterdictException.InvalidInput(
        path + " is not a list Interdict can read (expected an OFAC CSV family directory, OFAC XML, UN, EU or UK list file)");
  }

  public static ListSnapshot read(Path path, boolean lenient) {
    return detect(path).read(path, lenient);
  }
}
