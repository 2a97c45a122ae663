package io.interdict.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One reason to look at a payment: a field of the message, the value in it, what it matched and how
 * well, and the outcome the policy gives that hit on its own.
 *
 * @param field where in the message: {@code Cdtr/Nm}, {@code 59}, {@code to}, {@code CdtrAgt/FinInstnId/BICFI}
 * @param entityId the publisher's id of the listed entity ({@code 43377}); null for jurisdiction hits
 * @param entityKey {@code source:sourceId}, unique across lists; null for jurisdiction hits
 * @param program the entity's programs, comma-separated; for jurisdiction hits the country or place
 * @param ifConfirmed what the hit means once an analyst confirms it as a true match: BLOCK for a
 *     designation that blocks property, otherwise the policy's action for other lists; for a
 *     jurisdiction hit its outcome. It decides what a held payment may become ({@code HeldPayments}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"field", "value", "entity_id", "entity_key", "listed_name", "score", "program", "kind", "outcome",
    "if_confirmed"})
public record Hit(
    @JsonProperty("field") String field,
    @JsonProperty("value") String value,
    @JsonProperty("entity_id") String entityId,
    @JsonProperty("entity_key") String entityKey,
    @JsonProperty("listed_name") String listedName,
    @JsonProperty("score") double score,
    @JsonProperty("program") String program,
    @JsonProperty("kind") Kind kind,
    @JsonProperty("outcome") Decision outcome,
    @JsonProperty("if_confirmed") Decision ifConfirmed) {

  /** The same hit with another outcome (an analyst's confirmation). */
  public Hit withOutcome(Decision d) {
    return new Hit(field, value, entityId, entityKey, listedName, score, program, kind, d, ifConfirmed);
  }

  /** What kind of comparison produced the hit. */
  public enum Kind {
    NAME,
    FREE_TEXT,
    BIC,
    CRYPTO_ADDRESS,
    JURISDICTION
  }
}
