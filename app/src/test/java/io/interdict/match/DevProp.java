package io.interdict.match;
import io.interdict.model.*;
import java.util.*;
public class DevProp {
  public static void main(String[] a) throws Exception {
    var list = DevEval.sdn();
    MatchEngine e = MatchEngine.build(list);
    Random r = new Random(42);
    int miss = 0, extra = 0, n = Integer.parseInt(a[0]);
    long ti = 0, ts = 0;
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = 0;
    for (int i = 0; i < n; i++) {
      var ent = list.get(r.nextInt(list.size()));
      String name = ent.names().get(r.nextInt(ent.names().size())).value();
      String q = damage(name, r);
      Query query = Query.name(q);
      if (i == n / 2) cpu0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      var hi = e.screen(query, 0.8, 1000);
      long t1 = System.nanoTime();
      var hs = a.length > 1 ? hi : e.screenByScan(query, 0.8, 1000);
      long t2 = System.nanoTime();
      ti += t1 - t0; ts += t2 - t1;
      Set<String> ki = new HashSet<>(); hi.forEach(m -> ki.add(m.entity().key() + String.format("%.6f", m.score())));
      Set<String> ks = new HashSet<>(); hs.forEach(m -> ks.add(m.entity().key() + String.format("%.6f", m.score())));
      if (!ki.equals(ks)) { miss++; System.out.println("DIFF " + q + " idx=" + ki + " scan=" + ks); }
    }
    System.out.printf("cpu per query (2nd half) %.1f us%n", (mx.getCurrentThreadCpuTime() - cpu0) / 1000.0 / (n - n / 2));
    System.out.printf("queries %d diffs %d index %.1f us/q scan %.1f us/q%n", n, miss, ti / 1000.0 / n, ts / 1000.0 / n);
  }
  static String damage(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    int k = r.nextInt(3);
    for (int i = 0; i < k && b.length() > 2; i++) {
      int p = r.nextInt(b.length());
      switch (r.nextInt(4)) {
        case 0: b.deleteCharAt(p); break;
        case 1: b.insert(p, (char) ('a' + r.nextInt(26))); break;
        case 2: b.setCharAt(p, (char) ('a' + r.nextInt(26))); break;
        default: if (p + 1 < b.length()) { char c = b.charAt(p); b.setCharAt(p, b.charAt(p + 1)); b.setCharAt(p + 1, c); }
      }
    }
    if (r.nextInt(4) == 0) { String[] t = b.toString().split(" "); Collections.reverse(Arrays.asList(t)); return String.join(" ", t); }
    return b.toString();
  }
}
