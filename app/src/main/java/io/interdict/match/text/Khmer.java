package io.interdict.match.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Romanises Khmer names, which ICU leaves unchanged. The table follows the UNGEGN system in plain
 * ASCII, with the vowel spellings Cambodian names usually carry in Latin ({@code ែ -> e}: Sen, Manet;
 * {@code ៀ -> ea}: Heang, Yeap; a long i ending a word {@code -> y}: Ly, Srey), so that {@code ហ៊ុន សែន -> hun sen}, {@code ប៉ុល ពត -> pol pot},
 * {@code គន់ គីម -> kun kim}, {@code កម្ពុជា -> kampuchea}.
 *
 * <p>Khmer writes a syllable as a consonant cluster (a base consonant, subscripts joined by the coeng
 * sign U+17D2, an optional series shifter) with its vowel sign; the sound of the vowel depends on the
 * series of the cluster: the first (a-series: {@code ា -> a}) or the second (o-series: {@code ា ->
 * ea}); the musikatoan U+17C9 moves a consonant to the first series ({@code ប៉ -> p}), the triisap
 * U+17CA to the second. A bare consonant after a syllable that can still take one is its final
 * consonant, spelt without vowel ({@code សុខ -> sok}); a bare consonant otherwise carries the
 * inherent vowel ({@code ពត -> pot}), which the bantoc U+17CB shortens ({@code គន់ -> kun}). A
 * subscript after a syllable with the inherent vowel starts the next syllable, its base closing the
 * previous one ({@code កម្ពុជា -> kam pu chea}). Letters outside the Khmer block pass through.
 */
public final class Khmer {
  private static final int FIRST = 0x1780;
  private static final int LAST = 0x17FF;
  private static final int CONSONANT_LAST = 0x17A2;
  private static final int INDEPENDENT_LAST = 0x17B3;
  private static final int VOWEL_FIRST = 0x17B6;
  private static final int VOWEL_LAST = 0x17C5;
  private static final int SIGN_AA = 0x17B6;
  private static final int SIGN_II = 0x17B8;
  private static final int SIGN_U = 0x17BB;
  private static final int NIKAHIT = 0x17C6;
  private static final int REAHMUK = 0x17C7;
  private static final int MUUSIKATOAN = 0x17C9;
  private static final int TRIISAP = 0x17CA;
  private static final int BANTOC = 0x17CB;
  private static final int ROBAT = 0x17CC;
  private static final int TOANDAKHIAT = 0x17CD;
  private static final int COENG = 0x17D2;
  private static final int DIGIT_ZERO = 0x17E0;
  private static final int DIGIT_NINE = 0x17E9;
  private static final int BA = 0x1794;
  private static final int HA = 0x17A0;
  private static final int VO = 0x179C;
  private static final int KO2 = 0x1782;
  private static final int NGO = 0x1784;

  /** Per consonant from U+1780: its spelling as the start of a syllable, as a final, and its series. */
  private static final String[] ONSET = {
    "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n", "t", "th", "t",
    "th", "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l", ""};
  private static final String[] FINAL = {
    "k", "k", "k", "k", "ng", "ch", "ch", "ch", "ch", "nh", "t", "t", "t", "t", "n", "t", "t", "t",
    "t", "n", "p", "p", "p", "p", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l", ""};
  private static final String SERIES = "11222112221122111222112222222111111";
  /** Second-series consonants that do not pull a cluster into the second series (sonorants). */
  private static final String SONORANTS = "ងញនមយរលវ";

  /** Per dependent vowel from U+17B6: first series, second series. */
  private static final String[][] VOWELS = {
    {"a", "ea"}, {"e", "i"}, {"ei", "i"}, {"oe", "ue"}, {"oe", "ue"}, {"o", "u"}, {"ou", "u"}, {"uo", "uo"},
    {"aeu", "eu"}, {"oeu", "oeu"}, {"ea", "ea"}, {"e", "e"}, {"e", "e"}, {"ai", "ey"}, {"ao", "o"}, {"au", "ou"}};
  /** Per independent vowel from U+17A3. */
  private static final String[] INDEPENDENT = {
    "a", "aa", "e", "ei", "o", "ou", "u", "ov", "rue", "rue", "lue", "lue", "ae", "ai", "ao", "ao", "au"};

  private Khmer() {}

  /** Whether {@code cp} is in the Khmer block. */
  public static boolean isKhmer(int cp) {
    return cp >= FIRST && cp <= LAST;
  }

  /** {@code s} with each run of Khmer letters romanised; everything else unchanged. */
  public static String romanise(String s) {
    StringBuilder sb = new StringBuilder(s.length() * 2);
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (cp >= DIGIT_ZERO && cp <= DIGIT_NINE) {
        sb.append((char) ('0' + cp - DIGIT_ZERO));
        i++;
      } else if (isKhmer(cp) && Character.isLetter(cp) || isSign(cp)) {
        int end = i;
        while (end < s.length() && (isKhmer(s.charAt(end)) && Character.isLetter(s.charAt(end)) || isSign(s.charAt(end)))) {
          end++;
        }
        word(s, i, end, sb);
        i = end;
      } else {
        sb.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
    }
    return sb.toString();
  }

  /** Vowel signs and the other marks that belong to a cluster (not punctuation). */
  private static boolean isSign(int cp) {
    return cp >= VOWEL_FIRST && cp <= 0x17D3 || cp == 0x17DD;
  }

  /** One orthographic cluster: a base consonant or independent vowel and what is written on it. */
  private static final class Cluster {
    int base = -1;
    final StringBuilder subs = new StringBuilder(); // subscript consonants, as chars
    int shift;
    final StringBuilder vowels = new StringBuilder();
    boolean nikahit;
    boolean reahmuk;
    boolean bantoc;
    boolean silent;
    boolean robat;

    boolean bare() {
      return vowels.length() == 0 && !nikahit && !reahmuk && !robat;
    }
  }

  /** A syllable being spelt: its onset consonants, series and vowel, then its final consonant. */
  private static final class Syllable {
    String onset = "";
    String vowel;
    char sign; // the first vowel sign, 0 for none
    int series = 1;
    boolean inherent;
    String coda = "";
    boolean closed; // takes no further final consonant

    boolean open() {
      return !closed && coda.isEmpty();
    }
  }

  private static void word(String s, int from, int to, StringBuilder out) {
    List<Cluster> clusters = clusters(s, from, to);
    Syllable cur = null;
    for (int k = 0; k < clusters.size(); k++) {
      Cluster c = clusters.get(k);
      if (c.base < 0 || c.base > CONSONANT_LAST) {
        cur = flush(cur, out);
        cur = new Syllable();
        cur.vowel = c.base < 0 ? "" : INDEPENDENT[c.base - (CONSONANT_LAST + 1)];
        for (int j = 0; j < c.subs.length(); j++) {
          cur.coda += FINAL[c.subs.charAt(j) - FIRST];
        }
        spellVowels(cur, c, 1);
        continue;
      }
      boolean nextIsBareCluster = k + 1 < clusters.size() && clusters.get(k + 1).bare()
          && clusters.get(k + 1).subs.length() > 0;
      if (cur != null && cur.open() && c.bare() && c.subs.length() == 0 && !nextIsBareCluster) {
        cur.coda = c.silent ? "" : FINAL[c.base - FIRST];
        if (c.bantoc && cur.inherent) {
          // shortened: a in the first series; u in the second, o before ng (គន់ -> kun, គង់ -> kong)
          cur.vowel = cur.series == 1 ? "a" : c.base == NGO ? "o" : "u";
        } else if (c.bantoc && cur.sign == SIGN_AA && cur.series == 2) {
          cur.vowel = "oa"; // ា shortened in the second series
        }
        continue;
      }
      String onset = null;
      if (cur != null && cur.open() && c.subs.length() > 0 && (cur.inherent || c.bare())) {
        // the base closes the syllable before; the subscripts begin the next one
        cur.coda = FINAL[c.base - FIRST];
        onset = c.subs.toString();
      }
      cur = flush(cur, out);
      if (onset == null) {
        onset = new String(Character.toChars(c.base)) + c.subs;
      } else if (c.bare() && k + 1 == clusters.size()) {
        continue; // a subscript closing a word is silent: ចន្ទ -> chan, មិត្ត -> mit
      }
      cur = new Syllable();
      cur.onset = c.silent ? "" : onset(onset, c.shift);
      cur.series = series(onset, c.shift);
      spellVowels(cur, c, cur.series);
    }
    if (cur != null && cur.sign == SIGN_II && cur.vowel.endsWith("i") && cur.coda.isEmpty()) {
      // a long i ending a word is written y in names: លី -> Ly, ស្រី -> Srey
      cur.vowel = cur.vowel.substring(0, cur.vowel.length() - 1) + "y";
    }
    flush(cur, out);
  }

  private static Syllable flush(Syllable cur, StringBuilder out) {
    if (cur != null) {
      // a u after the silent onset អ is written ou, as initial u in Cambodian names (អ៊ុក -> Ouk)
      String vowel = cur.onset.isEmpty() && cur.vowel.startsWith("u") ? "o" + cur.vowel : cur.vowel;
      out.append(cur.onset).append(vowel).append(cur.coda);
    }
    return null;
  }

  /** The vowel of a new syllable from its vowel signs, nikahit, reahmuk and robat. */
  private static void spellVowels(Syllable syl, Cluster c, int series) {
    int s = series - 1;
    if (syl.vowel == null) {
      if (c.vowels.length() == 0) {
        syl.inherent = true;
        syl.vowel = c.nikahit ? (s == 0 ? "a" : "u") : c.reahmuk ? (s == 0 ? "a" : "ea") : s == 0 ? "a" : "o";
      } else {
        StringBuilder v = new StringBuilder();
        for (int j = 0; j < c.vowels.length(); j++) {
          v.append(VOWELS[c.vowels.charAt(j) - VOWEL_FIRST][s]);
        }
        syl.vowel = v.toString();
        char first = c.vowels.charAt(0);
        syl.sign = first;
        if (c.nikahit && first == SIGN_U) {
          syl.vowel = s == 0 ? "o" : "u"; // ុំ -> om / um
        } else if (c.nikahit && first == SIGN_AA) {
          syl.vowel = s == 0 ? "a" : "oa"; // ាំ -> am / oam
        } else if (c.reahmuk && first == SIGN_AA) {
          syl.vowel = s == 0 ? "a" : "ea"; // ាះ -> ah / eah
        }
      }
    }
    if (c.nikahit) {
      syl.coda = "m";
    } else if (c.reahmuk) {
      syl.coda = "h";
    } else if (c.robat) {
      syl.coda = "r";
    }
    syl.closed = c.nikahit || c.reahmuk || c.robat;
  }

  private static String onset(String consonants, int shift) {
    int first = consonants.charAt(0);
    if (first == BA && consonants.length() == 1 && shift == MUUSIKATOAN) {
      return "p"; // ប៉ writes the sound p
    }
    if (first == BA && consonants.length() > 1) {
      return "p" + onset(consonants.substring(1), 0); // ប in a cluster is p: ប្រាក់ -> prak
    }
    if (first == HA && consonants.length() == 2 && consonants.charAt(1) == VO) {
      return "f"; // ហ្វ writes f in names from other languages
    }
    if (first == HA && consonants.length() == 2 && consonants.charAt(1) == KO2) {
      return "g"; // ហ្គ writes g
    }
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < consonants.length(); j++) {
      sb.append(ONSET[consonants.charAt(j) - FIRST]);
    }
    return sb.toString();
  }

  /**
   * The series of a cluster: its base's, or the second when a subscript is a second-series stop
   * ({@code ស្ពាន -> spean}); a shifter sets it.
   */
  private static int series(String consonants, int shift) {
    if (shift == MUUSIKATOAN) {
      return 1;
    }
    if (shift == TRIISAP) {
      return 2;
    }
    int series = SERIES.charAt(consonants.charAt(0) - FIRST) - '0';
    for (int j = 1; j < consonants.length(); j++) {
      char c = consonants.charAt(j);
      if (SERIES.charAt(c - FIRST) == '2' && SONORANTS.indexOf(c) < 0) {
        series = 2;
      }
    }
    return series;
  }

  private static List<Cluster> clusters(String s, int from, int to) {
    List<Cluster> out = new ArrayList<>();
    Cluster c = null;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch == COENG && i + 1 < to && s.charAt(i + 1) >= FIRST && s.charAt(i + 1) <= CONSONANT_LAST) {
        if (c == null) {
          c = new Cluster();
          out.add(c);
        }
        c.subs.append(s.charAt(i + 1));
        i++;
      } else if (ch >= FIRST && ch <= INDEPENDENT_LAST) {
        c = new Cluster();
        c.base = ch;
        out.add(c);
      } else {
        if (c == null) {
          c = new Cluster(); // a sign with no letter before it
          out.add(c);
        }
        if (ch >= VOWEL_FIRST && ch <= VOWEL_LAST) {
          c.vowels.append(ch);
        } else if (ch == NIKAHIT) {
          c.nikahit = true;
        } else if (ch == REAHMUK) {
          c.reahmuk = true;
        } else if (ch == MUUSIKATOAN || ch == TRIISAP) {
          c.shift = ch;
        } else if (ch == BANTOC) {
          c.bantoc = true;
        } else if (ch == TOANDAKHIAT) {
          c.silent = true;
        } else if (ch == ROBAT) {
          c.robat = true;
        }
        // other signs (yuukaleapintu, kakabat, viriam, ...) mark length or stress: not spelt
      }
    }
    return out;
  }
}
