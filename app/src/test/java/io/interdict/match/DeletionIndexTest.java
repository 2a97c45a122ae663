package io.interdict.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.match.text.Edits;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionIndexTest {
  @Test
  void findsEveryWordWithinTheEditAllowance() {
    Random r = new Random(3);
    String[] words = new String[3_000];
    for (int i = 0; i < words.length; i++) {
      words[i] = randomWord(r, 2 + r.nextInt(12));
    }
    DeletionIndex index = new DeletionIndex(words, TokenSimilarity::editsAround);
    for (int q = 0; q < 500; q++) {
      String query = r.nextBoolean() ? randomWord(r, 2 + r.nextInt(12)) : mutate(words[r.nextInt(words.length)], r);
      Set<Integer> found = new HashSet<>();
      index.candidates(query, TokenSimilarity.editsAround(query.length()), found::add);
      for (int id = 0; id < words.length; id++) {
        int k = TokenSimilarity.maxEdits(Math.max(query.length(), words[id].length()));
        if (Edits.osa(query, words[id], k) <= k) {
          assertThat(found).as("'%s' vs '%s'", query, words[id]).contains(id);
        }
      }
    }
  }

  @Test
  void groupingByHashSortsLikeAnUnsignedSortOfTheWholeArray() {
    Random r = new Random(11);
    for (int round = 0; round < 50; round++) {
      int n = r.nextInt(5_000);
      long[] packed = new long[n + r.nextInt(10)]; // entries past n are not part of it
      for (int i = 0; i < packed.length; i++) {
        // few distinct top bits in some rounds, so that runs are long and hold both signs' neighbours
        packed[i] = round % 2 == 0 ? r.nextLong() : ((long) r.nextInt(4) << 62) | (r.nextLong() & 0xFFFFL);
      }
      Long[] oracle = new Long[n];
      for (int i = 0; i < n; i++) {
        oracle[i] = packed[i];
      }
      java.util.Arrays.sort(oracle, Long::compareUnsigned);
      long[] grouped = DeletionIndex.groupByHash(packed, n);
      assertThat(grouped).hasSize(n);
      for (int i = 0; i < n; i++) {
        assertThat(grouped[i]).as("round %d, entry %d", round, i).isEqualTo(oracle[i]);
      }
    }
  }

  private static String randomWord(Random r, int len) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      b.append("aeioubcdklmnrst".charAt(r.nextInt(15)));
    }
    return b.toString();
  }

  private static String mutate(String w, Random r) {
    StringBuilder b = new StringBuilder(w);
    for (int i = 0, n = 1 + r.nextInt(2); i < n && b.length() > 1; i++) {
      int p = r.nextInt(b.length());
      switch (r.nextInt(4)) {
        case 0 -> b.deleteCharAt(p);
        case 1 -> b.insert(p, 'a');
        case 2 -> b.setCharAt(p, 'z');
        default -> {
          if (p + 1 < b.length()) {
            char c = b.charAt(p);
            b.setCharAt(p, b.charAt(p + 1));
            b.setCharAt(p + 1, c);
          }
        }
      }
    }
    return b.toString();
  }
}
