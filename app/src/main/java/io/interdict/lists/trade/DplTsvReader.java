package io.interdict.lists.trade;

import static io.interdict.lists.Assembly.addDistinct;
import static io.interdict.lists.Assembly.addName;
import static io.interdict.lists.Assembly.join;

import io.interdict.lists.CsvTable;
import io.interdict.lists.ListFiles;
import io.interdict.lists.ListReader;
import io.interdict.lists.ReadProblems;
import io.interdict.model.Address;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BIS Denied Persons List, tab-separated ({@code dpl.txt}): one row per name and address, no id
 * and no party type. Rows with the same name (spaces collapsed, case ignored) are one denied party
 * with several addresses; its id is a digest of that name, stable across versions of the file.
 */
public final class DplTsvReader implements ListReader {
  public static final String SOURCE = "us-bis-dpl";
  private static final String PROGRAM = "Denied Persons List";

  @Override
  public String format() {
    return "us-bis-dpl-tsv";
  }

  @Override
  public String defaultSource() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path path) {
    String head = ListFiles.head(path);
    return head.contains("Street_Address") && head.contains("Effective_Date") && head.contains("FR_Citation");
  }

  @Override
  public ListSnapshot read(Path path, boolean lenient) {
    String file = path.toString();
    String checksum = ListFiles.sha256(path);
    ReadProblems problems = new ReadProblems(lenient);
    Map<String, ListedEntity.Builder> parties = new LinkedHashMap<>();
    Map<String, List<String>> remarks = new LinkedHashMap<>();
    try (CsvTable t = CsvTable.open(path, '\t', line -> false)) {
      t.require("a BIS Denied Persons List", "Name", "Street_Address", "City", "Country", "Effective_Date", "FR_Citation");
      for (CsvTable.Row r : t.rows(problems::skipRecord)) {
        String name = r.get("Name");
        if (name == null) {
          problems.skipRecord(r.error("row without Name"));
          continue;
        }
        String id = "dpl-" + TradeNames.digest(name);
        ListedEntity.Builder b = parties.computeIfAbsent(id, k -> ListedEntity.builder(SOURCE, k, EntityType.ANY).program(PROGRAM));
        addName(b, name, b.names.isEmpty() ? NameType.PRIMARY : NameType.STRONG_AKA);
        Address a = new Address(r.get("Street_Address"), r.get("City"), r.get("State"), r.get("Postal_Code"), r.get("Country"));
        if (!a.oneLine().isEmpty() && !b.addresses.contains(a)) {
          b.addresses.add(a);
        }
        String order = join(", ", r.get("Effective_Date") == null ? null : "effective " + r.get("Effective_Date"), r.get("Expiration_Date") == null ? null : "expires " + r.get("Expiration_Date"), r.get("FR_Citation"));
        addDistinct(remarks.computeIfAbsent(id, k -> new ArrayList<>()), order);
      }
    }
    List<ListedEntity> entities = new ArrayList<>(parties.size());
    for (Map.Entry<String, ListedEntity.Builder> e : parties.entrySet()) {
      ListedEntity.Builder b = e.getValue();
      b.remarks = join("; ", remarks.getOrDefault(e.getKey(), List.of()));
      entities.add(b.build());
    }
    return new ListSnapshot(SOURCE, null, checksum, file, Instant.now(), entities, problems.warnings());
  }
}
