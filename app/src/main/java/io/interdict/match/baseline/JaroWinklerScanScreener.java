package io.interdict.match.baseline;

import io.interdict.match.Explanation;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The yardstick: an OFAC-style brute-force screener that compares the query with every listed name by
 * Jaro-Winkler (Apache Commons Text), in written order, in sorted-token order and with spaces removed,
 * and keeps the best. No index, no name knowledge. Interdict's own engine is measured against it.
 */
public final class JaroWinklerScanScreener implements Screener {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  private final List<ListedEntity> entities;
  private final String[][] forms;

  public JaroWinklerScanScreener(List<ListedEntity> entities) {
    this.entities = List.copyOf(entities);
    this.forms = new String[this.entities.size()][];
    for (int i = 0; i < forms.length; i++) {
      List<Name> names = this.entities.get(i).names();
      String[] f = new String[names.size() * 3];
      for (int j = 0; j < names.size(); j++) {
        String n = normalize(names.get(j).value());
        f[j * 3] = n;
        f[j * 3 + 1] = sortTokens(n);
        f[j * 3 + 2] = n.replace(" ", "");
      }
      forms[i] = f;
    }
  }

  @Override
  public double defaultThreshold() {
    return 0.85;
  }

  @Override
  public List<Match> screen(Query query, double threshold, int limit) {
    String q = normalize(query.name());
    if (q.isEmpty()) {
      return List.of();
    }
    String qs = sortTokens(q);
    String qn = q.replace(" ", "");
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < forms.length; i++) {
      ListedEntity e = entities.get(i);
      if (!query.type().compatibleWith(e.type())) {
        continue;
      }
      String[] f = forms[i];
      double best = -1;
      int bestName = -1;
      for (int j = 0; j < f.length; j += 3) {
        double s = Math.max(JW.apply(q, f[j]), Math.max(JW.apply(qs, f[j + 1]), JW.apply(qn, f[j + 2])));
        if (s > best) {
          best = s;
          bestName = j / 3;
        }
      }
      if (best >= threshold) {
        Name n = e.names().get(bestName);
        String why = String.format(Locale.ROOT, "Jaro-Winkler %.3f on '%s'", best, n.value());
        out.add(new Match(e, n, best, new Explanation(why, best, List.of(), List.of())));
      }
    }
    out.sort(Comparator.comparingDouble(Match::score).reversed());
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  static String normalize(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static String sortTokens(String s) {
    String[] t = s.split(" ");
    Arrays.sort(t);
    return String.join(" ", t);
  }
}
