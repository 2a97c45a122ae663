package io.interdict.lists.update;

import io.interdict.InterdictException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official publication URLs of the sources Interdict downloads. Each can be overridden per source
 * ({@code lists source NAME --url URL}) or for all at once with a mirror base URL.
 */
public final class OfficialSources {
  private static final String OFAC = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  private static final Map<String, SourceSpec> SPECS = new TreeMap<>();

  static {
    add(new SourceSpec("us-ofac-sdn", OFAC + "SDN.CSV", List.of("SDN.CSV", "ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV")));
    add(new SourceSpec("us-ofac-cons", OFAC + "CONS_PRIM.CSV",
        List.of("CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV")));
    add(new SourceSpec("un-sc", "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
        List.of("consolidated.xml")));
    // The EU publishes its Financial Sanctions Files behind a fixed public token.
    add(new SourceSpec("eu-fsf",
        "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw",
        List.of("xmlFullSanctionsList_1_1.xml")));
    add(new SourceSpec("uk-hmt", "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv",
        List.of("UK-Sanctions-List.csv")));
  }

  private OfficialSources() {}

  private static void add(SourceSpec s) {
    SPECS.put(s.source(), s);
  }

  public static Optional<SourceSpec> find(String source) {
    return Optional.ofNullable(SPECS.get(source));
  }

  public static SourceSpec get(String source) {
    return find(source).orElseThrow(() -> new InterdictException.InvalidInput(
        "Interdict does not know where '" + source + "' is published (downloadable: "
            + String.join(", ", SPECS.keySet()) + "); import its files with 'lists import'"));
  }

  public static List<SourceSpec> all() {
    return List.copyOf(SPECS.values());
  }
}
