package io.interdict.match;

import io.interdict.match.names.Nicknames;
import io.interdict.match.text.Phonetic;
import io.interdict.match.text.Slips;
import io.interdict.match.text.Syllables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory candidate index over the units of all listed names; built once per list version, then
 * read-only and shared by all threads (per-thread scratch arrays hold query state).
 *
 * <p>Two levels. A query unit is first resolved to the vocabulary units that {@link
 * TokenSimilarity} scores as strongly similar: a symmetric-deletion index ({@link DeletionIndex})
 * finds every token within the edit allowance, a phonetic-key table every phonetic equal, a table
 * of spellings without repeated letters every token a held key lengthened or shortened, and the
 * {@link Nicknames} table, looked up exactly, every full name of a nickname and every nickname of a
 * full name (strong only in a person's name: see {@link Similar#get(int, boolean)}). Second,
 * postings of those units give candidate names, and for each one an upper bound of the score the
 * {@link NameScorer} could give it from the weights that can possibly align (see {@link
 * MatchEngine#bound}); names below the threshold are never scored. Both levels are exact, not
 * heuristic, so the index returns every name a full scan with the same scorer would return (checked
 * by a randomised test against {@link MatchEngine#screenByScan}).
 *
 * <p>Vocabulary ids: single tokens written in Latin first, then single tokens romanised from a script
 * that writes no short vowels ({@link NameUnits#abjad}, compared differently), then joined runs of two
 * or three adjacent tokens, Latin and then abjad ones (a string that is several of these has an id
 * for each).
 */
final class CandidateIndex {
  private static final int CACHE_LIMIT = 200_000;

  /**
   * Vocabulary units strongly similar to one query unit, sorted by id: {@code sims} by {@link
   * TokenSimilarity#sim} (0 for a unit that is only a nickname or full name of the query unit),
   * {@code personSims} by {@link TokenSimilarity#personSim}, the same array when no nickname is
   * among them.
   */
  record Similar(int[] ids, float[] sims, float[] personSims) {
    static final Similar NONE = new Similar(new int[0], new float[0], new float[0]);

    /** The similarity, counting nicknames when {@code nicknames} (see {@link NameScorer#nicknamesApply}). */
    float get(int vocabId, boolean nicknames) {
      int k = Arrays.binarySearch(ids, vocabId);
      return k < 0 ? 0f : nicknames ? personSims[k] : sims[k];
    }
  }

  final String[] vocab;
  /** Ids from here to {@link #singles} are single words romanised from an abjad script. */
  private final int firstAbjad;
  private final int singles;
  /** Ids from here on are joined runs with a word romanised from an abjad script in them. */
  private final int firstAbjadJoined;
  private final DeletionIndex singleIndex;
  private final DeletionIndex joinedIndex;
  private final Map<String, int[]> phonetic;
  /**
   * Single tokens by {@link Phonetic#abjadKey}: all of them ({@code perez} under {@code brs}, {@code
   * umar} under {@code amr}), and the {@link Phonetic#abjadWord}s. A query word that is one meets every
   * token of its key; any other query word only the abjad words, the only pairs compared by that key
   * ({@link TokenSimilarity#sim(String, boolean, String, boolean)}). Joined runs with an abjad word in
   * them are in both tables too, by {@link TokenSimilarity#joinedAbjadKey}, and Latin runs in {@link
   * #latinRunKeys}: a single word meets a joined run by that key when one of them is from an abjad
   * script.
   */
  private final Map<String, int[]> abjadKeys;
  private final Map<String, int[]> abjadWordKeys;
  /** Words of one consonant and written vowels by {@link Phonetic#shortKey}: from an abjad script, and Latin. */
  private final Map<String, int[]> shortScriptKeys;
  private final Map<String, int[]> shortLatinKeys;
  /**
   * Joined runs of Latin words by {@link TokenSimilarity#joinedAbjadKey}, which only a query word
   * read as a skeleton looks up ({@code عبدالكريم} for {@code Abdul Karim}): made on the first such
   * lookup, since keying the tens of thousands of runs would add a tenth to every index build for
   * lists screened in Latin letters only. Immutable once published.
   */
  private volatile Map<String, int[]> latinRunKeys;
  /**
   * Single tokens by their spelling without repeated letters ({@link Slips#withoutRepeats}), where
   * that differs from the token or is shared; a token that is its own key is found by exact lookup.
   */
  private final Map<String, int[]> repeats;
  /** Single Latin tokens that are one romanised syllable, by {@link Syllables#key}. */
  private final Map<String, int[]> syllables;
  private final int[][] namePostings;
  private final float[] maxUnitWeight;
  /** Memo of {@link #similar} for single and for joined query units, Latin and abjad ones. */
  private final ConcurrentHashMap<String, Similar> singleCache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Similar> abjadCache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Similar> joinedCache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Similar> abjadJoinedCache = new ConcurrentHashMap<>();
  private final ThreadLocal<Scratch> scratch;

  CandidateIndex(List<NameUnits> names) {
    Set<String> single = new LinkedHashSet<>();
    Set<String> abjad = new LinkedHashSet<>();
    Set<String> joined = new LinkedHashSet<>();
    Set<String> abjadJoined = new LinkedHashSet<>();
    for (NameUnits u : names) {
      for (int k = 0; k < u.units(); k++) {
        kindSet(u, k, single, abjad, joined, abjadJoined).add(u.text[k]);
      }
    }
    firstAbjad = single.size();
    singles = firstAbjad + abjad.size();
    firstAbjadJoined = singles + joined.size();
    vocab = new String[firstAbjadJoined + abjadJoined.size()];
    Map<String, Integer> singleIds = new HashMap<>(firstAbjad * 2);
    Map<String, Integer> abjadIds = new HashMap<>(abjad.size() * 2);
    Map<String, Integer> joinedIds = new HashMap<>(joined.size() * 2);
    Map<String, Integer> abjadJoinedIds = new HashMap<>(abjadJoined.size() * 2);
    int id = 0;
    id = assign(single, singleIds, id);
    id = assign(abjad, abjadIds, id);
    id = assign(joined, joinedIds, id);
    assign(abjadJoined, abjadJoinedIds, id);
    float[] maxW = new float[vocab.length];
    int[] postingCount = new int[vocab.length];
    int[][] postingsTmp = new int[vocab.length][];
    for (int n = 0; n < names.size(); n++) {
      NameUnits u = names.get(n);
      for (int k = 0; k < u.units(); k++) {
        int v = kindSet(u, k, singleIds, abjadIds, joinedIds, abjadJoinedIds).get(u.text[k]);
        u.vocab[k] = v;
        maxW[v] = Math.max(maxW[v], u.weight[k]);
        int[] p = postingsTmp[v];
        if (p == null) {
          p = new int[2];
          postingsTmp[v] = p;
        }
        int c = postingCount[v];
        if (c > 0 && p[c - 1] == n) {
          continue; // same name, same unit twice
        }
        if (c == p.length) {
          p = Arrays.copyOf(p, c * 2);
          postingsTmp[v] = p;
        }
        p[c] = n;
        postingCount[v] = c + 1;
      }
    }
    namePostings = new int[vocab.length][];
    for (int v = 0; v < vocab.length; v++) {
      namePostings[v] = Arrays.copyOf(postingsTmp[v], postingCount[v]);
    }
    maxUnitWeight = maxW;
    String[] singleWords = Arrays.copyOf(vocab, singles);
    String[] joinedWords = Arrays.copyOfRange(vocab, singles, vocab.length);
    singleIndex = new DeletionIndex(singleWords, TokenSimilarity::indexDepth);
    joinedIndex = new DeletionIndex(joinedWords, len -> TokenSimilarity.maxJoinedEdits(len + 1));
    Map<String, List<Integer>> ph = new HashMap<>();
    Map<String, List<Integer>> ab = new HashMap<>();
    Map<String, List<Integer>> abWords = new HashMap<>();
    for (int i = 0; i < singles; i++) {
      String key = Phonetic.key(vocab[i], abjad(i));
      if (!key.isEmpty()) {
        ph.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      boolean abjadWord = Phonetic.abjadWord(vocab[i], abjad(i));
      fileByKey(Phonetic.abjadKey(vocab[i], abjadWord), i, abjadWord, ab, abWords);
      if (abjadWord) { // a Latin word meets it by that key too (TokenSimilarity.sim)
        fileByKey(Phonetic.abjadSplitKey(vocab[i]), i, true, ab, abWords);
      } else { // and an abjad word meets a Latin one with the article joined by the rest (Essaadi)
        String rest = Phonetic.withoutAssimilatedArticle(vocab[i]);
        fileByKey(rest.isEmpty() ? "" : Phonetic.abjadKey(rest, false), i, false, ab, abWords);
      }
    }
    for (int i = firstAbjadJoined; i < vocab.length; i++) { // Latin runs: see latinRunKeys
      fileByKey(TokenSimilarity.joinedAbjadKey(vocab[i], true), i, true, ab, abWords);
    }
    phonetic = arrays(ph);
    abjadKeys = arrays(ab);
    abjadWordKeys = arrays(abWords);
    Map<String, List<Integer>> shortScript = new HashMap<>();
    Map<String, List<Integer>> shortLatin = new HashMap<>();
    for (int i = 0; i < singles; i++) { // words of one consonant: TokenSimilarity.shortKeysMeet
      boolean fromScript = abjad(i);
      if (fromScript || !Phonetic.abjadWord(vocab[i], false)) {
        fileByKey(Phonetic.shortKey(vocab[i], fromScript), i, false, fromScript ? shortScript : shortLatin, null);
      }
    }
    shortScriptKeys = arrays(shortScript);
    shortLatinKeys = arrays(shortLatin);
    Map<String, List<Integer>> rep = new HashMap<>();
    for (int i = 0; i < singles; i++) {
      rep.computeIfAbsent(Slips.withoutRepeats(vocab[i]), k -> new ArrayList<>()).add(i);
    }
    Map<String, List<Integer>> syl = new HashMap<>();
    for (int i = 0; i < firstAbjad; i++) {
      String key = Syllables.key(vocab[i]);
      if (key != null) {
        syl.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    syllables = arrays(syl);
    repeats = new HashMap<>();
    rep.forEach((k, list) -> {
      if (list.size() > 1 || !k.equals(vocab[list.get(0)])) {
        repeats.put(k, list.stream().mapToInt(Integer::intValue).toArray());
      }
    });
    int nNames = names.size();
    int nVocab = vocab.length;
    scratch = ThreadLocal.withInitial(() -> new Scratch(nVocab, nNames));
  }

  int vocabSize() {
    return vocab.length;
  }

  private static void fileByKey(String key, int id, boolean abjadWord, Map<String, List<Integer>> all,
      Map<String, List<Integer>> abjadWords) {
    if (!key.isEmpty()) {
      all.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      if (abjadWord) {
        abjadWords.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      }
    }
  }

  /** Where unit {@code k} of a name goes: single or joined, Latin or abjad ({@link NameUnits#abjad}). */
  private static <T> T kindSet(NameUnits u, int k, T single, T abjad, T joined, T abjadJoined) {
    return u.span[k] > 1 ? (u.abjad(k) ? abjadJoined : joined) : u.abjad(k) ? abjad : single;
  }

  private int assign(Set<String> units, Map<String, Integer> ids, int id) {
    for (String s : units) {
      ids.put(s, id);
      vocab[id++] = s;
    }
    return id;
  }

  private Map<String, int[]> latinRunKeys() {
    Map<String, int[]> keys = latinRunKeys;
    if (keys == null) {
      synchronized (this) {
        keys = latinRunKeys;
        if (keys == null) {
          Map<String, List<Integer>> runs = new HashMap<>();
          for (int i = singles; i < firstAbjadJoined; i++) {
            String key = TokenSimilarity.joinedAbjadKey(vocab[i], false);
            if (!key.isEmpty()) {
              runs.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
          }
          keys = arrays(runs);
          latinRunKeys = keys;
        }
      }
    }
    return keys;
  }

  /** Whether vocabulary unit {@code id} is romanised from an abjad script or a run with such a word. */
  private boolean abjad(int id) {
    return id >= firstAbjad && id < singles || id >= firstAbjadJoined;
  }

  /** Similarity of a query unit to vocabulary unit {@code id}, single or joined. */
  private float sim(String unit, boolean abjad, boolean joinedUnit, int id) {
    return TokenSimilarity.sim(unit, abjad, vocab[id], abjad(id), joinedUnit || id >= singles);
  }

  int[] postings(int vocabId) {
    return namePostings[vocabId];
  }

  float maxUnitWeight(int vocabId) {
    return maxUnitWeight[vocabId];
  }

  /**
   * Vocabulary units strongly similar to a query unit, {@code abjad} when it is a single word
   * romanised from an abjad script ({@link NameUnits#abjad}); memoised.
   */
  Similar similar(String unit, boolean joinedUnit, boolean abjad) {
    if (unit.length() < 2) {
      return Similar.NONE;
    }
    ConcurrentHashMap<String, Similar> cache = joinedUnit ? (abjad ? abjadJoinedCache : joinedCache)
        : abjad ? abjadCache : singleCache;
    Similar s = cache.get(unit);
    if (s == null) {
      s = lookup(unit, joinedUnit, abjad);
      if (singleCache.size() + abjadCache.size() + joinedCache.size() + abjadJoinedCache.size() < CACHE_LIMIT) {
        cache.put(unit, s);
      }
    }
    return s;
  }

  private Similar lookup(String unit, boolean joinedUnit, boolean abjad) {
    Scratch sc = scratch.get();
    if (sc.lookupEpoch == Integer.MAX_VALUE) {
      Arrays.fill(sc.mark, 0);
      sc.lookupEpoch = 0;
    }
    Collector out = new Collector(sc.mark, ++sc.lookupEpoch);
    int la = unit.length();
    // A word within reach shares many deletion variants with the unit: each is scored once.
    if (joinedUnit) {
      // a joined query pair meets single listed tokens, and joined ones spelled the same
      singleIndex.candidates(unit, TokenSimilarity.maxJoinedEdits(la + 1), id -> {
        if (out.first(id)) {
          out.keep(id, sim(unit, abjad, true, id));
        }
      });
      // across scripts, single words by key (joined against joined is a moved boundary only)
      String joinedKey = TokenSimilarity.joinedAbjadKey(unit, abjad);
      if (!joinedKey.isEmpty()) {
        int[] sameKey = (abjad ? abjadKeys : abjadWordKeys).get(joinedKey);
        if (sameKey != null) {
          for (int id : sameKey) {
            if (id < singles && out.first(id)) {
              out.keep(id, sim(unit, abjad, true, id));
            }
          }
        }
      }
      joinedIndex.candidates(unit, 0, j -> {
        if (out.first(singles + j)) {
          out.keep(singles + j, TokenSimilarity.shiftedBoundary(unit, vocab[singles + j]));
        }
      });
    } else {
      // Nicknames first: each id is scored once, and these need both similarities.
      for (String name : Nicknames.relatedTo(unit)) {
        singleIndex.candidates(name, 0, id -> {
          if (vocab[id].equals(name) && out.first(id)) {
            float s = TokenSimilarity.sim(unit, abjad, name, abjad(id));
            out.keep(id, s, Math.max(s, TokenSimilarity.NICKNAME));
          }
        });
      }
      singleIndex.candidates(unit, TokenSimilarity.indexDepth(la), id -> {
        if (out.first(id)) {
          out.keep(id, TokenSimilarity.sim(unit, abjad, vocab[id], abjad(id)));
        }
      });
      if (la <= TokenSimilarity.SHORT_VARIANT_MAX) {
        for (String v : TokenSimilarity.shortVariants(unit)) {
          singleIndex.candidates(v, 0, id -> {
            if (out.first(id)) {
              out.keep(id, TokenSimilarity.sim(unit, abjad, vocab[id], abjad(id)));
            }
          });
        }
      }
      String plain = Slips.withoutRepeats(unit);
      int[] sameLetters = repeats.get(plain);
      if (sameLetters != null) {
        for (int id : sameLetters) {
          if (out.first(id)) {
            out.keep(id, TokenSimilarity.sim(unit, abjad, vocab[id], abjad(id)));
          }
        }
      }
      if (plain != unit) {
        singleIndex.candidates(plain, 0, id -> {
          if (vocab[id].equals(plain) && out.first(id)) {
            out.keep(id, TokenSimilarity.sim(unit, abjad, plain, abjad(id)));
          }
        });
      }
      String key = Phonetic.key(unit, abjad);
      if (!key.isEmpty()) {
        phoneticCandidates(unit, abjad, phonetic.get(key), out);
      }
      String syllable = abjad ? null : Syllables.key(unit);
      if (syllable != null) {
        phoneticCandidates(unit, false, syllables.get(syllable), out);
      }
      boolean abjadWord = Phonetic.abjadWord(unit, abjad);
      if (abjadWord) {
        String split = Phonetic.abjadSplitKey(unit);
        if (!split.isEmpty()) {
          phoneticCandidates(unit, abjad, abjadKeys.get(split), out);
        }
      }
      String shortKey = abjad || !abjadWord ? Phonetic.shortKey(unit, abjad) : "";
      if (!shortKey.isEmpty()) {
        phoneticCandidates(unit, abjad, (abjad ? shortLatinKeys : shortScriptKeys).get(shortKey), out);
      }
      String rest = abjadWord ? "" : Phonetic.withoutAssimilatedArticle(unit);
      if (!rest.isEmpty()) { // Essaadi meets سعدي (TokenSimilarity.articleKeyMeets)
        String restKey = Phonetic.abjadKey(rest, false);
        if (restKey.length() >= 2) {
          phoneticCandidates(unit, abjad, abjadWordKeys.get(restKey), out);
        }
      }
      String abjadKey = Phonetic.abjadKey(unit, abjadWord);
      if (!abjadKey.isEmpty()) {
        phoneticCandidates(unit, abjad, (abjadWord ? abjadKeys : abjadWordKeys).get(abjadKey), out);
        if (abjadWord && abjadKey.length() >= TokenSimilarity.MIN_JOINED_ABJAD_KEY) {
          phoneticCandidates(unit, abjad, latinRunKeys().get(abjadKey), out);
        }
      }
      joinedIndex.candidates(unit, TokenSimilarity.maxJoinedEdits(la + 1), j -> {
        if (out.first(singles + j)) {
          out.keep(singles + j, sim(unit, abjad, true, singles + j));
        }
      });
    }
    return out.result();
  }

  private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((k, list) -> out.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  private void phoneticCandidates(String unit, boolean abjad, int[] sameKey, Collector out) {
    if (sameKey != null) {
      for (int id : sameKey) {
        if (out.first(id)) {
          out.keep(id, sim(unit, abjad, false, id));
        }
      }
    }
  }

  /** Keeps each strongly similar id once, then sorts by id. */
  private static final class Collector {
    private final int[] mark;
    private final int epoch;
    private int[] ids = new int[8];
    private float[] sims = new float[8];
    private float[] personSims = new float[8];
    private int n;
    private boolean nicknames;

    Collector(int[] mark, int epoch) {
      this.mark = mark;
      this.epoch = epoch;
    }

    /** True the first time {@code id} comes up in this lookup. */
    boolean first(int id) {
      if (mark[id] == epoch) {
        return false;
      }
      mark[id] = epoch;
      return true;
    }

    /** Keeps {@code id} when its similarity {@code s} is strong. */
    void keep(int id, float s) {
      keep(id, s, s);
    }

    /**
     * Keeps {@code id} when it is strong in a person's name ({@code personSim}); its similarity
     * elsewhere, {@code s}, counts only when strong too.
     */
    void keep(int id, float s, float personSim) {
      if (personSim <= TokenSimilarity.SOFT_MAX) {
        return;
      }
      if (n == ids.length) {
        ids = Arrays.copyOf(ids, n * 2);
        sims = Arrays.copyOf(sims, n * 2);
        personSims = Arrays.copyOf(personSims, n * 2);
      }
      ids[n] = id;
      sims[n] = s > TokenSimilarity.SOFT_MAX ? s : 0f;
      personSims[n] = personSim;
      nicknames |= personSim != sims[n];
      n++;
    }

    Similar result() {
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((long) ids[i] << 32) | i;
      }
      Arrays.sort(packed);
      int[] outIds = new int[n];
      float[] outSims = new float[n];
      float[] outPersonSims = nicknames ? new float[n] : outSims;
      for (int i = 0; i < n; i++) {
        int k = (int) packed[i];
        outIds[i] = (int) (packed[i] >>> 32);
        outSims[i] = sims[k];
        outPersonSims[i] = personSims[k];
      }
      return new Similar(outIds, outSims, outPersonSims);
    }
  }

  Scratch scratch() {
    return scratch.get();
  }

  /** Per-thread working arrays, reused across queries. */
  static final class Scratch {
    final int[] mark;
    int lookupEpoch;
    /** Two per listed name: the query epoch it was last touched in, the query unit last counted. */
    final int[] nameMarks;
    /** Two per listed name: query and listed weight that can align in the current query. */
    final float[] nameWeights;
    int[] touchedNames = new int[1024];
    /** Names that passed the bound in the current query. */
    int[] candidates = new int[1024];
    int epoch;
    int unitEpoch;

    Scratch(int vocabSize, int names) {
      mark = new int[vocabSize];
      nameMarks = new int[2 * names];
      nameWeights = new float[2 * names];
    }
  }
}
