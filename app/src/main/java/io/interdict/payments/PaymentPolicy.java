package io.interdict.payments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.interdict.InterdictException;
import io.interdict.PolicyFile;
import io.interdict.model.ListedEntity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How screening results turn into decisions. Immutable; every field has a default, so a policy file
 * states only what it changes (JSON or YAML, snake_case keys, unknown keys refused).
 *
 * @param partyBlock score at or above which a hit on a customer name (debtor, creditor, ultimate
 *     parties) takes the listed entity's effect (BLOCK or REJECT); between {@code partyReview} and it, HOLD
 * @param agentBlock the same for financial institution names (agents)
 * @param textBlock the same for free text (remittance information, MT 70/72)
 * @param blockingSources lists whose designations freeze property (SDN, UN, EU, UK asset freezes, and
 *     {@code interdict-ownership}: entities blocked because blocked persons own them, see
 *     {@link io.interdict.ownership.OwnershipAnalysis})
 * @param nonBlockingPrograms programs without blocking effect even on a blocking list (sectoral
 *     sanctions, menu-based and investment bans); a trailing {@code *} matches a prefix
 * @param nonBlockingAction what a confirmed hit on a non-blocking entity does: REJECT or HOLD
 * @param sanctionedCountries comprehensively sanctioned jurisdictions, ISO 3166 alpha-2
 * @param sanctionedPlaces place names (lower case) that put an address in a sanctioned jurisdiction or
 *     region (Crimea, so-called DNR/LNR) whatever country code it carries
 * @param jurisdictionAction what a party, agent (BIC country) or address in a sanctioned jurisdiction
 *     does: REJECT or HOLD
 */
public record PaymentPolicy(
    double partyBlock,
    double partyReview,
    double agentBlock,
    double agentReview,
    double textBlock,
    double textReview,
    List<String> blockingSources,
    List<String> nonBlockingPrograms,
    Decision nonBlockingAction,
    List<String> sanctionedCountries,
    List<String> sanctionedPlaces,
    Decision jurisdictionAction,
    boolean screenFreeText) {

  public static final PaymentPolicy DEFAULT = new PaymentPolicy(
      0.93, 0.85, 0.95, 0.88, 0.97, 0.90,
      List.of("us-ofac-sdn", "un-sc", "eu-fsf", "uk-hmt", "interdict-ownership"),
      List.of("UKRAINE-EO13662", "NS-MBS", "CAPTA", "CMIC", "NS-PLC", "SSI", "FSE-*", "561-*"),
      Decision.REJECT,
      List.of("CU", "IR", "KP", "SY"),
      List.of("crimea", "sevastopol", "simferopol", "donetsk", "luhansk", "lugansk", "dnr", "lnr",
          "north korea", "pyongyang", "iran", "tehran", "cuba", "havana", "syria", "damascus"),
      Decision.REJECT,
      true);

  public PaymentPolicy {
    checkPair("party", partyBlock, partyReview);
    checkPair("agent", agentBlock, agentReview);
    checkPair("text", textBlock, textReview);
    blockingSources = List.copyOf(blockingSources);
    nonBlockingPrograms = List.copyOf(nonBlockingPrograms);
    sanctionedCountries = sanctionedCountries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    sanctionedPlaces = sanctionedPlaces.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    if (nonBlockingAction != Decision.REJECT && nonBlockingAction != Decision.HOLD) {
      throw new InterdictException.InvalidInput("non_blocking_action must be REJECT or HOLD, not " + nonBlockingAction);
    }
    if (jurisdictionAction != Decision.REJECT && jurisdictionAction != Decision.HOLD) {
      throw new InterdictException.InvalidInput("jurisdiction_action must be REJECT or HOLD, not " + jurisdictionAction);
    }
  }

  private static void checkPair(String kind, double block, double review) {
    if (!(review > 0 && review <= 1) || !(block > 0 && block <= 1.0001)) {
      throw new InterdictException.InvalidInput(kind + " thresholds must lie in (0, 1]: block " + block + ", review " + review);
    }
    if (review > block) {
      throw new InterdictException.InvalidInput(kind + "_review " + review + " is above " + kind + "_block " + block);
    }
  }

  /** True when a confirmed hit on this entity blocks property (rather than rejects the payment). */
  public boolean blocks(ListedEntity e) {
    if (!blockingSources.contains(e.source())) {
      return false;
    }
    if (e.programs().isEmpty()) {
      return true;
    }
    for (String p : e.programs()) {
      if (!nonBlocking(p)) {
        return true; // one blocking program is enough: the property is blocked under it
      }
    }
    return false;
  }

  boolean nonBlocking(String program) {
    String p = program.strip().toUpperCase(Locale.ROOT);
    for (String pattern : nonBlockingPrograms) {
      String q = pattern.toUpperCase(Locale.ROOT);
      if (q.endsWith("*") ? p.startsWith(q.substring(0, q.length() - 1)) : p.equals(q)) {
        return true;
      }
    }
    return false;
  }

  /** Reads a JSON or YAML policy file; absent keys keep their defaults. */
  public static PaymentPolicy load(Path file) {
    Overrides o = PolicyFile.read(file, Overrides.class);
    return o == null ? DEFAULT : o.apply(DEFAULT);
  }

  /** The policy file's shape: every key optional. */
  record Overrides(
      @JsonProperty("party_block") Double partyBlock,
      @JsonProperty("party_review") Double partyReview,
      @JsonProperty("agent_block") Double agentBlock,
      @JsonProperty("agent_review") Double agentReview,
      @JsonProperty("text_block") Double textBlock,
      @JsonProperty("text_review") Double textReview,
      @JsonProperty("blocking_sources") List<String> blockingSources,
      @JsonProperty("non_blocking_programs") List<String> nonBlockingPrograms,
      @JsonProperty("non_blocking_action") Decision nonBlockingAction,
      @JsonProperty("sanctioned_countries") List<String> sanctionedCountries,
      @JsonProperty("sanctioned_places") List<String> sanctionedPlaces,
      @JsonProperty("jurisdiction_action") Decision jurisdictionAction,
      @JsonProperty("screen_free_text") Boolean screenFreeText) {
    PaymentPolicy apply(PaymentPolicy d) {
      return new PaymentPolicy(
          or(partyBlock, d.partyBlock()), or(partyReview, d.partyReview()),
          or(agentBlock, d.agentBlock()), or(agentReview, d.agentReview()),
          or(textBlock, d.textBlock()), or(textReview, d.textReview()),
          or(blockingSources, d.blockingSources()), or(nonBlockingPrograms, d.nonBlockingPrograms()),
          or(nonBlockingAction, d.nonBlockingAction()), or(sanctionedCountries, d.sanctionedCountries()),
          or(sanctionedPlaces, d.sanctionedPlaces()), or(jurisdictionAction, d.jurisdictionAction()),
          or(screenFreeText, d.screenFreeText()));
    }

    private static <T> T or(T v, T d) {
      return v == null ? d : v;
    }
  }
}
