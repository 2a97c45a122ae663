package io.interdict.match;
import io.interdict.match.names.*;
import io.interdict.model.*;
import java.util.*;
public class DevTime {
  public static void main(String[] a) throws Exception {
    var list = DevEval.sdn();
    long t0 = System.nanoTime();
    var an = NameAnalyzer.standard();
    long t1 = System.nanoTime();
    int k = 0;
    for (var e : list) for (var n : e.names()) { an.analyze(n.value()); k++; }
    long t2 = System.nanoTime();
    for (var e : list) for (var n : e.names()) { an.analyze(n.value()); k++; }
    long t3 = System.nanoTime();
    MatchEngine.build(list);
    long t4 = System.nanoTime();
    MatchEngine.build(list);
    long t5 = System.nanoTime();
    System.out.printf("tables %d ms, analyze %d ms, again %d ms, build %d ms, build again %d ms%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000, (t5-t4)/1000000);
  }
}
