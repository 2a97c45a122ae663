package io.interdict.match;
import io.interdict.match.names.*;
public class DevOne {
  public static void main(String[] a) throws Exception {
    var list = DevEval.sdn();
    MatchEngine e = MatchEngine.build(list);
    e.debugQuery(a[0]);
  }
}
