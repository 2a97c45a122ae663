package io.interdict.match;

import io.interdict.match.eval.*;
import io.interdict.model.*;
import java.nio.file.*;
import java.util.*;
import org.apache.commons.csv.*;

public class DevEval {
  static List<ListedEntity> sdn() throws Exception {
    Map<String, ListedEntity.Builder> m = new LinkedHashMap<>();
    try (var r = Files.newBufferedReader(Path.of("/work/shared/data/ofac/sdn-2023-05-23/sdn.csv"), java.nio.charset.StandardCharsets.ISO_8859_1)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
        if (rec.size() < 4) continue;
        String t = rec.get(2).trim();
        EntityType type = t.equals("individual") ? EntityType.PERSON : t.equals("vessel") ? EntityType.VESSEL : t.equals("aircraft") ? EntityType.AIRCRAFT : EntityType.ORGANIZATION;
        m.put(rec.get(0), ListedEntity.builder("sdn", rec.get(0), type).name(rec.get(1), NameType.PRIMARY));
      }
    }
    try (var r = Files.newBufferedReader(Path.of("/work/shared/data/ofac/aliases-2025-02-27/alt.csv"), java.nio.charset.StandardCharsets.ISO_8859_1)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
        if (rec.size() < 4) continue;
        var b = m.get(rec.get(0));
        if (b != null) b.name(rec.get(3), rec.get(2).contains("fka") ? NameType.FKA : rec.get(2).trim().equals("nka")? NameType.NKA : NameType.STRONG_AKA);
      }
    }
    List<ListedEntity> out = new ArrayList<>();
    for (var b : m.values()) out.add(b.build());
    return out;
  }

  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    List<ListedEntity> list = sdn();
    long t1 = System.nanoTime();
    MatchEngine e = MatchEngine.build(list);
    long t2 = System.nanoTime();
    System.out.printf("entities %d names %d vocab %d read %dms build %dms%n", list.size(), e.nameCount(), e.vocabularySize(), (t1-t0)/1000000, (t2-t1)/1000000);
    double th = a.length > 0 ? Double.parseDouble(a[0]) : MatchEngine.DEFAULT_THRESHOLD;
    var nb = NameBenchCases.read(Path.of("/work/shared/eval/nomenklatura/name_bench_cases.csv"));
    var ec = EntityChecks.read(Path.of("/work/shared/eval/nomenklatura/entity_checks.yml"));
    for (double t = 0.70; t <= 0.92; t += 0.02) {
      System.out.printf("th %.2f namebench %.4f entitychecks %.4f%n", t, PairEval.run(e, nb, t).accuracy(), PairEval.run(e, ec, t).accuracy());
    }
    var r = PairEval.run(e, nb, th);
    System.out.printf("NB acc %.4f tp %d tn %d fp %d fn %d%n", r.accuracy(), r.tp(), r.tn(), r.fp(), r.fn());
    if (a.length > 1) r.errors().forEach(System.out::println);
    var r2 = PairEval.run(e, ec, th);
    System.out.printf("EC acc %.4f tp %d tn %d fp %d fn %d%n", r2.accuracy(), r2.tp(), r2.tn(), r2.fp(), r2.fn());
    if (a.length > 2) r2.errors().forEach(System.out::println);
  }
}
