package io.interdict.cases;

/**
 * A screening hit that monitoring wants to raise as an alert; {@link AlertService#raise} decides
 * whether it becomes one (or is covered by an open alert, or suppressed by an earlier decision).
 */
public record AlertCandidate(
    String customerId,
    long customerVersionId,
    String customerHash,
    String entityKey,
    String entityName,
    String entityHash,
    String listSource,
    long listVersionId,
    String listVersion,
    double score,
    String matchedName,
    String explanationJson,
    AlertReason reason) {}
