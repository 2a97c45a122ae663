package io.interdict.match.eval;

import io.interdict.lists.ofac.OfacCsvReader;
import io.interdict.lists.un.UnXmlReader;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lists the benchmark screens against, from the shared data folder: OFAC SDN of 23 May 2023
 * (its {@code sdn.csv}, with the alias, address and remark-overflow files of February 2025, which
 * cover every 2023 entry; rows for later entries are skipped) plus the UN consolidated list.
 */
public final class BenchLists {
  public static final String SDN = "data/ofac/sdn-2023-05-23/sdn.csv";
  public static final String ALIASES = "data/ofac/aliases-2025-02-27";
  public static final String UN = "data/un/UN_consolidated-2026-02-27.xml";

  private BenchLists() {}

  public static boolean available(Path shared) {
    return Files.isRegularFile(shared.resolve(SDN)) && Files.isRegularFile(shared.resolve(UN));
  }

  public static List<ListedEntity> sdn(Path shared) throws IOException {
    Path aliases = shared.resolve(ALIASES);
    OfacCsvReader.Family f = new OfacCsvReader.Family(
        part(shared.resolve(SDN)), part(aliases.resolve("alt.csv")), part(aliases.resolve("add.csv")),
        part(aliases.resolve("sdn_comments.csv")));
    ListSnapshot s = OfacCsvReader.sdn().read(f, shared.resolve(SDN).toString(), true);
    return s.entities();
  }

  public static List<ListedEntity> un(Path shared) {
    return new UnXmlReader().read(shared.resolve(UN), true).entities();
  }

  public static List<ListedEntity> sdnAndUn(Path shared) throws IOException {
    List<ListedEntity> all = new ArrayList<>(sdn(shared));
    all.addAll(un(shared));
    return all;
  }

  private static OfacCsvReader.Part part(Path p) throws IOException {
    return Files.isRegularFile(p) ? new OfacCsvReader.Part(p.getFileName().toString(), Files.readAllBytes(p)) : null;
  }
}
