package io.interdict.payments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The outcome for one message: the decision, every hit, and the rules that decided (reasons, most
 * severe first). {@code payment} is the parsed message, null when it could not be parsed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"message_id", "origin", "format", "decision", "hits", "reasons"})
public record PaymentDecision(
    @JsonProperty("message_id") String messageId,
    @JsonProperty("origin") String origin,
    @JsonProperty("format") String format,
    @JsonProperty("decision") Decision decision,
    @JsonProperty("hits") List<Hit> hits,
    @JsonProperty("reasons") List<String> reasons,
    @JsonIgnore ParsedPayment payment) {
  public PaymentDecision {
    hits = List.copyOf(hits);
    reasons = List.copyOf(reasons);
  }
}
