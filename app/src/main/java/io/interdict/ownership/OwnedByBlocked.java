package io.interdict.ownership;

import java.util.Arrays;

/**
 * Derives which parties of a register are blocked by ownership, from the parties blocked in their own
 * right (the seeds). The result is the least fixed point of the rule: a party is blocked when the
 * holdings in it of blocked parties meet the rule, and nothing else is, so cross-holdings cannot make a
 * party block itself. Each holding is visited once per seed set run: O(stakes) for an aggregating
 * rule, O(seeds x reachable stakes) for a rule that looks at one designated person at a time.
 */
public final class OwnedByBlocked {
  private OwnedByBlocked() {}

  /** {@code seeds[p]}: party p is blocked in its own right (a confirmed blocking list entry). */
  public static Derivation derive(OwnershipRegister reg, boolean[] seeds, OwnershipRule rule) {
    int n = reg.size();
    if (seeds.length != n) {
      throw new IllegalArgumentException("seeds for " + seeds.length + " parties, register has " + n);
    }
    boolean[] blocked = seeds.clone();
    int[] held = new int[n];
    int[] root = new int[n];
    int[] level = new int[n];
    Arrays.fill(root, -1);
    Closure c = new Closure(reg, rule);
    if (rule.aggregate()) {
      c.run(seeds);
      for (int p = 0; p < n; p++) {
        if (c.member[p] && !seeds[p]) {
          blocked[p] = true;
          held[p] = c.heldFromMembers(p);
          level[p] = c.level[p];
        }
      }
    } else {
      boolean[] one = new boolean[n];
      for (int r = 0; r < n; r++) {
        if (!seeds[r]) {
          continue;
        }
        one[r] = true;
        c.run(one);
        one[r] = false;
        for (int i = 0; i < c.reachedCount; i++) {
          int p = c.reached[i];
          if (p == r || seeds[p]) {
            continue;
          }
          int h = c.heldFromMembers(p);
          blocked[p] = true;
          if (h > held[p]) {
            held[p] = h;
            root[p] = r;
            level[p] = c.level[p];
          }
        }
      }
    }
    return new Derivation(reg, rule, seeds.clone(), blocked, held, root, level);
  }

  /** The parties reached from a seed set under the rule; buffers reused across runs. */
  static final class Closure {
    private final OwnershipRegister reg;
    private final OwnershipRule rule;
    final boolean[] member;
    final int[] level;
    private final int[] acc;
    final int[] reached;
    int reachedCount;
    private final int[] touched;
    private int touchedCount;

    Closure(OwnershipRegister reg, OwnershipRule rule) {
      this.reg = reg;
      this.rule = rule;
      int n = reg.size();
      member = new boolean[n];
      level = new int[n];
      acc = new int[n];
      reached = new int[n];
      touched = new int[n];
    }

    /** Breadth first from the seeds; each member's holdings are added to what it holds in once. */
    void run(boolean[] seeds) {
      for (int i = 0; i < reachedCount; i++) {
        member[reached[i]] = false;
      }
      for (int i = 0; i < touchedCount; i++) {
        acc[touched[i]] = 0;
      }
      reachedCount = 0;
      touchedCount = 0;
      for (int p = 0; p < seeds.length; p++) {
        if (seeds[p]) {
          member[p] = true;
          level[p] = 0;
          reached[reachedCount++] = p;
        }
      }
      for (int head = 0; head < reachedCount; head++) {
        int p = reached[head];
        for (int i = reg.outStart(p), end = reg.outEnd(p); i < end; i++) {
          Stake s = reg.stakes().get(reg.outStake(i));
          int q = s.owned();
          if (member[q]) {
            continue;
          }
          if (acc[q] == 0) {
            touched[touchedCount++] = q;
          }
          acc[q] += s.share();
          if (rule.meets(acc[q])) {
            member[q] = true;
            level[q] = level[p] + 1;
            reached[reachedCount++] = q;
          }
        }
      }
    }

    /** What the members hold in p, counting members that joined after p did (cross-holdings). */
    int heldFromMembers(int p) {
      int sum = 0;
      for (int i = reg.inStart(p), end = reg.inEnd(p); i < end; i++) {
        Stake s = reg.stakes().get(reg.inStake(i));
        if (member[s.owner()]) {
          sum += s.share();
        }
      }
      return sum;
    }
  }
}
