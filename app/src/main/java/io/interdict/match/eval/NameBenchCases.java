package io.interdict.match.eval;

import io.interdict.match.Query;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OpenSanctions' name benchmark ({@code name_bench_cases.csv}: case_group, schema, name1,
 * name2, is_match, ...): name1 is screened against an entity named name2.
 */
public final class NameBenchCases {
  private NameBenchCases() {}

  public static List<PairCase> read(Path file) throws IOException {
    List<PairCase> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        var type = PairCase.type(rec.get("schema"));
        Query q = new Query(null, rec.get("name1"), type, null, null, null, null);
        ListedEntity e = ListedEntity.builder("bench", Long.toString(rec.getRecordNumber()), type)
            .name(rec.get("name2"), NameType.PRIMARY).build();
        out.add(new PairCase(rec.get("case_group"), q, e, Boolean.parseBoolean(rec.get("is_match"))));
      }
    }
    return out;
  }
}
