package io.interdict.cases;

import java.time.Instant;

/** One step of an alert's review: raised, review started, proposed, confirmed, disputed, annotated. */
public record AlertEvent(
    long id, long alertId, Instant at, String actor, String action, Decision decision,
    AlertStatus fromStatus, AlertStatus toStatus, String note) {}
