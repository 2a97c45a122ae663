package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.lists.DemoList;
import io.interdict.match.eval.BenchLists;
import io.interdict.model.ListedEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The candidate index must return exactly what a full scan with the same scorer returns: random
 * queries made by damaging listed names (typos, transpositions, dropped and doubled letters, word
 * order, joined words, dropped words) are screened both ways and compared hit for hit, score for
 * score. Uses a random part of the real SDN list when the shared data is present, else the demo list.
 */
class IndexMatchesScanTest {
  private static final int QUERIES = 3_000;

  @Test
  void indexNeverMissesWhatAFullScanFinds() throws Exception {
    Random r = new Random(7);
    List<ListedEntity> list = entities(r);
    MatchEngine engine = MatchEngine.build(list);
    List<String> names = new ArrayList<>();
    list.forEach(e -> e.names().forEach(n -> names.add(n.value())));
    int hits = 0;
    for (int i = 0; i < QUERIES; i++) {
      String q = damage(names.get(r.nextInt(names.size())), r);
      if (q.isBlank()) {
        continue;
      }
      double threshold = i % 3 == 0 ? 0.6 : MatchEngine.DEFAULT_THRESHOLD;
      List<String> viaIndex = keys(engine.screen(Query.name(q), threshold, 1000));
      List<String> viaScan = keys(engine.screenByScan(Query.name(q), threshold, 1000));
      assertThat(viaIndex).as("query '%s' at %.2f", q, threshold).isEqualTo(viaScan);
      hits += viaScan.size();
    }
    assertThat(hits).as("the damaged queries must find something").isGreaterThan(QUERIES / 2);
  }

  private static List<ListedEntity> entities(Random r) throws Exception {
    Path shared = Path.of("../shared");
    if (!Files.isDirectory(shared) || !BenchLists.available(shared)) {
      return DemoList.snapshot().entities();
    }
    List<ListedEntity> all = new ArrayList<>(BenchLists.sdnAndUn(shared));
    Collections.shuffle(all, r);
    return all.subList(0, 1_500);
  }

  private static List<String> keys(List<Match> hits) {
    List<String> out = new ArrayList<>();
    for (Match m : hits) {
      out.add(m.entity().key() + String.format(Locale.ROOT, "@%.9f", m.score()));
    }
    Collections.sort(out);
    return out;
  }

  static String damage(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    int edits = r.nextInt(4);
    for (int i = 0; i < edits && b.length() > 2; i++) {
      int p = r.nextInt(b.length());
      switch (r.nextInt(5)) {
        case 0 -> b.deleteCharAt(p);
        case 1 -> b.insert(p, (char) ('a' + r.nextInt(26)));
        case 2 -> b.setCharAt(p, (char) ('a' + r.nextInt(26)));
        case 3 -> b.insert(p, b.charAt(p));
        default -> {
          if (p + 1 < b.length()) {
            char c = b.charAt(p);
            b.setCharAt(p, b.charAt(p + 1));
            b.setCharAt(p + 1, c);
          }
        }
      }
    }
    List<String> words = new ArrayList<>(Arrays.asList(b.toString().split(" ")));
    switch (r.nextInt(5)) {
      case 0 -> Collections.reverse(words);
      case 1 -> {
        if (words.size() > 2) {
          words.remove(r.nextInt(words.size()));
        }
      }
      case 2 -> {
        if (words.size() > 1) {
          int k = r.nextInt(words.size() - 1);
          words.set(k, words.get(k) + words.remove(k + 1));
        }
      }
      default -> { }
    }
    return String.join(" ", words);
  }
}
