package io.interdict.cases;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Alerts and their review: raising (with the good-guy rule), listing, and the four-eyes decision
 * workflow. The CLI and the HTTP API both call this class; every change is audited with its user in
 * the same transaction.
 *
 * <p>Workflow: OPEN → UNDER_REVIEW → PROPOSED_(FALSE_POSITIVE|TRUE_MATCH) → a second, different user
 * confirms with the same decision → CLOSED_(FALSE_POSITIVE|TRUE_MATCH). A second user who disagrees
 * sends the alert back to UNDER_REVIEW; both findings stay in the alert's events.
 */
public final class AlertService {
  public static final int MAX_LIST = 10_000;

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public AlertService(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  public AlertService(Jdbi jdbi, AuditLog audit) {
    this(jdbi, audit, Clock.systemUTC());
  }

  /** An alert with its history. */
  public record AlertDetail(Alert alert, List<AlertEvent> events) {}

  /** What {@link #raise} did with a candidate. */
  public enum Outcome {
    /** A new alert was stored. */
    RAISED,
    /** An alert for the same customer and entity is still under review; it covers this hit. */
    COVERED_BY_OPEN_ALERT,
    /** The pair was decided before and neither the customer nor the list entry changed since. */
    SUPPRESSED_BY_DECISION
  }

  /** The result of {@link #raise}: the new alert when {@code outcome} is RAISED, else the alert that covers it. */
  public record Raised(Outcome outcome, Alert alert) {}

  /**
   * Raises an alert for a hit, inside the caller's transaction, unless an earlier alert covers it.
   * The good-guy rule: a pair closed as a false positive (or already confirmed as a true match) stays
   * quiet until the customer record or the list entry changes, compared by content hash; then it
   * alerts again with the reason "changed customer" or "changed list entry".
   */
  public Raised raise(Handle h, AlertCandidate c, String actor) {
    Optional<Alert> latest = AlertRepository.latestForPair(h, c.customerId(), c.entityKey());
    AlertReason reason = c.reason();
    if (latest.isPresent()) {
      Alert prev = latest.get();
      boolean customerChanged = !prev.customerHash().equals(c.customerHash());
      boolean entityChanged = !prev.entityHash().equals(c.entityHash());
      if (!prev.status().closed()) {
        return new Raised(Outcome.COVERED_BY_OPEN_ALERT, prev);
      }
      if (!customerChanged && !entityChanged) {
        return new Raised(Outcome.SUPPRESSED_BY_DECISION, prev);
      }
      reason = customerChanged ? AlertReason.CHANGED_CUSTOMER : AlertReason.CHANGED_LIST_ENTRY;
    }
    Instant now = clock.instant();
    long id = AlertRepository.insert(h, c, reason, now);
    String note = latest.map(p -> "earlier alert " + p.id() + " was " + p.status().name().toLowerCase(Locale.ROOT)).orElse(null);
    AlertRepository.event(h, id, now, actor, "raised", null, AlertStatus.OPEN, AlertStatus.OPEN, note);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("customer_id", c.customerId());
    details.put("customer_version_id", c.customerVersionId());
    details.put("entity_key", c.entityKey());
    details.put("list_version", c.listVersion());
    details.put("score", c.score());
    details.put("reason", reason.label());
    latest.ifPresent(p -> details.put("previous_alert", p.id()));
    audit.append(h, actor, "alert.raised", "alert:" + id, details);
    return new Raised(Outcome.RAISED, AlertRepository.find(h, id, false).orElseThrow());
  }

  /**
   * Notes on every alert still under review for an entity that a list version removed, inside the
   * caller's transaction. Returns how many alerts were annotated.
   */
  public int annotateRemoved(Handle h, String entityKey, String listVersion, String actor) {
    return annotate(h, AlertRepository.openForEntity(h, entityKey), "entity removed from list in version " + listVersion,
        actor);
  }

  /** Notes on every alert still open for the customer that it was closed; they still need their decision. */
  public int annotateCustomerClosed(Handle h, String customerId, String note, String actor) {
    return annotate(h, AlertRepository.openForCustomer(h, customerId), note, actor);
  }

  private int annotate(Handle h, List<Alert> open, String note, String actor) {
    Instant now = clock.instant();
    for (Alert a : open) {
      String annotation = a.annotation() == null ? note : a.annotation() + "\n" + note;
      AlertRepository.annotate(h, a.id(), annotation, now);
      AlertRepository.event(h, a.id(), now, actor, "annotated", null, a.status(), a.status(), note);
      audit.append(h, actor, "alert.annotated", "alert:" + a.id(), Map.of("note", note, "entity_key", a.entityKey()));
    }
    return open.size();
  }

  /** Alerts, oldest first; {@code status} null for all. */
  public List<Alert> list(AlertStatus status, int limit) {
    return find(Filter.of(status, null, limit));
  }

  /** Alerts, oldest first; {@code status} null for all, {@code customerId} null for every customer's. */
  public List<Alert> list(AlertStatus status, String customerId, int limit) {
    return find(Filter.of(status, customerId, limit));
  }

  /**
   * Which alerts to list. Each part is optional (null, or 0 for {@code minScore}): the status, one
   * customer, one list source, a least score, text in the customer id or listed name
   * (case-insensitive). Oldest first, paging forward from {@code after}; or newest first, paging back
   * from {@code before}.
   */
  public record Filter(AlertStatus status, String customerId, String source, double minScore, String text, Long after,
      Long before, boolean newestFirst, int limit) {
    public Filter {
      customerId = blankToNull(customerId);
      source = blankToNull(source);
      text = blankToNull(text);
      if (limit < 1 || limit > MAX_LIST) {
        throw new InterdictException.InvalidInput("limit " + limit + " is outside 1.." + MAX_LIST);
      }
      if (!(minScore >= 0 && minScore <= 1)) {
        throw new InterdictException.InvalidInput("minimum score " + minScore + " is outside 0..1");
      }
    }

    public static Filter of(AlertStatus status, String customerId, int limit) {
      return new Filter(status, customerId, null, 0, null, null, null, false, limit);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  public List<Alert> find(Filter f) {
    return jdbi.withHandle(h -> AlertRepository.find(h, f));
  }

  /** How many alerts there are in each status (every status present, 0 when none). */
  public Map<AlertStatus, Long> countByStatus() {
    return jdbi.withHandle(AlertRepository::countByStatus);
  }

  /** When the oldest alert still awaiting its decision was raised; empty when none waits. */
  public Optional<Instant> oldestWaitingSince() {
    return jdbi.withHandle(AlertRepository::oldestWaitingSince);
  }

  /** The list sources alerts were raised on, in order. */
  public List<String> sources() {
    return jdbi.withHandle(AlertRepository::sources);
  }

  /** Alerts raised or closed at or after {@code from}, oldest first (the console's chart). */
  public List<Alert> activeSince(Instant from) {
    return jdbi.withHandle(h -> AlertRepository.activeSince(h, from));
  }

  public AlertDetail get(long id) {
    return jdbi.withHandle(h -> new AlertDetail(
        AlertRepository.find(h, id, false).orElseThrow(() -> notFound(id)), AlertRepository.events(h, id)));
  }

  /** A user takes an open alert into review. */
  public Alert review(long id, String user) {
    String who = user(user);
    return jdbi.inTransaction(h -> {
      Alert a = AlertRepository.find(h, id, true).orElseThrow(() -> notFound(id));
      if (a.status() != AlertStatus.OPEN) {
        throw new InterdictException.Conflict("alert " + id + " is " + label(a.status()) + ", not open");
      }
      Instant now = clock.instant();
      startReview(h, a, who, now);
      return AlertRepository.find(h, id, false).orElseThrow();
    });
  }

  /**
   * Records a user's decision. On an open or in-review alert it is a proposal; on a proposed alert it
   * is the second opinion: the same decision from a different user closes the alert, a different
   * decision sends it back to review. The proposer cannot confirm their own proposal (Conflict).
   */
  public Alert decide(long id, Decision decision, String user, String note) {
    String who = user(user);
    if (decision == null) {
      throw new InterdictException.InvalidInput("a decision is required (false-positive or true-match)");
    }
    String why = note == null || note.isBlank() ? null : note.strip();
    return jdbi.inTransaction(h -> {
      Alert a = AlertRepository.find(h, id, true).orElseThrow(() -> notFound(id));
      Instant now = clock.instant();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("decision", decision.label());
      if (why != null) {
        details.put("note", why);
      }
      AlertStatus status = a.status();
      if (status == AlertStatus.OPEN) {
        // The first decision on an open alert takes it into review and proposes in one step.
        startReview(h, a, who, now);
        status = AlertStatus.UNDER_REVIEW;
      }
      switch (status) {
        case CLOSED_FALSE_POSITIVE:
        case CLOSED_TRUE_MATCH:
          throw new InterdictException.Conflict("alert " + id + " is already " + label(a.status()) + " (by "
              + a.proposedBy() + " and " + a.closedBy() + ")");
        case UNDER_REVIEW: {
          AlertStatus to = AlertStatus.proposed(decision);
          AlertRepository.propose(h, id, decision, who, now);
          AlertRepository.event(h, id, now, who, "proposed", decision, AlertStatus.UNDER_REVIEW, to, why);
          audit.append(h, who, "alert.proposed", "alert:" + id, details);
          break;
        }
        case PROPOSED_FALSE_POSITIVE:
        case PROPOSED_TRUE_MATCH: {
          if (sameUser(a.proposedBy(), who)) {
            throw new InterdictException.Conflict("four-eyes: alert " + id + " was proposed as " + a.proposedDecision().label()
                + " by " + a.proposedBy() + "; a different user must confirm it");
          }
          if (a.proposedDecision() == decision) {
            AlertStatus to = AlertStatus.closed(decision);
            AlertRepository.close(h, id, decision, who, now);
            AlertRepository.event(h, id, now, who, "confirmed", decision, a.status(), to, why);
            details.put("proposed_by", a.proposedBy());
            audit.append(h, who, "alert.closed", "alert:" + id, details);
          } else {
            AlertRepository.reopenForReview(h, id, now);
            String disagreement = who + " decided " + decision.label() + " where " + a.proposedBy() + " proposed "
                + a.proposedDecision().label() + (why == null ? "" : ": " + why);
            AlertRepository.event(h, id, now, who, "disputed", decision, a.status(), AlertStatus.UNDER_REVIEW, disagreement);
            details.put("proposed_by", a.proposedBy());
            details.put("proposed_decision", a.proposedDecision().label());
            audit.append(h, who, "alert.disputed", "alert:" + id, details);
          }
          break;
        }
        default:
          throw new IllegalStateException("unhandled status " + status);
      }
      return AlertRepository.find(h, id, false).orElseThrow();
    });
  }

  private void startReview(Handle h, Alert a, String who, Instant now) {
    AlertRepository.setStatus(h, a.id(), AlertStatus.UNDER_REVIEW, now);
    AlertRepository.event(h, a.id(), now, who, "review", null, AlertStatus.OPEN, AlertStatus.UNDER_REVIEW, null);
    audit.append(h, who, "alert.review", "alert:" + a.id(), Map.of());
  }

  private static String user(String user) {
    if (user == null || user.isBlank()) {
      throw new InterdictException.InvalidInput("a user is required for every alert decision (four-eyes)");
    }
    String u = user.strip();
    if (u.length() > 200) {
      throw new InterdictException.InvalidInput("user name is longer than 200 characters");
    }
    return u;
  }

  /** Users are compared case-insensitively so that "Alice" cannot confirm "alice"'s proposal. */
  static boolean sameUser(String a, String b) {
    return a != null && a.strip().equalsIgnoreCase(b.strip());
  }

  private static String label(AlertStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static InterdictException.NotFound notFound(long id) {
    return new InterdictException.NotFound("no alert with id " + id);
  }
}
