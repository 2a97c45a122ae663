package io.interdict.ownership;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link OwnedByBlocked} found: which parties are blocked, and for each party blocked by ownership
 * the share that decided and the holdings it is made of. Read-only.
 */
public final class Derivation {
  private final OwnershipRegister reg;
  private final OwnershipRule rule;
  private final boolean[] seeds;
  private final boolean[] blocked;
  private final int[] held;
  private final int[] root;
  private final int[] level;

  Derivation(OwnershipRegister reg, OwnershipRule rule, boolean[] seeds, boolean[] blocked, int[] held, int[] root,
      int[] level) {
    this.reg = reg;
    this.rule = rule;
    this.seeds = seeds;
    this.blocked = blocked;
    this.held = held;
    this.root = root;
    this.level = level;
  }

  public boolean isBlocked(int party) {
    return blocked[party];
  }

  /** Blocked by ownership rather than in its own right. */
  public boolean isDerived(int party) {
    return blocked[party] && !seeds[party];
  }

  /** The share of a derived party held by blocked parties (by its designated person under a non-aggregating rule). */
  public int heldByBlocked(int party) {
    return held[party];
  }

  /** 1 for an entity held by seeds directly, 2 through one derived entity, and so on; 0 for a seed. */
  public int level(int party) {
    return level[party];
  }

  /** The designated person whose holdings decided, under a non-aggregating rule; -1 otherwise. */
  public int designatedPerson(int party) {
    return root[party];
  }

  /** The holdings in a derived party that made it blocked, largest first. Empty for other parties. */
  public List<Stake> holdings(int party) {
    if (!isDerived(party)) {
      return List.of();
    }
    boolean[] counts;
    if (rule.aggregate()) {
      counts = blocked;
    } else {
      boolean[] one = new boolean[reg.size()];
      one[root[party]] = true;
      OwnedByBlocked.Closure c = new OwnedByBlocked.Closure(reg, rule);
      c.run(one);
      counts = c.member;
    }
    List<Stake> out = new ArrayList<>();
    for (int i = reg.inStart(party), end = reg.inEnd(party); i < end; i++) {
      Stake s = reg.stakes().get(reg.inStake(i));
      if (counts[s.owner()]) {
        out.add(s);
      }
    }
    out.sort((a, b) -> Integer.compare(b.share(), a.share()));
    return out;
  }
}
