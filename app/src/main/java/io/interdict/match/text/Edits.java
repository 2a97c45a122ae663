package io.interdict.match.text;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition) with an upper bound,
 * so that hopeless comparisons stop early. Allocation-free for tokens up to 63 characters.
 */
public final class Edits {
  private static final int MAX = 64;
  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][MAX + 1]);

  private Edits() {}

  /** The distance if it is at most {@code max}, otherwise {@code max + 1}. */
  public static int osa(String a, String b, int max) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > max) {
      return max + 1;
    }
    if (la == 0 || lb == 0) {
      return Math.max(la, lb) <= max ? Math.max(la, lb) : max + 1;
    }
    int[][] rows = la < MAX && lb < MAX ? ROWS.get() : new int[3][lb + 1];
    int[] prev2 = rows[0];
    int[] prev = rows[1];
    int[] cur = rows[2];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        if (v < rowMin) {
          rowMin = v;
        }
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    int d = prev[lb];
    return d <= max ? d : max + 1;
  }
}
