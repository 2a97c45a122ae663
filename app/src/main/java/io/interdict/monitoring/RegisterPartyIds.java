package io.interdict.monitoring;

import io.interdict.match.Explanation;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers that are parties of the ownership register. A register drawn from the institution's own
 * KYC records names its parties by customer id; an entity the 50 % rule blocks is then that customer,
 * whatever name either record gives it (a trading name, the name in another script, a misspelling).
 * Screening by name could miss it, so this screener adds the exact hit to those of the name screener it
 * wraps: a customer whose id is the register id of a party blocked by ownership hits that entity with
 * score 1, explained as the ids agreeing. Ids compare exactly (case and spaces count): a register in
 * another id space raises nothing through this. Immutable; as thread-safe as the wrapped screener.
 */
final class RegisterPartyIds implements Screener {
  static final String EVIDENCE = "register_party_id";

  private final Screener names;
  private final Map<String, ListedEntity> byPartyId;

  private RegisterPartyIds(Screener names, Map<String, ListedEntity> byPartyId) {
    this.names = names;
    this.byPartyId = byPartyId;
  }

  /** {@code names} alone when none of {@code entities} is blocked by ownership. */
  static Screener over(Screener names, List<ListedEntity> entities) {
    Map<String, ListedEntity> byPartyId = new HashMap<>();
    for (ListedEntity e : entities) {
      if (OwnershipAnalysis.SOURCE.equals(e.source())) {
        byPartyId.put(e.sourceId(), e);
      }
    }
    return byPartyId.isEmpty() ? names : new RegisterPartyIds(names, Map.copyOf(byPartyId));
  }

  @Override
  public List<Match> screen(Query query, double threshold, int limit) {
    List<Match> hits = names.screen(query, threshold, limit);
    ListedEntity party = query.id() == null ? null : byPartyId.get(query.id());
    if (party == null) {
      return hits;
    }
    List<Match> out = new ArrayList<>(hits.size() + 1);
    out.add(sameParty(query.id(), party));
    for (Match m : hits) {
      if (out.size() < limit && !m.entity().key().equals(party.key())) {
        out.add(m);
      }
    }
    return out;
  }

  static Match sameParty(String customerId, ListedEntity party) {
    Explanation.Evidence ev = new Explanation.Evidence(EVIDENCE, customerId, party.sourceId(), "same party", 1.0);
    return new Match(party, party.names().get(0), 1.0, new Explanation(
        "customer " + customerId + " is register party " + party.sourceId() + ", blocked by ownership", -1,
        List.of(), List.of(ev)));
  }

  @Override
  public double defaultThreshold() {
    return names.defaultThreshold();
  }
}
