package io.interdict.match.eval;

import java.util.Arrays;

/** Spearman rank correlation with average ranks for ties. */
public final class Spearman {
  private Spearman() {}

  public static double of(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two equally long series of at least two values");
    }
    double[] rx = ranks(x);
    double[] ry = ranks(y);
    double mx = Arrays.stream(rx).average().orElse(0);
    double my = Arrays.stream(ry).average().orElse(0);
    double num = 0;
    double dx = 0;
    double dy = 0;
    for (int i = 0; i < x.length; i++) {
      num += (rx[i] - mx) * (ry[i] - my);
      dx += (rx[i] - mx) * (rx[i] - mx);
      dy += (ry[i] - my) * (ry[i] - my);
    }
    return dx == 0 || dy == 0 ? 0 : num / Math.sqrt(dx * dy);
  }

  static double[] ranks(double[] v) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = rank;
      }
      i = j + 1;
    }
    return r;
  }
}
