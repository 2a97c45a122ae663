package io.interdict.entry;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.interdict.InterdictException;
import io.interdict.PolicyFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How screening results turn into entry decisions. Immutable; every field has a default, so a policy
 * file states only what it changes (JSON or YAML, snake_case keys, unknown keys refused).
 *
 * @param denyScore score at or above which a name hit on a banning list, with a birth date that agrees,
 *     denies entry
 * @param referScore score at or above which any name hit refers the traveller to secondary inspection
 * @param banningSources lists whose designations carry a travel ban (SDN, UN, EU, UK); a hit on any
 *     other list refers at most
 * @param referNationalities ISO alpha-2 codes whose nationals are referred whatever the screening (a
 *     national entry restriction); empty by default
 * @param referExpiredDocuments refer a traveller whose document (read from its MRZ) has expired
 */
public record EntryPolicy(
    double denyScore,
    double referScore,
    List<String> banningSources,
    List<String> referNationalities,
    boolean referExpiredDocuments) {

  public static final EntryPolicy DEFAULT = new EntryPolicy(
      0.93, 0.85, List.of("us-ofac-sdn", "un-sc", "eu-fsf", "uk-hmt"), List.of(), true);

  public EntryPolicy {
    if (!(referScore > 0 && referScore <= 1) || !(denyScore > 0 && denyScore <= 1)) {
      throw new InterdictException.InvalidInput(
          "scores must lie in (0, 1]: deny_score " + denyScore + ", refer_score " + referScore);
    }
    if (referScore > denyScore) {
      throw new InterdictException.InvalidInput("refer_score " + referScore + " is above deny_score " + denyScore);
    }
    banningSources = List.copyOf(banningSources);
    referNationalities = referNationalities.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    for (String c : referNationalities) {
      if (!c.matches("[A-Z]{2}")) {
        throw new InterdictException.InvalidInput("refer_nationalities: '" + c + "' is not an ISO alpha-2 code");
      }
    }
  }

  /** True when a hit on this list can deny entry. */
  public boolean bans(String source) {
    return banningSources.contains(source);
  }

  /** Reads a JSON or YAML policy file; absent keys keep their defaults. */
  public static EntryPolicy load(Path file) {
    Overrides o = PolicyFile.read(file, Overrides.class);
    return o == null ? DEFAULT : o.apply(DEFAULT);
  }

  /** The policy file's shape: every key optional. */
  record Overrides(
      @JsonProperty("deny_score") Double denyScore,
      @JsonProperty("refer_score") Double referScore,
      @JsonProperty("banning_sources") List<String> banningSources,
      @JsonProperty("refer_nationalities") List<String> referNationalities,
      @JsonProperty("refer_expired_documents") Boolean referExpiredDocuments) {
    EntryPolicy apply(EntryPolicy d) {
      return new EntryPolicy(or(denyScore, d.denyScore()), or(referScore, d.referScore()),
          or(banningSources, d.banningSources()), or(referNationalities, d.referNationalities()),
          or(referExpiredDocuments, d.referExpiredDocuments()));
    }

    private static <T> T or(T v, T d) {
      return v == null ? d : v;
    }
  }
}
