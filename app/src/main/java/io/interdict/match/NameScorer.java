package io.interdict.match;

import io.interdict.match.names.GivenNameSexes;
import io.interdict.match.names.Nicknames;
import io.interdict.match.names.NameAnalyzer;
import io.interdict.match.names.TokenKind;
import io.interdict.match.text.Syllables;
import java.util.List;

/**
 * Scores a query name against a listed name. Units (tokens and joined adjacent tokens) are aligned
 * one to one, most similar pairs first, particles after the other strong pairs ({@link #rank}); the
 * score is a weighted Dice coefficient
 *
 * <pre>  score = sum(sim * (wq + wl)) / (sum(wq + wl) + unmatchedQuery + lambda * unmatchedListed)</pre>
 *
 * where lambda is {@link #LISTED_EXTRA} (persons) or {@link #LISTED_EXTRA_ORG} when only the listed
 * name has words the query lacks (a query often omits a middle name or patronymic), and 1 when both
 * sides have unmatched name words; such a substitution also multiplies the score by
 * {@link #SUBSTITUTION} (a different given name with the same family name is a different person,
 * however long the rest of the name that agrees). A full word paired only with an initial while the
 * other side keeps a word counts as a substitution too, and two name words paired only softly also
 * multiply the score by {@link #SUBSTITUTION}, and so does a syllable one side lacks when either
 * name is read as Wade-Giles or both are made of romanised syllables (Chinese and Korean names
 * have no middle names); a father's name swapped
 * with the person's own around bin/ibn multiplies it by
 * {@link #LINEAGE_REVERSED}. Between organisations, a legal form against another multiplies it by
 * {@link #LEGAL_FORM_CONFLICT}, a number only one name has by {@link #NUMBER_ONE_SIDE}. In a person's
 * name, a given name against its form for the other sex ({@link GivenNameSexes}) counts only as a
 * look-alike. A one-letter typo in a short word ({@link TokenSimilarity#shortSubstitution}) counts
 * only between name words, never in a particle, legal form or class word. Same-script comparisons of Han, Hangul and Kana names are also made
 * symbol by symbol, and the lower score counts. Each rule that lowers a score is reported. In a
 * person's name, a nickname pairs with its full name ({@link TokenSimilarity#NICKNAME}, where
 * {@link #nicknamesApply}); the explanation says which word stood for which.
 */
final class NameScorer {
  /** Cost of a listed person-name word the query lacks (middle names, patronymics are often omitted). */
  static final float LISTED_EXTRA = 0.5f;
  /** Same for organisations and vessels, whose extra words usually name a different body. */
  static final float LISTED_EXTRA_ORG = 0.8f;
  /**
   * Cost factor of query words left over when every word of a listed person's name was found,
   * strongly and in order (a query often carries middle names the list omits).
   */
  static final float QUERY_EXTRA = 0.5f;
  /** Factor applied when both sides keep an unmatched word: a substitution, not an omission. */
  static final double SUBSTITUTION = 0.85;

  /**
   * Factor when each organisation name keeps a legal form the other lacks: Deutsche Bank AG and
   * Deutsche Bank GmbH are two registered companies, more surely than two names with one word
   * substituted are two parties.
   */
  static final double LEGAL_FORM_CONFLICT = 0.80;
  /**
   * Factor when an organisation or vessel name carries a number the other lacks, and the other has
   * no word left over: Victory 3 is the third ship of a series, Bowne Global Solutions II a sibling
   * of Bowne Global Solutions. Two different numbers are not penalised (see {@link #distinctive}),
   * nor a number against a letter (Fund IV against Fund V reads the V as an initial).
   */
  static final double NUMBER_ONE_SIDE = 0.80;

  /** Factor when the query's father's name is the listed person's own (the son for the father). */
  static final double LINEAGE_REVERSED = 0.75;

  /** Similarity of query unit {@code qu} and listed unit {@code lu}. */
  interface Sim {
    float sim(int qu, int lu);
  }

  /**
   * Whether query unit {@code qu} and listed unit {@code lu} may pair as nickname and full name
   * ({@link TokenSimilarity#personSim}): single name words of a person's name. Organisations,
   * vessels and aircraft keep their words literal, and particles, legal forms, class words, initials
   * and qualifiers are never nicknames.
   */
  static boolean nicknamesApply(NameUnits q, int qu, NameUnits l, int lu, boolean person) {
    return person && q.span[qu] == 1 && l.span[lu] == 1 && q.kind[qu] == TokenKind.NAME
        && l.kind[lu] == TokenKind.NAME && !q.reading(qu) && !l.reading(lu);
  }

  private static final ThreadLocal<Pairs> PAIRS = ThreadLocal.withInitial(Pairs::new);

  /** Reusable pair arrays: scoring runs for hundreds of candidates per query, without allocating. */
  private static final class Pairs {
    float[] sim = new float[64];
    float[] weight = new float[64];
    byte[] rank = new byte[64];
    int[] q = new int[64];
    int[] l = new int[64];
    int[] partner = new int[64];
    int[] accepted = new int[64];

    void ensure(int n) {
      if (sim.length < n) {
        int c = Math.max(n, sim.length * 2);
        sim = new float[c];
        weight = new float[c];
        rank = new byte[c];
        q = new int[c];
        l = new int[c];
      }
      if (accepted.length < n) {
        accepted = new int[Math.max(n, accepted.length * 2)];
      }
    }
  }

  private NameScorer() {}

  /**
   * Fills {@code out} (may be null) with the chosen pairs and unmatched tokens, and {@code rules}
   * (may be null) with the name-level rules that lowered the score.
   */
  static double score(NameUnits q, NameUnits l, boolean person, Sim sim, List<Explanation.TokenPair> out,
      List<Explanation.Evidence> rules) {
    int nq = q.units();
    int nl = l.units();
    if (q.tokenCount == 0 || l.tokenCount == 0) {
      return 0;
    }
    // Candidate pairs as (sim, weight, qu, lu) in per-thread arrays, sorted by insertion.
    Pairs scratch = PAIRS.get();
    scratch.ensure(nq * nl);
    float[] ps = scratch.sim;
    float[] pw = scratch.weight;
    byte[] pr = scratch.rank;
    int[] pq = scratch.q;
    int[] pl = scratch.l;
    int np = 0;
    for (int a = 0; a < nq; a++) {
      for (int b = 0; b < nl; b++) {
        float s;
        if (q.span[a] > 1 && l.span[b] > 1) {
          // Joined against joined adds nothing over the single tokens, except when the
          // word boundary moved: Arefullaha Ref = Arefullah Aref.
          s = TokenSimilarity.shiftedBoundary(q.text[a], l.text[b]);
        } else {
          s = sim.sim(a, b);
          if (s == TokenSimilarity.SHORT_VARIANT && (q.kind[a] != TokenKind.NAME || l.kind[b] != TokenKind.NAME)
              && TokenSimilarity.shortSubstitution(q.text[a], l.text[b])) {
            s = 0f; // a particle, legal form or class word one letter off is another word (der/den)
          } else if (person && s > TokenSimilarity.SOFT_MAX && s < 1f && q.kind[a] == TokenKind.NAME
              && l.kind[b] == TokenKind.NAME && GivenNameSexes.otherSex(q.text[a], l.text[b])) {
            s = TokenSimilarity.SOFT_MAX; // Daniela is not Daniel: two names that look alike
          }
        }
        if (s <= 0f) {
          continue;
        }
        float w = q.weight[a] + l.weight[b];
        byte r = rank(q, a, l, b, s);
        int k = np++;
        while (k > 0 && (pr[k - 1] > r || pr[k - 1] == r && (ps[k - 1] < s || (ps[k - 1] == s && pw[k - 1] < w)))) {
          ps[k] = ps[k - 1];
          pw[k] = pw[k - 1];
          pr[k] = pr[k - 1];
          pq[k] = pq[k - 1];
          pl[k] = pl[k - 1];
          k--;
        }
        ps[k] = s;
        pw[k] = w;
        pr[k] = r;
        pq[k] = a;
        pl[k] = b;
      }
    }
    int[] partner = scratch.partner;
    if (partner.length < q.tokenCount) {
      partner = scratch.partner = new int[q.tokenCount];
    }
    java.util.Arrays.fill(partner, 0, q.tokenCount, -1);
    long usedQ = 0;
    long usedL = 0;
    boolean anchored = false;
    boolean softName = false;
    boolean wordForInitialQ = false;
    boolean wordForInitialL = false;
    boolean allStrong = true;
    double matched = 0;
    double paired = 0;
    int[] accepted = scratch.accepted;
    int na = 0;
    for (int k = 0; k < np; k++) {
      long mq = mask(q, pq[k]);
      long ml = mask(l, pl[k]);
      if ((usedQ & mq) != 0 || (usedL & ml) != 0) {
        continue;
      }
      usedQ |= mq;
      usedL |= ml;
      accepted[na++] = k;
      allStrong &= ps[k] > TokenSimilarity.SOFT_MAX;
      if (q.span[pq[k]] == 1 && l.span[pl[k]] == 1) {
        partner[q.first[pq[k]]] = l.first[pl[k]];
      }
      anchored |= ps[k] > TokenSimilarity.SOFT_MAX && q.text[pq[k]].length() > 1 && l.text[pl[k]].length() > 1;
      // A softly similar pair of name words is two different names that look alike (Ahmed and
      // Mohamed, Castro and Castillo): a substitution, however the rest of the name agrees.
      softName |= ps[k] <= TokenSimilarity.SOFT_MAX && distinctive(q.kind[pq[k]]) && distinctive(l.kind[pl[k]]);
      wordForInitialQ |= q.text[pq[k]].length() > 1 && l.text[pl[k]].length() == 1;
      wordForInitialL |= l.text[pl[k]].length() > 1 && q.text[pq[k]].length() == 1;
      matched += ps[k] * pw[k];
      paired += pw[k];
      if (out != null) {
        out.add(new Explanation.TokenPair(q.text[pq[k]], l.text[pl[k]], ps[k], pw[k]));
      }
      if (rules != null && ps[k] == TokenSimilarity.NICKNAME && nicknamesApply(q, pq[k], l, pl[k], person)) {
        nickname(rules, q.text[pq[k]], l.text[pl[k]]);
      }
      if (rules != null && person && ps[k] == TokenSimilarity.SOFT_MAX
          && GivenNameSexes.otherSex(q.text[pq[k]], l.text[pl[k]])) {
        rules.add(new Explanation.Evidence("name_rule", q.text[pq[k]], l.text[pl[k]],
            q.text[pq[k]] + " and " + l.text[pl[k]] + " are one given name's forms for two sexes", 0));
      }
    }
    if (rules != null) {
      readings(rules, q, pq, accepted, na);
      readings(rules, l, pl, accepted, na);
    }
    boolean legalQ = hasLegalForm(q);
    boolean legalL = hasLegalForm(l);
    double unQ = 0;
    int leftQ = 0;
    boolean unQNumber = false;
    boolean unQName = false;
    boolean unQClass = false;
    boolean unQLegal = false;
    for (int i = 0; i < q.tokenCount; i++) {
      if ((usedQ & (1L << Math.min(i, 63))) == 0) {
        unQ += repeatsMatched(q, i, usedQ) ? 0 : unmatchedWeight(q, i, person, legalL);
        unQName |= distinctive(q.kind[i]) || person && q.kind[i] == TokenKind.LEGAL;
        unQClass |= q.kind[i] == TokenKind.CLASS;
        unQLegal |= !person && q.kind[i] == TokenKind.LEGAL;
        unQNumber |= q.kind[i] == TokenKind.NUMBER;
        leftQ++;
        if (out != null) {
          out.add(new Explanation.TokenPair(q.text[i], null, 0, unmatchedWeight(q, i, person, legalL)));
        }
      }
    }
    double unL = 0;
    int leftL = 0;
    boolean unLNumber = false;
    boolean unLName = false;
    boolean unLClass = false;
    boolean unLLegal = false;
    for (int j = 0; j < l.tokenCount; j++) {
      if ((usedL & (1L << Math.min(j, 63))) == 0) {
        unL += repeatsMatched(l, j, usedL) ? 0 : unmatchedWeight(l, j, person, legalQ);
        unLName |= distinctive(l.kind[j]) || person && l.kind[j] == TokenKind.LEGAL;
        unLClass |= l.kind[j] == TokenKind.CLASS;
        unLLegal |= !person && l.kind[j] == TokenKind.LEGAL;
        unLNumber |= l.kind[j] == TokenKind.NUMBER;
        leftL++;
        if (out != null) {
          out.add(new Explanation.TokenPair(null, l.text[j], 0, unmatchedWeight(l, j, person, legalQ)));
        }
      }
    }
    if (!anchored) {
      // Only initials and soft similarities: nothing distinctive agrees. This is also what lets the
      // index skip names that share no strongly similar token with the query.
      return 0;
    }
    // A full word that found only an initial, while the other side keeps a name word unpaired, is a
    // different name too: Julia Torres is not Manuel J. Torres. So is one class word against another
    // (ABC International is not A.B.C. Company, Rosneft Trading not Rosneft Shipping).
    boolean substitution = (unQName || wordForInitialQ) && (unLName || wordForInitialL)
        || unQClass && unLClass;
    boolean legalConflict = unQLegal && unLLegal;
    boolean numberOneSide = !person && (unQNumber && leftL == 0 || unLNumber && leftQ == 0);
    // A Chinese or Korean name (read as Wade-Giles, or every word on both sides a romanised
    // syllable) has no middle names: a syllable one side lacks makes another name (Chou
    // Hsien-cheng is not Zhou Cheng, Zhang Lei Kai not Zhang Lei, Kim Song Ho Song Hun not Kim Song
    // Hun), as a substituted word does.
    boolean syllableMissing = person && (unLName || unQName) && !substitution
        && (q.wadeGiles() || l.wadeGiles() || syllabic(q) && syllabic(l));
    double lambda = substitution || legalConflict || syllableMissing ? 1.0 : person ? LISTED_EXTRA : LISTED_EXTRA_ORG;
    if (person && allStrong && unL == 0 && l.tokenCount >= 2 && unQ > 0 && inOrder(q, l, pq, pl, accepted, na)
        && !syllabic(l)) {
      // Every listed word found, strongly and in the listed order: the query's extra words are
      // middle names or a longer form of the same name (ANJEM IFTIKHAR CHOUDARY MAHMOOD for the
      // listed ANJEM CHOUDARY), which customer records carry and lists often omit. Not so in a
      // Chinese or Korean name, where a syllable more is another given name.
      unQ *= QUERY_EXTRA;
    }
    double denom = paired + unQ + lambda * unL;
    double score = denom <= 0 ? 0 : matched / denom;
    if (substitution || softName || syllableMissing) {
      score *= SUBSTITUTION;
      rule(rules, substitution ? "a word differs on both sides" : softName ? "words only look alike"
          : "a syllable of a Chinese or Korean name is missing on one side", SUBSTITUTION);
    }
    if (legalConflict) {
      score *= LEGAL_FORM_CONFLICT;
      rule(rules, "each name has a legal form the other lacks", LEGAL_FORM_CONFLICT);
    }
    if (numberOneSide) {
      score *= NUMBER_ONE_SIDE;
      rule(rules, "a number only one name has", NUMBER_ONE_SIDE);
    }
    if (lineageReversed(q, l, partner)) {
      score *= LINEAGE_REVERSED;
      rule(rules, "father's and own name swapped around bin/ibn", LINEAGE_REVERSED);
    }
    if (q.name.symbols() != null && l.name.symbols() != null && q.name.script() == l.name.script()) {
      double symbols = symbolDice(q.name.symbols(), l.name.symbols());
      if (symbols < score) {
        score = symbols;
        rule(rules, String.format(java.util.Locale.ROOT, "in the same script the symbols agree only %.2f", symbols), 1);
      }
    }
    return score;
  }

  /**
   * Order in which candidate pairs are accepted, before similarity: strong pairs first, but
   * particles against particles (single or joined) after the other strong pairs, and soft pairs
   * last. A particle pairs with any other like it, so taken first it could use the al of {@code Abd
   * al-Latif} for that of al-Kawari and leave {@code abd al latif} unable to meet {@code عبداللطيف}
   * as one run.
   */
  private static byte rank(NameUnits q, int a, NameUnits l, int b, float s) {
    if (s <= TokenSimilarity.SOFT_MAX) {
      return 2;
    }
    return particles(q, a) && particles(l, b) ? (byte) 1 : 0;
  }

  /** Whether every token unit {@code u} covers is a particle ({@code al}, {@code abd al}). */
  private static boolean particles(NameUnits n, int u) {
    for (int t = n.first[u]; t < n.first[u] + n.span[u]; t++) {
      if (n.kind[t] != TokenKind.PARTICLE) {
        return false;
      }
    }
    return true;
  }

  /** Says which word stood for which when a query word and a listed word paired as nickname and full name. */
  private static void nickname(List<Explanation.Evidence> rules, String query, String listed) {
    // a pair at this similarity may also be two spellings with the same phonetic key
    if (Nicknames.isNicknameOf(query, listed)) {
      rules.add(new Explanation.Evidence("name_rule", query, listed, query + " is a nickname of " + listed, 0));
    } else if (Nicknames.isNicknameOf(listed, query)) {
      rules.add(new Explanation.Evidence("name_rule", query, listed, listed + " is a nickname of " + query, 0));
    }
  }

  /** Says which written syllables were read as pinyin in the accepted pairs ({@code chin ping as jinping}). */
  private static void readings(List<Explanation.Evidence> rules, NameUnits u, int[] units, int[] accepted, int n) {
    StringBuilder sb = null;
    for (int a = 0; a < n; a++) {
      int unit = units[accepted[a]];
      if (!u.reading(unit)) {
        continue;
      }
      sb = sb == null ? new StringBuilder("Wade-Giles read as pinyin: ") : sb.append(", ");
      for (int t = u.first[unit]; t < u.first[unit] + u.span[unit]; t++) {
        sb.append(t > u.first[unit] ? " " : "").append(u.text[t]);
      }
      sb.append(" as ").append(u.text[unit]);
    }
    if (sb != null) {
      rule(rules, sb.toString(), 1);
    }
  }

  private static void rule(List<Explanation.Evidence> rules, String what, double factor) {
    if (rules != null) {
      String verdict = factor == 1 ? what : String.format(java.util.Locale.ROOT, "%s: x%.2f", what, factor);
      rules.add(new Explanation.Evidence("name_rule", null, null, verdict, 0));
    }
  }

  /**
   * What an unpaired token costs. In a person's name a "legal form" is a surname that happens to
   * spell one (Sá, As, Ab), so it costs as a name word would. A place costs as a name word when the
   * other name is a full legal name too ({@code otherHasLegalForm}): Banco Santander S.A. and Banco
   * Santander México S.A. are two companies, while the brand Faberlic stands for Faberlic Europe.
   */
  private static float unmatchedWeight(NameUnits u, int token, boolean person, boolean otherHasLegalForm) {
    byte kind = u.kind[token];
    return person && kind == TokenKind.LEGAL || otherHasLegalForm && kind == TokenKind.PLACE
        ? u.weight[token] / TokenWeights.kindFactor(kind) : u.weight[token];
  }

  private static boolean syllabic(NameUnits u) {
    for (int i = 0; i < u.tokenCount; i++) {
      if (!Syllables.eastAsian(u.text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the accepted pairs keep the listed words in the query's order. A listed "FAMILY, Given"
   * read against "Given Middle Family" does not count as in order: allowing that rotation doubled the
   * false alerts this rule adds on the clean-name set (common Hispanic and English names).
   */
  private static boolean inOrder(NameUnits q, NameUnits l, int[] pq, int[] pl, int[] accepted, int n) {
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        int ka = accepted[a];
        int kb = accepted[b];
        if (l.first[pl[ka]] < l.first[pl[kb]] && q.first[pq[ka]] > q.first[pq[kb]]) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasLegalForm(NameUnits u) {
    for (int i = 0; i < u.tokenCount; i++) {
      if (u.kind[i] == TokenKind.LEGAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when both names say whose son someone is ("bin", "ibn", "ben", "bint") and the query's
   * father's name pairs with a listed word that is no father's name: Salman bin Muhammad is not
   * Muhammad bin Salman, though every word agrees.
   */
  static boolean lineageReversed(NameUnits q, NameUnits l, int[] partner) {
    if (!hasLineage(q) || !hasLineage(l)) {
      return false;
    }
    for (int i = 0; i < q.tokenCount; i++) {
      if (!NameAnalyzer.lineage(q.text[i])) {
        continue;
      }
      int father = nextName(q, i);
      if (father >= 0 && partner[father] >= 0 && !isFathersName(l, partner[father])) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLineage(NameUnits u) {
    for (int i = 0; i < u.tokenCount; i++) {
      if (NameAnalyzer.lineage(u.text[i])) {
        return true;
      }
    }
    return false;
  }

  /** The first name word after token {@code i}, skipping particles such as al-; -1 if none. */
  private static int nextName(NameUnits u, int i) {
    for (int k = i + 1; k < u.tokenCount; k++) {
      if (u.kind[k] == TokenKind.NAME || u.kind[k] == TokenKind.ANCESTOR) {
        return k;
      }
      if (NameAnalyzer.lineage(u.text[k])) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isFathersName(NameUnits u, int token) {
    for (int i = 0; i < token; i++) {
      if (NameAnalyzer.lineage(u.text[i]) && nextName(u, i) == token) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word repeated within one name (Shoigu Shoigu Sergey) costs nothing once its twin is paired; it
   * still counts as a name word left over when the other side has one too (Chang Su Ha is not Chang
   * Chang Ha).
   */
  private static boolean repeatsMatched(NameUnits u, int token, long used) {
    for (int t = 0; t < u.tokenCount && t < 64; t++) {
      if (t != token && (used & (1L << t)) != 0 && u.text[t].equals(u.text[token])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words whose replacement by another makes a different name (an initial too: William G. Frost is
   * not William W. Frost, Hans O. is not Hans Joachim). Numbers are not among them: a series
   * or vintage number that differs (Trust 2004-1 / 2004-2) costs its weight but keeps the rest of a
   * long name comparable, while in short names (110th Brigade) that weight alone keeps them apart.
   */
  private static boolean distinctive(byte kind) {
    return kind == TokenKind.NAME || kind == TokenKind.PARTICLE || kind == TokenKind.INITIAL
        || kind == TokenKind.QUALIFIER || kind == TokenKind.PLACE || kind == TokenKind.ANCESTOR;
  }

  /** Bits of the tokens a unit covers; tokens beyond 63 share the last bit (names are never that long). */
  private static long mask(NameUnits u, int unit) {
    long m = 0;
    for (int t = u.first[unit]; t < u.first[unit] + u.span[unit]; t++) {
      m |= 1L << Math.min(t, 63);
    }
    return m;
  }


  /** Dice coefficient over the multisets of original symbols. */
  static double symbolDice(String[] a, String[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    boolean[] used = new boolean[b.length];
    int common = 0;
    for (String x : a) {
      for (int j = 0; j < b.length; j++) {
        if (!used[j] && b[j].equals(x)) {
          used[j] = true;
          common++;
          break;
        }
      }
    }
    return 2.0 * common / (a.length + b.length);
  }
}
