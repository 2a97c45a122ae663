package io.interdict.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.text.Slips;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameTablesTest {
  private static final NameTables TABLES = NameTables.standard();

  /** Whether some spelling one slip from {@code word} is a single-word entry with words: the brute force. */
  private static boolean slipOfAnEntry(String word) {
    for (String v : Slips.variants(word)) {
      NameTables.Node n = TABLES.root.next.get(v);
      if (n != null && n.out != null && n.out.length > 0) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyWordOneSlipFromAnEntryIsAmongTheSlipSpellings() {
    List<String> entries = new ArrayList<>();
    for (Map.Entry<String, NameTables.Node> e : TABLES.root.next.entrySet()) {
      if (e.getValue().out != null && e.getValue().out.length > 0 && e.getKey().length() >= 3) {
        entries.add(e.getKey());
      }
    }
    Random r = new Random(3);
    int slips = 0;
    for (int i = 0; i < 200_000; i++) {
      // words near the entries (one or two slips or a replaced letter away) and random ones
      String w = entries.get(r.nextInt(entries.size()));
      for (int k = r.nextInt(3); k > 0 && w.length() > 1; k--) {
        List<String> v = Slips.variants(w);
        w = v.isEmpty() ? w : v.get(r.nextInt(v.size()));
      }
      if (r.nextInt(4) == 0) {
        char[] c = w.toCharArray();
        c[r.nextInt(c.length)] = (char) ('a' + r.nextInt(26));
        w = new String(c);
      }
      if (w.length() < 4) {
        continue;
      }
      boolean oracle = slipOfAnEntry(w);
      slips += oracle ? 1 : 0;
      assertThat(!oracle || TABLES.slipSpellings.contains(w)).as("%s is one slip from an entry", w).isTrue();
    }
    assertThat(slips).as("words one slip from an entry among those tried").isGreaterThan(10_000);
  }
}
