package io.interdict.match;

import io.interdict.match.text.Edits;
import io.interdict.match.text.Phonetic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory candidate index over the units of all listed names; built once per list version, then
 * read-only and shared by all threads (per-thread scratch arrays hold query state).
 *
 * <p>Two levels. A query token is first resolved to the vocabulary tokens that {@link
 * TokenSimilarity} scores above zero: padded character trigrams with the q-gram count filter (two
 * strings within k edits share at least {@code maxLen + 2 - 4k} padded trigrams, a transposition
 * destroying at most four) plus a phonetic-key table, then exact verification. Second, postings of
 * those tokens give candidate names, and for each one an upper bound of the score the {@link
 * NameScorer} could give it, from the weights that can possibly align; names whose bound is below the
 * threshold are never scored. Both filters are exact bounds, not heuristics, so the index returns
 * every name a full scan with the same scorer would return (checked by a randomised test).
 */
final class CandidateIndex {
  private static final int ALPHABET = 37;
  private static final int CACHE_LIMIT = 100_000;

  /** Vocabulary tokens similar to one query token, sorted by id. */
  record Similar(int[] ids, float[] sims) {
    static final Similar NONE = new Similar(new int[0], new float[0]);

    float get(int vocabId) {
      int k = Arrays.binarySearch(ids, vocabId);
      return k >= 0 ? sims[k] : 0f;
    }
  }

  final String[] vocab;
  private final Map<String, Integer> vocabIds;
  private final int[][] gramPostings;
  private final Map<String, int[]> phonetic;
  private final int[][] namePostings;
  private final float[] maxUnitWeight;
  /** Id of the first vocabulary token of each length (ids are ordered by length). */
  private final int[] firstOfLength;
  private final ConcurrentHashMap<String, Similar> cache = new ConcurrentHashMap<>();
  private final ThreadLocal<Scratch> scratch;

  CandidateIndex(List<NameUnits> names) {
    // Ids in order of token length: every posting list is then sorted by length, and a lookup
    // reads only the slice of lengths within reach of the edit bound.
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (NameUnits u : names) {
      distinct.addAll(Arrays.asList(u.text));
    }
    List<String> words = new ArrayList<>(distinct);
    words.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> ids = new HashMap<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      ids.put(words.get(i), i);
    }
    int maxLen = words.isEmpty() ? 0 : words.get(words.size() - 1).length();
    firstOfLength = new int[maxLen + 2];
    for (int len = 0, i = 0; len <= maxLen + 1; len++) {
      while (i < words.size() && words.get(i).length() < len) {
        i++;
      }
      firstOfLength[len] = i;
    }
    float[] maxW = new float[words.size()];
    int[] postingCount = new int[words.size()];
    int[][] postingsTmp = new int[words.size()][];
    for (int n = 0; n < names.size(); n++) {
      NameUnits u = names.get(n);
      for (int k = 0; k < u.units(); k++) {
        int id = ids.get(u.text[k]);
        u.vocab[k] = id;
        maxW[id] = Math.max(maxW[id], u.weight[k]);
        int[] p = postingsTmp[id];
        int c = postingCount[id];
        if (p == null) {
          p = new int[2];
          postingsTmp[id] = p;
        }
        if (c > 0 && p[c - 1] == n) {
          continue; // same name, same token twice
        }
        if (c == p.length) {
          p = Arrays.copyOf(p, c * 2);
          postingsTmp[id] = p;
        }
        p[c] = n;
        postingCount[id] = c + 1;
      }
    }
    int v = words.size();
    vocab = words.toArray(new String[0]);
    vocabIds = ids;
    namePostings = new int[v][];
    maxUnitWeight = new float[v];
    for (int i = 0; i < v; i++) {
      namePostings[i] = Arrays.copyOf(postingsTmp[i], postingCount[i]);
      maxUnitWeight[i] = maxW[i];
    }
    int[] gramCount = new int[ALPHABET * ALPHABET * ALPHABET];
    for (String t : vocab) {
      for (int g : grams(t)) {
        gramCount[g]++;
      }
    }
    gramPostings = new int[gramCount.length][];
    for (int g = 0; g < gramCount.length; g++) {
      gramPostings[g] = new int[gramCount[g]];
    }
    int[] fill = new int[gramCount.length];
    Map<String, List<Integer>> ph = new HashMap<>();
    for (int i = 0; i < v; i++) {
      for (int g : grams(vocab[i])) {
        gramPostings[g][fill[g]++] = i;
      }
      String key = Phonetic.key(vocab[i]);
      if (!key.isEmpty()) {
        ph.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    phonetic = new HashMap<>();
    ph.forEach((k, list) -> phonetic.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
    int nNames = names.size();
    scratch = ThreadLocal.withInitial(() -> new Scratch(vocab.length, nNames));
  }

  int vocabSize() {
    return vocab.length;
  }

  int vocabId(String token) {
    Integer id = vocabIds.get(token);
    return id == null ? -1 : id;
  }

  int[] postings(int vocabId) {
    return namePostings[vocabId];
  }

  float maxUnitWeight(int vocabId) {
    return maxUnitWeight[vocabId];
  }

  /** Vocabulary tokens strongly similar (above {@link TokenSimilarity#SOFT_MAX}); memoised per token. */
  Similar similar(String token) {
    if (token.length() < 2) {
      return Similar.NONE;
    }
    Similar s = cache.get(token);
    if (s == null) {
      s = lookup(token);
      if (cache.size() < CACHE_LIMIT) {
        cache.put(token, s);
      }
    }
    return s;
  }

  private Similar lookup(String token) {
    Scratch sc = scratch.get();
    int[] count = sc.gramCount;
    int[] touched = sc.touchedVocab;
    int la = token.length();
    int kMax = TokenSimilarity.maxEdits(la + 3);
    int lo = firstOfLength[Math.min(Math.max(0, la - kMax), firstOfLength.length - 1)];
    int hi = firstOfLength[Math.min(la + kMax + 1, firstOfLength.length - 1)];
    int nt = 0;
    for (int g : grams(token)) {
      int[] post = gramPostings[g];
      int from = Arrays.binarySearch(post, lo);
      if (from < 0) {
        from = -from - 1;
      }
      while (from > 0 && post[from - 1] >= lo) {
        from--;
      }
      for (int j = from; j < post.length; j++) {
        int id = post[j];
        if (id >= hi) {
          break;
        }
        if (count[id]++ == 0) {
          if (nt == touched.length) {
            touched = Arrays.copyOf(touched, nt * 2);
            sc.touchedVocab = touched;
          }
          touched[nt++] = id;
        }
      }
    }
    if (MatchEngine.DEBUG) {
      System.err.println("lookup " + token + " touched " + nt + " range " + (hi - lo));
    }
    int[] outIds = new int[16];
    float[] outSims = new float[16];
    int no = 0;
    for (int i = 0; i < nt; i++) {
      int id = touched[i];
      int c = count[id];
      count[id] = 0;
      String cand = vocab[id];
      int lb = cand.length();
      int len = Math.max(la, lb);
      int k = TokenSimilarity.maxEdits(len);
      if (Math.abs(la - lb) > k || c < len + 2 - 4 * k) {
        continue;
      }
      // Cheap bounded edit distance first; the full similarity only for the few within reach.
      if (k > 0 && Edits.osa(token, cand, k) > k) {
        continue;
      }
      float s = TokenSimilarity.sim(token, cand);
      if (s > TokenSimilarity.SOFT_MAX) {
        if (no == outIds.length) {
          outIds = Arrays.copyOf(outIds, no * 2);
          outSims = Arrays.copyOf(outSims, no * 2);
        }
        outIds[no] = id;
        outSims[no++] = s;
      }
    }
    String key = Phonetic.key(token);
    int[] sameKey = key.isEmpty() ? null : phonetic.get(key);
    if (sameKey != null) {
      for (int id : sameKey) {
        boolean present = false;
        for (int j = 0; j < no && !present; j++) {
          present = outIds[j] == id;
        }
        if (!present) {
          float s = TokenSimilarity.sim(token, vocab[id]);
          if (s > TokenSimilarity.SOFT_MAX) {
            if (no == outIds.length) {
              outIds = Arrays.copyOf(outIds, no * 2);
              outSims = Arrays.copyOf(outSims, no * 2);
            }
            outIds[no] = id;
            outSims[no++] = s;
          }
        }
      }
    }
    // sort by id for binary search
    long[] packed = new long[no];
    for (int i = 0; i < no; i++) {
      packed[i] = ((long) outIds[i] << 32) | (Float.floatToIntBits(outSims[i]) & 0xffffffffL);
    }
    Arrays.sort(packed);
    int[] ids = new int[no];
    float[] sims = new float[no];
    for (int i = 0; i < no; i++) {
      ids[i] = (int) (packed[i] >>> 32);
      sims[i] = Float.intBitsToFloat((int) packed[i]);
    }
    return new Similar(ids, sims);
  }

  /** Padded trigram ids of a token of [a-z0-9]; other characters map to the pad symbol. */
  static int[] grams(String t) {
    int n = t.length();
    int[] out = new int[n + 2];
    int c0 = 0;
    int c1 = 0;
    for (int i = 0; i < n + 2; i++) {
      int c2 = i < n ? code(t.charAt(i)) : 0;
      out[i] = (c0 * ALPHABET + c1) * ALPHABET + c2;
      c0 = c1;
      c1 = c2;
    }
    return out;
  }

  private static int code(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 27;
    }
    return 0;
  }

  Scratch scratch() {
    return scratch.get();
  }

  /** Per-thread working arrays, reused across queries. */
  static final class Scratch {
    final int[] gramCount;
    int[] touchedVocab = new int[1024];
    final float[] qWeight;
    final float[] lWeight;
    final int[] unitStamp;
    final int[] seen;
    int[] touchedNames = new int[1024];
    int epoch;
    int unitEpoch;

    Scratch(int vocabSize, int names) {
      gramCount = new int[vocabSize];
      qWeight = new float[names];
      lWeight = new float[names];
      unitStamp = new int[names];
      seen = new int[names];
    }
  }
}
