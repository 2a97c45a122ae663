package io.interdict.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OwnedByBlockedTest {

  /**
   * Holdings as "owner>owned:percent", seeds as ids, and which parties each rule blocks by ownership.
   * The OFAC rows follow the examples of OFAC's 2014 guidance on entities owned by blocked persons.
   */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("one blocked holder of exactly half", "X>A:50", "X", "A", ""),
        Arguments.of("just under half is not enough", "X>A:49.9999", "X", "", ""),
        Arguments.of("just over half meets both rules", "X>A:50.0001", "X", "A", "A"),
        Arguments.of("two blocked holders add up under OFAC only", "X>A:25,Y>A:25", "X,Y", "A", ""),
        Arguments.of("an unlisted co-holder does not count", "X>A:25,Z>A:25", "X", "", ""),
        Arguments.of("indirect through a blocked entity", "X>A:50,A>B:50", "X", "A,B", ""),
        Arguments.of("indirect and direct add up", "X>A:50,A>C:25,X>C:25", "X", "A,C", ""),
        Arguments.of("UK: through an entity the person owns, direct and indirect add up",
            "X>A:60,A>C:30,X>C:25", "X", "A,C", "A,C"),
        Arguments.of("a large holding through an unblocked entity does not count", "X>A:40,A>B:100", "X", "", ""),
        Arguments.of("cross-holdings cannot block each other without a blocked holder",
            "X>A:25,X>B:25,A>B:25,B>A:25", "X", "", ""),
        Arguments.of("cross-holdings count once one side is blocked", "X>A:50,X>B:25,A>B:25,B>A:25", "X", "A,B", ""),
        Arguments.of("a seed held by another seed stays a seed", "X>Y:100,Y>A:60", "X,Y", "A", "A"),
        Arguments.of("UK: two persons' entities are not added up", "X>A:60,Y>B:60,A>C:30,B>C:30", "X,Y", "A,B,C", "A,B"),
        Arguments.of("no seeds, nothing blocked", "X>A:100,A>B:100", "", "", ""),
        Arguments.of("long chains", "X>A:100,A>B:100,B>C:100,C>D:100,D>E:51", "X", "A,B,C,D,E", "A,B,C,D,E"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void derivesWhatEachRuleBlocks(String title, String holdings, String seeds, String ofac, String uk) {
    OwnershipRegister reg = register(holdings);
    boolean[] s = seeds(reg, seeds);
    assertEquals(ids(ofac), derived(reg, OwnedByBlocked.derive(reg, s, OwnershipRule.OFAC)), "ofac");
    assertEquals(ids(uk), derived(reg, OwnedByBlocked.derive(reg, s, OwnershipRule.UK)), "uk");
  }

  @Test
  void explainsWhichHoldingsDecidedLargestFirst() {
    OwnershipRegister reg = register("X>A:50,A>C:20,X>C:30,Z>C:50");
    Derivation d = OwnedByBlocked.derive(reg, seeds(reg, "X"), OwnershipRule.OFAC);
    int c = reg.indexOf("C");
    assertEquals(Share.HALF, d.heldByBlocked(c));
    assertEquals(2, d.level(c));
    List<Stake> h = d.holdings(c);
    assertEquals(List.of("X", "A"), h.stream().map(s -> reg.parties().get(s.owner()).id()).toList());
    assertEquals(List.of(300_000, 200_000), h.stream().map(Stake::share).toList());
    assertEquals(List.of(), d.holdings(reg.indexOf("X")), "a seed has no deciding holdings");
  }

  @Test
  void ukCountsOnlyTheDesignatedPersonWhoseHoldingsMeetTheRule() {
    OwnershipRegister reg = register("X>A:51,Y>A:30,Y>B:100,B>A:19");
    Derivation d = OwnedByBlocked.derive(reg, seeds(reg, "X,Y"), OwnershipRule.UK);
    int a = reg.indexOf("A");
    assertTrue(d.isDerived(a));
    assertEquals("X", reg.parties().get(d.designatedPerson(a)).id());
    assertEquals(510_000, d.heldByBlocked(a), "Y's 30 % and 19 % through B are another person's 49 %");
    assertEquals(List.of("X"), d.holdings(a).stream().map(s -> reg.parties().get(s.owner()).id()).toList());
  }

  /**
   * Random registers against a brute-force oracle: the rule's result is the least set S containing the
   * seeds with F(S) within S, where F(S) adds every party whose holdings from S meet the rule; by
   * Knaster-Tarski that is the intersection of all such sets, found here by enumerating every subset.
   */
  @Test
  void matchesTheLeastFixedPointFoundByEnumeratingEverySubset() {
    Random rnd = new Random(20261130);
    int[] choices = {100_000, 125_000, 200_000, 250_000, 300_000, 400_000, 500_000, 600_000, 1_000_000};
    for (int round = 0; round < 400; round++) {
      int n = 2 + rnd.nextInt(7);
      OwnershipRegister.Builder b = OwnershipRegister.builder();
      int[] room = new int[n];
      java.util.Arrays.fill(room, 1_000_000);
      for (int p = 0; p < n; p++) {
        b.listed(0, "P" + p, "P" + p, null);
      }
      int stakes = rnd.nextInt(n * 2 + 1);
      Set<Long> pairs = new java.util.HashSet<>();
      for (int k = 0; k < stakes; k++) {
        int owner = rnd.nextInt(n);
        int owned = rnd.nextInt(n);
        int share = choices[rnd.nextInt(choices.length)];
        if (owner == owned || share > room[owned] || !pairs.add((long) owner * 64 + owned)) {
          continue;
        }
        room[owned] -= share;
        b.stake(0, "P" + owner, "P" + owner, null, "P" + owned, "P" + owned, null, share);
      }
      OwnershipRegister reg = b.build();
      boolean[] seeds = new boolean[n];
      for (int p = 0; p < n; p++) {
        seeds[p] = rnd.nextInt(3) == 0;
      }
      for (OwnershipRule rule : List.of(OwnershipRule.OFAC, OwnershipRule.UK)) {
        Derivation d = OwnedByBlocked.derive(reg, seeds, rule);
        boolean[] expected = rule.aggregate() ? leastFixedPoint(reg, seeds, rule) : unionPerSeed(reg, seeds, rule);
        for (int p = 0; p < n; p++) {
          assertEquals(expected[p], d.isBlocked(p), "round " + round + " rule " + rule.name() + " party P" + p);
          if (d.isDerived(p)) {
            int sum = d.holdings(p).stream().mapToInt(Stake::share).sum();
            assertEquals(d.heldByBlocked(p), sum, "holdings add up to the deciding share");
            assertTrue(rule.meets(sum), "the deciding share meets the rule");
          }
        }
      }
    }
  }

  private static boolean[] leastFixedPoint(OwnershipRegister reg, boolean[] seeds, OwnershipRule rule) {
    int n = reg.size();
    boolean[] result = new boolean[n];
    java.util.Arrays.fill(result, true);
    for (int mask = 0; mask < (1 << n); mask++) {
      boolean ok = true;
      for (int p = 0; p < n && ok; p++) {
        boolean in = (mask & (1 << p)) != 0;
        if (seeds[p] && !in) {
          ok = false;
        }
        if (!in) {
          int held = 0;
          for (Stake s : reg.stakes()) {
            if (s.owned() == p && (mask & (1 << s.owner())) != 0) {
              held += s.share();
            }
          }
          if (rule.meets(held)) {
            ok = false;
          }
        }
      }
      if (ok) {
        for (int p = 0; p < n; p++) {
          result[p] &= (mask & (1 << p)) != 0;
        }
      }
    }
    return result;
  }

  private static boolean[] unionPerSeed(OwnershipRegister reg, boolean[] seeds, OwnershipRule rule) {
    int n = reg.size();
    boolean[] out = seeds.clone();
    for (int r = 0; r < n; r++) {
      if (seeds[r]) {
        boolean[] one = new boolean[n];
        one[r] = true;
        boolean[] lfp = leastFixedPoint(reg, one, rule);
        for (int p = 0; p < n; p++) {
          out[p] |= lfp[p];
        }
      }
    }
    return out;
  }

  static OwnershipRegister register(String holdings) {
    OwnershipRegister.Builder b = OwnershipRegister.builder();
    for (String h : holdings.split(",")) {
      String[] ab = h.split("[>:]");
      b.stake(ab[0], ab[1], ab[2]);
    }
    return b.build();
  }

  private static boolean[] seeds(OwnershipRegister reg, String ids) {
    boolean[] s = new boolean[reg.size()];
    for (String id : ids(ids)) {
      s[reg.indexOf(id)] = true;
    }
    return s;
  }

  private static Set<String> ids(String csv) {
    Set<String> out = new TreeSet<>();
    for (String s : csv.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static Set<String> derived(OwnershipRegister reg, Derivation d) {
    Set<String> out = new TreeSet<>();
    for (int p = 0; p < reg.size(); p++) {
      if (d.isDerived(p)) {
        out.add(reg.parties().get(p).id());
      }
    }
    return out;
  }
}
