package io.interdict.server.yente;

import io.interdict.InterdictException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * yente dataset names for Interdict's list sources. {@code default} and {@code sanctions} are the
 * collections of every enabled list; each source is also addressable by its OpenSanctions dataset
 * name ({@code us_ofac_sdn}) or by Interdict's own id ({@code us-ofac-sdn}).
 */
public final class Datasets {
  public static final Set<String> COLLECTIONS = Set.of("default", "sanctions");
  private static final Map<String, String> BY_SOURCE = Map.of(
      "us-ofac-sdn", "us_ofac_sdn",
      "us-ofac-cons", "us_ofac_cons",
      "un-sc", "un_sc_sanctions",
      "eu-fsf", "eu_fsf",
      "uk-hmt", "gb_hmt_sanctions",
      "us-csl", "us_trade_csl",
      "us-bis-dpl", "us_bis_denied",
      "demo", "interdict_demo");

  private Datasets() {}

  /** The yente dataset name of a source; unknown sources get their id with '-' as '_'. */
  public static String name(String source) {
    String n = BY_SOURCE.get(source);
    return n != null ? n : source.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * The source a dataset name selects among the loaded {@code sources}, null for a whole collection;
   * a name that is neither is a 404, as in yente.
   */
  public static String resolve(String dataset, Set<String> sources) {
    if (COLLECTIONS.contains(dataset)) {
      return null;
    }
    for (String s : sources) {
      if (s.equals(dataset) || name(s).equals(dataset)) {
        return s;
      }
    }
    throw new InterdictException.NotFound("No such dataset: " + dataset);
  }
}
