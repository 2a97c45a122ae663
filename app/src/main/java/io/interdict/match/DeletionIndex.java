package io.interdict.match;

import java.util.Arrays;

/**
 * Symmetric-deletion neighbourhood index (the SymSpell idea): every word is stored under the hashes
 * of all its variants with up to {@code d} characters deleted. Two words within {@code k} edits
 * (insertions, deletions, substitutions, adjacent transpositions) always share a variant with at
 * most {@code k} deletions on each side, so looking up the query's variants finds every word within
 * reach; hash collisions only add candidates, which the caller verifies. One sorted {@code long[]}
 * (40 bits of variant hash, 24 bits of word id), no objects per entry; immutable after construction.
 */
final class DeletionIndex {
  /** Deletions indexed for a word of the given length. */
  interface Depth {
    int of(int length);
  }

  private static final int ID_BITS = 24;
  private static final long ID_MASK = (1L << ID_BITS) - 1;
  /** Per-thread buffer for a query's variant hashes (up to a few hundred for long words). */
  private static final ThreadLocal<long[]> VARIANTS = ThreadLocal.withInitial(() -> new long[512]);

  /** Entries: the upper 40 bits of a variant hash, then the word id; sorted. */
  private final long[] entries;
  /**
   * Per slot, one plus the index in {@link #entries} where a variant hash's run starts (the low
   * {@link #startBits}), under a fingerprint of the hash (the high bits), so that most probes for an
   * absent variant are answered without reading {@link #entries}; 0 when empty.
   */
  private final int[] runs;
  private final int startBits;

  DeletionIndex(String[] words, Depth depth) {
    if (words.length > ID_MASK) {
      throw new IllegalArgumentException("too many words for the deletion index: " + words.length);
    }
    long[] packed = new long[1024];
    int n = 0;
    long[] buf = new long[64];
    for (int id = 0; id < words.length; id++) {
      String w = words[id];
      int count = variants(w, depth.of(w.length()), buf);
      if (count > buf.length) {
        buf = new long[count];
        variants(w, depth.of(w.length()), buf);
      }
      if (n + count > packed.length) {
        packed = Arrays.copyOf(packed, Math.max(packed.length * 2, n + count));
      }
      for (int i = 0; i < count; i++) {
        packed[n++] = (buf[i] & ~ID_MASK) | id;
      }
    }
    packed = groupByHash(packed, n);
    // drop repeats of the same variant of the same word
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || packed[m - 1] != packed[i]) {
        packed[m++] = packed[i];
      }
    }
    entries = Arrays.copyOf(packed, m);
    int distinct = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || key(entries[i - 1]) != key(entries[i])) {
        distinct++;
      }
    }
    // at most two thirds full: short probe sequences, mostly within one cache line
    runs = new int[Integer.highestOneBit(Math.max(2, distinct + distinct / 2) - 1) << 1];
    startBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, m));
    for (int i = 0; i < m; i++) {
      long key = key(entries[i]);
      if (i == 0 || key(entries[i - 1]) != key) {
        int slot = slot(key);
        while (runs[slot] != 0) {
          slot = (slot + 1) & (runs.length - 1);
        }
        runs[slot] = (fingerprint(key) << startBits) | (i + 1);
      }
    }
  }

  /**
   * The first {@code n} entries sorted by their unsigned value (hash, then word id): a pass that
   * scatters them by the top 16 bits of the hash, then a sort of each of the 65,536 short runs. The
   * hashes are uniform, so runs hold a few dozen entries; this takes a fraction of the time of one
   * sort over millions, the largest part of the index build.
   */
  static long[] groupByHash(long[] packed, int n) {
    int[] start = new int[(1 << 16) + 1];
    for (int i = 0; i < n; i++) {
      start[(int) (packed[i] >>> 48) + 1]++;
    }
    for (int b = 0; b < 1 << 16; b++) {
      start[b + 1] += start[b];
    }
    long[] out = new long[n];
    int[] next = Arrays.copyOf(start, 1 << 16);
    for (int i = 0; i < n; i++) {
      out[next[(int) (packed[i] >>> 48)]++] = packed[i];
    }
    for (int b = 0; b < 1 << 16; b++) {
      if (start[b + 1] - start[b] > 1) {
        Arrays.sort(out, start[b], start[b + 1]); // one sign within a run: signed order is unsigned
      }
    }
    return out;
  }

  /** The top bits of a variant hash that fit above {@link #startBits}. */
  private int fingerprint(long key) {
    return (int) (key >>> (32 + startBits));
  }

  private static long key(long entry) {
    return entry & ~ID_MASK;
  }

  private int slot(long key) {
    return (int) ((key >>> ID_BITS) * 0x9E3779B97F4A7C15L >>> 32) & (runs.length - 1);
  }

  /** Index of the first entry with variant hash {@code key}, or -1. */
  private int runStart(long key) {
    int fingerprint = fingerprint(key);
    int startMask = (1 << startBits) - 1;
    for (int slot = slot(key), r; (r = runs[slot]) != 0; slot = (slot + 1) & (runs.length - 1)) {
      if (r >>> startBits == fingerprint) {
        int start = (r & startMask) - 1;
        if (key(entries[start]) == key) {
          return start;
        }
      }
    }
    return -1;
  }

  int size() {
    return entries.length;
  }

  /** Receives candidate word ids (possibly repeated). */
  interface Sink {
    void accept(int id);
  }

  /** Calls {@code sink} for every word sharing a variant with {@code query} up to {@code deletions}. */
  void candidates(String query, int deletions, Sink sink) {
    long[] buf = VARIANTS.get();
    int count = variants(query, deletions, buf);
    if (count > buf.length) {
      buf = new long[count];
      variants(query, deletions, buf);
    }
    for (int i = 0; i < count; i++) {
      long key = key(buf[i]);
      int k = runStart(key);
      if (k < 0) {
        continue;
      }
      for (; k < entries.length && key(entries[k]) == key; k++) {
        sink.accept((int) (entries[k] & ID_MASK));
      }
    }
  }

  /**
   * Writes the hashes of all variants of {@code w} with up to {@code d} deletions into {@code out}
   * (as far as it fits) and returns how many there are.
   */
  static int variants(String w, int d, long[] out) {
    char[] c = w.toCharArray();
    int[] count = {0};
    emit(c, c.length, 0, d, out, count);
    return count[0];
  }

  private static void emit(char[] c, int len, int from, int d, long[] out, int[] count) {
    if (count[0] < out.length) {
      out[count[0]] = hash(c, len);
    }
    count[0]++;
    if (d == 0 || len == 0) {
      return;
    }
    for (int i = from; i < len; i++) {
      if (i > from && c[i] == c[i - 1]) {
        continue; // deleting either of two equal neighbours gives the same variant
      }
      char removed = c[i];
      System.arraycopy(c, i + 1, c, i, len - i - 1);
      emit(c, len - 1, i, d - 1, out, count);
      System.arraycopy(c, i, c, i + 1, len - i - 1);
      c[i] = removed;
    }
  }

  /** 64-bit FNV-1a over the characters and the length. */
  static long hash(char[] c, int len) {
    long h = 0xcbf29ce484222325L ^ len;
    for (int i = 0; i < len; i++) {
      h ^= c[i];
      h *= 0x100000001b3L;
    }
    return h;
  }
}
