package io.interdict.model;

/**
 * A link from a listed party to another ("Linked To: ..." in OFAC remarks, owner/operator of a vessel).
 * {@code targetId} is the publisher id when known, else null and only the name is available.
 */
public record Relation(String type, String targetName, String targetId) {}
