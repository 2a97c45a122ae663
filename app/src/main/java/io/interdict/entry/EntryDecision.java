package io.interdict.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The outcome for one traveller: the decision, every hit, and the rules that decided (reasons, most
 * severe first). {@code traveller} is null when the input could not be read into one; {@code document}
 * is the MRZ the traveller was read from, null when given as fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "decision", "traveller", "document", "hits", "reasons"})
public record EntryDecision(
    @JsonProperty("id") String id,
    @JsonProperty("decision") EntryOutcome decision,
    @JsonProperty("traveller") Traveller traveller,
    @JsonProperty("document") TravelDocument document,
    @JsonProperty("hits") List<EntryHit> hits,
    @JsonProperty("reasons") List<String> reasons) {
  public EntryDecision {
    hits = List.copyOf(hits);
    reasons = List.copyOf(reasons);
  }
}
