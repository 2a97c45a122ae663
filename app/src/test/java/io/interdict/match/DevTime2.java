package io.interdict.match;
import io.interdict.match.names.*;
import io.interdict.match.text.*;
import java.util.*;
public class DevTime2 {
  public static void main(String[] a) throws Exception {
    var list = DevEval.sdn();
    List<String> names = new ArrayList<>();
    for (var e : list) for (var n : e.names()) names.add(n.value());
    var an = NameAnalyzer.standard();
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime(); int x = 0;
      List<String> f = new ArrayList<>();
      for (String s : names) f.add(Fold.apply(s));
      long t1 = System.nanoTime();
      int[] sc = new int[f.size()];
      for (int i = 0; i < f.size(); i++) sc[i] = Scripts.dominant(f.get(i));
      long t2 = System.nanoTime();
      List<String> tr = new ArrayList<>();
      for (int i = 0; i < f.size(); i++) tr.add(Transliteration.toAscii(f.get(i), sc[i]));
      long t3 = System.nanoTime();
      for (String s : tr) x += Tokenizer.tokens(s).size();
      long t4 = System.nanoTime();
      for (String s : names) x += an.analyze(s).tokens().length;
      long t5 = System.nanoTime();
      System.out.printf("fold %d script %d translit %d tok %d analyze %d (ms) %d%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000, (t5-t4)/1000000, x);
    }
  }
}
