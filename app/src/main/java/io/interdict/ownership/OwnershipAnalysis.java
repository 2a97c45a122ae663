package io.interdict.ownership;

import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.Relation;
import io.interdict.payments.PaymentPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies an {@link OwnershipRule} to a register against the current lists: where a party's ownership
 * is decided.
 *
 * <ol>
 *   <li>A party whose confirmed list id names an entry with a blocking designation (as the payment
 *       policy defines it) is LISTED and blocked in its own right.
 *   <li>Parties held by blocked parties as the rule says are BLOCKED, with the holdings that decided.
 *   <li>Fail closed, not silent: a party whose name screens at or above the policy's party review
 *       threshold, or whose list id is not on the current lists, is REVIEW; so is every party the rule
 *       would block if those hits were confirmed. Confirming one means writing its list id into the
 *       register; the analysis never blocks on a name match alone.
 * </ol>
 *
 * Parties blocked by ownership become list entries of source {@value #SOURCE} ({@link #derivedEntities}), so
 * that payments and screening treat them as the blocked parties they are.
 */
public final class OwnershipAnalysis {
  /** Source of the entries derived from ownership. */
  public static final String SOURCE = "interdict-ownership";

  /** Whether an entity key ({@code source:id}) names an entry the rule derived, which no list names. */
  public static boolean derived(String entityKey) {
    return entityKey != null && entityKey.startsWith(SOURCE + ":");
  }

  /** What the analysis says of a party. */
  public enum Status {
    CLEAR,
    /** On a list without blocking effect (sectoral, non-SDN): its own restrictions apply; the rule does not count it. */
    RESTRICTED,
    REVIEW,
    BLOCKED,
    LISTED
  }

  /** One holding that counted, with what its holder is. */
  public record Holding(String ownerId, String ownerName, int share, String ownerIs) {}

  /** A screening hit on a party's name that needs an analyst. */
  public record NameHit(String entityKey, String listedName, double score, String why) {}

  /**
   * The verdict on one party.
   *
   * @param listEntry for LISTED, the list entry key
   * @param heldByBlocked for BLOCKED (and REVIEW by ownership), the share held by (possibly) blocked parties
   */
  public record Finding(Party party, Status status, String listEntry, int heldByBlocked, int level,
      List<Holding> holdings, List<NameHit> nameHits, List<String> reasons) {}

  /** The whole outcome; {@code findings} in register order. */
  public record Report(OwnershipRule rule, List<Finding> findings, List<ListedEntity> derivedEntities) {
    public long count(Status s) {
      return findings.stream().filter(f -> f.status() == s).count();
    }
  }

  private OwnershipAnalysis() {}

  public static Report analyse(OwnershipRegister reg, List<ListedEntity> entities, Screener screener,
      PaymentPolicy policy, OwnershipRule rule) {
    Objects.requireNonNull(rule, "rule");
    Map<String, ListedEntity> byKey = new HashMap<>();
    for (ListedEntity e : entities) {
      byKey.put(e.key(), e);
    }
    int n = reg.size();
    boolean[] listed = new boolean[n];
    boolean[] restricted = new boolean[n];
    boolean[] possible = new boolean[n];
    List<List<String>> reasons = new ArrayList<>();
    List<List<NameHit>> hits = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      Party party = reg.parties().get(p);
      List<String> why = new ArrayList<>();
      List<NameHit> found = new ArrayList<>();
      reasons.add(why);
      hits.add(found);
      if (party.listKey() != null) {
        ListedEntity e = byKey.get(party.listKey());
        if (e == null) {
          possible[p] = true;
          why.add("its list id " + party.listKey() + " is not on the current lists: delisted, or a typing error?");
        } else if (policy.blocks(e)) {
          listed[p] = true;
          why.add("listed: " + e.key() + " " + e.primaryName() + programs(e));
        } else {
          restricted[p] = true;
          why.add("listed without blocking effect: " + e.key() + " " + e.primaryName() + programs(e)
              + "; its own restrictions apply, the rule does not count it");
        }
        continue;
      }
      for (Match m : screener.screen(new Query(party.id(), party.name(), EntityType.ANY, null, null, null, null),
          policy.partyReview(), 5)) {
        found.add(new NameHit(m.entity().key(), m.matchedName().value(), m.score(),
            m.explanation() == null ? "" : m.explanation().summary()));
        if (policy.blocks(m.entity())) {
          possible[p] = true;
        }
      }
      if (!found.isEmpty()) {
        NameHit best = found.get(0);
        why.add(String.format(Locale.ROOT, "name matches %s '%s' (%.2f): confirm by writing its list id into the register, or dismiss",
            best.entityKey(), best.listedName(), best.score()));
      }
    }
    Derivation sure = OwnedByBlocked.derive(reg, listed, rule);
    boolean[] ifConfirmed = listed.clone();
    for (int p = 0; p < n; p++) {
      ifConfirmed[p] |= possible[p];
    }
    Derivation maybe = OwnedByBlocked.derive(reg, ifConfirmed, rule);

    List<Finding> findings = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      Party party = reg.parties().get(p);
      List<String> why = reasons.get(p);
      Status status;
      Derivation d = null;
      if (listed[p]) {
        status = Status.LISTED;
      } else if (sure.isDerived(p)) {
        status = Status.BLOCKED;
        d = sure;
        why.add(0, "blocked: " + Share.percent(sure.heldByBlocked(p)) + " held by blocked parties (" + rule.name()
            + " rule)");
      } else if (possible[p] || !hits.get(p).isEmpty() || maybe.isDerived(p)) {
        status = Status.REVIEW;
        if (maybe.isDerived(p)) {
          d = maybe;
          why.add("would be blocked: " + Share.percent(maybe.heldByBlocked(p))
              + " held by parties that are blocked or may be, once the hits on them are confirmed");
        }
      } else if (restricted[p]) {
        status = Status.RESTRICTED;
      } else {
        status = Status.CLEAR;
      }
      List<Holding> holdings = d == null ? List.of() : holdings(reg, d, p, listed, sure);
      findings.add(new Finding(party, status, listed[p] || restricted[p] ? party.listKey() : null,
          d == null ? 0 : d.heldByBlocked(p), d == null ? 0 : d.level(p), holdings, List.copyOf(hits.get(p)),
          List.copyOf(why)));
    }
    return new Report(rule, List.copyOf(findings), derivedEntities(reg, sure, findings, byKey));
  }

  /** The holdings that decided p under d; {@code sure} tells what is blocked for certain. */
  private static List<Holding> holdings(OwnershipRegister reg, Derivation d, int p, boolean[] listed, Derivation sure) {
    List<Holding> out = new ArrayList<>();
    for (Stake s : d.holdings(p)) {
      int o = s.owner();
      Party owner = reg.parties().get(o);
      String is = listed[o] ? "listed " + owner.listKey()
          : sure.isDerived(o) ? "blocked by ownership"
          : d.isDerived(o) ? "would be blocked by ownership"
          : "possibly listed, unconfirmed";
      out.add(new Holding(owner.id(), owner.name(), s.share(), is));
    }
    return out;
  }

  /**
   * Parties blocked by ownership as list entries, with the programs of the blocked parties behind them,
   * the holdings as relations and the reason as remarks. Computed in level order so that an entity held
   * through another derived one inherits that one's programs.
   */
  static List<ListedEntity> derivedEntities(OwnershipRegister reg, Derivation d, List<Finding> findings,
      Map<String, ListedEntity> byKey) {
    int n = reg.size();
    List<Set<String>> programs = new ArrayList<>(n);
    Integer[] order = new Integer[n];
    for (int p = 0; p < n; p++) {
      Party party = reg.parties().get(p);
      ListedEntity e = party.listKey() == null ? null : byKey.get(party.listKey());
      programs.add(new LinkedHashSet<>(e == null || !d.isBlocked(p) ? List.of() : e.programs()));
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(d.level(a), d.level(b)));
    List<ListedEntity> out = new ArrayList<>();
    for (int p : order) {
      if (!d.isDerived(p)) {
        continue;
      }
      Finding f = findings.get(p);
      ListedEntity.Builder b = ListedEntity.builder(SOURCE, f.party().id(), EntityType.ORGANIZATION)
          .name(f.party().name(), NameType.PRIMARY);
      for (Stake s : d.holdings(p)) {
        programs.get(p).addAll(programs.get(s.owner()));
        Party owner = reg.parties().get(s.owner());
        b.relations.add(new Relation("Owned by (" + Share.percent(s.share()) + ")", owner.name(),
            owner.listKey() != null ? owner.listKey() : SOURCE + ":" + owner.id()));
      }
      b.programs.addAll(programs.get(p));
      b.remarks = String.join("; ", f.reasons()) + ": " + describe(f.holdings());
      out.add(b.build());
    }
    return List.copyOf(out);
  }

  static String describe(List<Holding> holdings) {
    List<String> parts = new ArrayList<>();
    for (Holding h : holdings) {
      parts.add(Share.percent(h.share()) + " by " + h.ownerName() + " (" + h.ownerIs() + ")");
    }
    return String.join(", ", parts);
  }

  private static String programs(ListedEntity e) {
    return e.programs().isEmpty() ? "" : " [" + String.join(", ", e.programs()) + "]";
  }
}
