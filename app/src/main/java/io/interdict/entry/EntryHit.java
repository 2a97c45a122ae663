package io.interdict.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One listed entity a traveller matched, and the outcome the policy gives that hit on its own.
 *
 * @param entityKey {@code source:sourceId}, unique across lists
 * @param matchedName the listed name (NAME) or the listed document number (DOCUMENT) that matched
 * @param score 1.0 for a document
 * @param programs the entity's programs, comma-separated
 * @param explanation the scorer's one-line summary (token alignment, attribute evidence); for a
 *     document, the listed identifier
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "entity_key", "source", "listed_name", "matched_name", "score", "programs", "explanation",
    "outcome"})
public record EntryHit(
    @JsonProperty("kind") Kind kind,
    @JsonProperty("entity_key") String entityKey,
    @JsonProperty("source") String source,
    @JsonProperty("listed_name") String listedName,
    @JsonProperty("matched_name") String matchedName,
    @JsonProperty("score") double score,
    @JsonProperty("programs") String programs,
    @JsonProperty("explanation") String explanation,
    @JsonProperty("outcome") EntryOutcome outcome) {

  /** What matched: the traveller's name, or their document number exactly. */
  public enum Kind {
    NAME,
    DOCUMENT
  }
}
