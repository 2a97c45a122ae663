package io.interdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a decider gathers while it applies its rules: hits, and a reason for every rule that fired.
 * The decision is the most severe outcome seen (the enum's last constant is the most severe); the
 * reasons come out most severe first, so that the one that decided leads. Not thread-safe: one per
 * decision.
 */
public final class Verdict<S extends Enum<S>, H> {
  private record Reason<S>(S severity, String text) {}

  private final Function<H, S> severityOf;
  private S decision;
  private final List<H> hits = new ArrayList<>();
  private final List<Reason<S>> reasons = new ArrayList<>();

  /**
   * @param least the decision when no rule fires (RELEASE, CLEAR)
   * @param severityOf the outcome a hit carries
   */
  public Verdict(S least, Function<H, S> severityOf) {
    this.decision = least;
    this.severityOf = severityOf;
  }

  public void hit(H hit, String reason) {
    hits.add(hit);
    add(severityOf.apply(hit), reason);
  }

  public void add(S severity, String reason) {
    if (severity.compareTo(decision) > 0) {
      decision = severity;
    }
    reasons.add(new Reason<>(severity, reason));
  }

  public S decision() {
    return decision;
  }

  public List<H> hits() {
    return hits;
  }

  public List<String> reasons() {
    List<Reason<S>> sorted = new ArrayList<>(reasons);
    sorted.sort(Comparator.comparing((Reason<S> r) -> r.severity()).reversed());
    return sorted.stream().map(Reason::text).toList();
  }
}
