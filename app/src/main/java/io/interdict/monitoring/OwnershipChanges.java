package io.interdict.monitoring;

import io.interdict.cases.AlertReason;
import io.interdict.match.Screener;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipDerivations;
import io.interdict.ownership.OwnershipDerivations.Snapshot;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.OwnershipStore;
import io.interdict.payments.PaymentPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The 50 % rule as monitoring sees it: one more list source, {@value OwnershipAnalysis#SOURCE}, whose
 * entries are the entities the ownership register in force makes blocked against the current lists.
 *
 * <p>An entity becomes blocked by ownership without a list entry of its own: its owner is designated, or
 * the register now says a designated person holds half of it. Monitoring screens customers by name
 * against list changes, so without this source such an entity would raise no alert until a payment
 * touched it. Here each change of the register or of any list re-applies the rule; when the set of
 * blocked entities differs from the last stored derivation, a new one is stored and monitoring screens
 * every customer against the entities it added or changed, as it does for a new list version.
 */
public final class OwnershipChanges implements ListChangeSource {
  private final ListChangeSource lists;
  private final OwnershipStore registers;
  private final OwnershipDerivations derivations;
  private final Function<List<ListedEntity>, Screener> screeners;
  private final PaymentPolicy policy;
  private final OwnershipRule rule;
  private final String actor;

  public OwnershipChanges(ListChangeSource lists, OwnershipStore registers, OwnershipDerivations derivations,
      Function<List<ListedEntity>, Screener> screeners, PaymentPolicy policy, OwnershipRule rule, String actor) {
    this.lists = lists;
    this.registers = registers;
    this.derivations = derivations;
    this.screeners = screeners;
    this.policy = policy;
    this.rule = rule;
    this.actor = actor;
  }

  /**
   * The list sources, then the ownership source once a register was imported (it must come after them).
   * Without any list there is nothing to derive from, and customers wait for the first list.
   */
  @Override
  public List<String> sources() {
    List<String> out = new ArrayList<>(lists.sources());
    out.remove(OwnershipAnalysis.SOURCE);
    if (!out.isEmpty() && registers.current().isPresent()) {
      out.add(OwnershipAnalysis.SOURCE);
    }
    return out;
  }

  @Override
  public Optional<ListVersionRef> current(String source) {
    return OwnershipAnalysis.SOURCE.equals(source) ? derive().map(OwnershipChanges::ref) : lists.current(source);
  }

  @Override
  public List<ListedEntity> entities(ListVersionRef version) {
    return OwnershipAnalysis.SOURCE.equals(version.source()) ? derivations.entities(version.id()) : lists.entities(version);
  }

  /** An entity the rule blocks now and did not before is newly blocked, not newly listed. */
  @Override
  public AlertReason addedReason(String source) {
    return OwnershipAnalysis.SOURCE.equals(source) ? AlertReason.NEWLY_BLOCKED_BY_OWNERSHIP : lists.addedReason(source);
  }

  @Override
  public ListDelta diff(ListVersionRef from, ListVersionRef to) {
    if (OwnershipAnalysis.SOURCE.equals(to.source())) {
      return ListDelta.between(from == null ? List.of() : entities(from), entities(to));
    }
    return lists.diff(from, to);
  }

  /**
   * The derivation for the register and lists in force: the last stored one when its inputs are these,
   * or when re-applying the rule blocks exactly what it did; a new one otherwise.
   */
  Optional<Snapshot> derive() {
    Optional<OwnershipStore.Version> register = registers.current();
    if (register.isEmpty()) {
      return Optional.empty();
    }
    long registerId = register.get().id();
    List<ListVersionRef> versions = new ArrayList<>();
    StringBuilder inputs = new StringBuilder("register=").append(registerId).append(";rule=").append(rule.name());
    for (String source : lists.sources()) {
      if (!OwnershipAnalysis.SOURCE.equals(source)) {
        lists.current(source).ifPresent(v -> {
          versions.add(v);
          inputs.append(';').append(v.source()).append('=').append(v.id());
        });
      }
    }
    Optional<Snapshot> last = derivations.latest();
    if (last.isPresent() && last.get().inputs().contentEquals(inputs)) {
      return last;
    }
    List<ListedEntity> entities = new ArrayList<>();
    for (ListVersionRef v : versions) {
      entities.addAll(lists.entities(v));
    }
    List<ListedEntity> derived = OwnershipAnalysis.analyse(registers.register(registerId), entities,
        screeners.apply(entities), policy, rule).derivedEntities();
    ListDelta delta = ListDelta.between(last.map(s -> derivations.entities(s.id())).orElse(List.of()), derived);
    if (last.isPresent() && delta.isEmpty()) {
      derivations.confirm(last.get().id(), inputs.toString());
      return last;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("rule", rule.name());
    details.put("added", delta.added().size());
    details.put("changed", delta.changed().size());
    details.put("removed", delta.removed().size());
    return Optional.of(derivations.store(registerId, inputs.toString(), derived, details, actor));
  }

  static ListVersionRef ref(Snapshot s) {
    return new ListVersionRef(s.id(), OwnershipAnalysis.SOURCE, s.label());
  }
}
