package io.interdict.ownership;

/**
 * A party of the ownership register: an owner, an owned entity or both.
 *
 * @param id the register's own identifier (a company number, a customer id)
 * @param listKey the list entry this party is, as {@code source:sourceId} (e.g. {@code us-ofac-sdn:36434}),
 *     when somebody has confirmed it; null otherwise. Only a confirmed entry counts as a blocked owner:
 *     a name that merely looks like a listed one makes the analysis ask for review.
 */
public record Party(String id, String name, String listKey) {}
