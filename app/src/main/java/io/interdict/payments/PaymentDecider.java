package io.interdict.payments;

import io.interdict.InterdictException;
import io.interdict.Verdict;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.EntityType;
import io.interdict.model.ListedEntity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a payment is decided: RELEASE, HOLD (needs review), REJECT or BLOCK, with every hit and the
 * rules that decided. Each party and agent name is screened with the thresholds of its kind; BICs and
 * crypto addresses are looked up exactly; parties, agents (by the BIC's country) and addresses in
 * sanctioned jurisdictions apply the jurisdiction rule; free text is screened word window by window.
 * A confirmed hit takes the effect of the listed entity (BLOCK for a blocking designation, else the
 * policy's non-blocking action); a hit between the review and the block threshold is a HOLD. The most
 * severe outcome wins.
 *
 * <p>Fails closed: a message that cannot be read, lacks a mandatory party, or makes anything in here
 * throw is a HOLD with the reason, never a RELEASE. Thread-safe once built (the screener and the
 * indexes are read-only).
 */
public final class PaymentDecider {
  private static final int NAME_HITS = 5;
  private static final int TEXT_WINDOWS = 64;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.&-]*");
  /** Words of remittance and instruction text that never start or end a listed name. */
  private static final Set<String> TEXT_STOPWORDS = Set.of("invoice", "inv", "payment", "pmt", "for", "of", "the", "and",
      "to", "from", "on", "in", "at", "by", "with", "ref", "reference", "order", "contract", "services", "service", "fee",
      "fees", "salary", "rent", "goods", "purchase", "no", "nr", "number", "date", "dated", "per", "re", "as", "a", "an",
      "our", "your", "bill", "charges", "parts", "supplies", "licence", "license", "q1", "q2", "q3", "q4", "month",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "ins", "bnf", "acc", "rfb", "phob", "tel", "phon");
  private static final Pattern MSG_ID = Pattern.compile(
      "<MsgId>\\s*([^<\\s]+)|(?m)^:20:(\\S+)|\"id\"\\s*:\\s*\"([^\"]+)\"");

  private final Screener screener;
  private final IdentifierIndex identifiers;
  private final PaymentPolicy policy;
  private final Pattern places;
  private final Clearances clearances;

  /** Names screened are remembered (see {@link MemoScreener}); this many distinct queries at most. */
  public static final int DEFAULT_MEMO = 200_000;

  public PaymentDecider(Screener screener, List<ListedEntity> entities, PaymentPolicy policy) {
    this(screener, new IdentifierIndex(entities), policy, DEFAULT_MEMO);
  }

  /**
   * @param memo how many distinct name queries to remember (0: screen every name every time)
   */
  public PaymentDecider(Screener screener, IdentifierIndex identifiers, PaymentPolicy policy, int memo) {
    Objects.requireNonNull(screener, "screener");
    this.screener = memo > 0 ? new MemoScreener(screener, memo) : screener;
    this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.places = policy.sanctionedPlaces().isEmpty() ? null : Pattern.compile(
        "\\b(" + String.join("|", policy.sanctionedPlaces().stream().map(Pattern::quote).toList()) + ")\\b");
    this.clearances = Clearances.NONE;
  }

  private PaymentDecider(PaymentDecider d, Clearances clearances) {
    this.screener = d.screener;
    this.identifiers = d.identifiers;
    this.policy = d.policy;
    this.places = d.places;
    this.clearances = Objects.requireNonNull(clearances, "clearances");
  }

  /** The same decider (sharing its screener, memo and indexes) releasing the holds {@code clearances} cleared. */
  public PaymentDecider withClearances(Clearances clearances) {
    return new PaymentDecider(this, clearances);
  }

  public PaymentPolicy policy() {
    return policy;
  }

  /** Parses then decides; never throws. */
  public PaymentDecision decide(byte[] content, String origin) {
    ParsedPayment p;
    try {
      p = PaymentParser.parse(content, origin);
    } catch (RuntimeException e) {
      return failClosed(guessId(content), origin, null, "cannot read the message: " + e.getMessage());
    }
    return decide(p, origin);
  }

  /** Decides a parsed message; never throws. */
  public PaymentDecision decide(ParsedPayment p, String origin) {
    try {
      return evaluate(p, origin);
    } catch (InterdictException e) {
      return failClosed(p.messageId(), origin, p, "cannot screen the message: " + e.getMessage());
    } catch (RuntimeException e) {
      return failClosed(p.messageId(), origin, p, "internal error while screening (" + e + ")");
    }
  }

  private static PaymentDecision failClosed(String id, String origin, ParsedPayment p, String why) {
    return new PaymentDecision(id, origin, p == null ? null : p.format().label(), Decision.HOLD, List.of(),
        List.of("HOLD (fail closed): " + why), p);
  }

  private PaymentDecision evaluate(ParsedPayment p, String origin) {
    Verdict<Decision, Hit> out = new Verdict<>(Decision.RELEASE, Hit::outcome);
    for (String missing : MandatoryParties.missing(p)) {
      out.add(Decision.HOLD, "HOLD (fail closed): mandatory party missing: " + missing);
    }
    for (PartyField party : p.parties()) {
      screenParty(p, party, out);
    }
    if (p.cryptoTransfer() != null) {
      screenAddress("to", p.cryptoTransfer().to(), p.cryptoTransfer(), out);
      screenAddress("from", p.cryptoTransfer().from(), p.cryptoTransfer(), out);
    }
    if (policy.screenFreeText()) {
      for (FreeText t : p.freeText()) {
        screenText(p, t, out);
      }
    }
    if (out.decision() == Decision.RELEASE) {
      out.add(Decision.RELEASE, "RELEASE: no hit at or above the review thresholds (party " + policy.partyReview()
          + ", agent " + policy.agentReview() + ", text " + policy.textReview() + "), no sanctioned jurisdiction");
    }
    return new PaymentDecision(p.messageId(), origin, p.format().label(), out.decision(), out.hits(), out.reasons(), p);
  }

  private void screenParty(ParsedPayment p, PartyField party, Verdict<Decision, Hit> out) {
    boolean agent = party.role().isAgent();
    double review = agent ? policy.agentReview() : policy.partyReview();
    double block = agent ? policy.agentBlock() : policy.partyBlock();
    String who = party.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (party.name() != null) {
      Query q = new Query(p.messageId() + "/" + party.namePath(), party.name(),
          agent ? EntityType.ORGANIZATION : EntityType.ANY, null, party.country(), null, null);
      for (Match m : screener.screen(q, review, NAME_HITS)) {
        nameHit(party.namePath(), party.name(), m, Hit.Kind.NAME, review, block, agent ? "agent" : "party", out);
      }
    }
    if (party.bic() != null) {
      for (IdentifierIndex.Listing l : identifiers.bic(party.bic())) {
        Decision effect = effect(l.entity());
        out.hit(new Hit(party.bicPath(), party.bic(), l.entity().sourceId(), l.entity().key(), l.entity().primaryName(),
                1.0, programs(l.entity()), Hit.Kind.BIC, effect, effect),
            effect + ": " + who + " BIC " + party.bic() + " is listed (" + l.identifier().value() + ") for "
                + describe(l.entity()) + "; " + effectWhy(l.entity()));
      }
      String cc = Bics.country(party.bic());
      if (cc != null && policy.sanctionedCountries().contains(cc)) {
        jurisdiction(party.bicPath(), party.bic(), cc, policy.jurisdictionAction(),
            who + " BIC " + party.bic() + " sits in " + cc + ", a comprehensively sanctioned jurisdiction", out);
      }
    }
    if (party.country() != null && policy.sanctionedCountries().contains(party.country())) {
      jurisdiction(countryPath(party), party.country(), party.country(), policy.jurisdictionAction(),
          who + " is in " + party.country() + ", a comprehensively sanctioned jurisdiction", out);
    }
    if (places != null) {
      for (String line : party.addressLines()) {
        Matcher m = places.matcher(line.toLowerCase(Locale.ROOT));
        if (m.find()) {
          jurisdiction(addressPath(party), line, m.group(1), policy.jurisdictionAction(),
              who + " address '" + line + "' names " + m.group(1) + ", a sanctioned jurisdiction or region", out);
        }
      }
    }
  }

  private void screenText(ParsedPayment p, FreeText t, Verdict<Decision, Hit> out) {
    List<String> tokens = new ArrayList<>();
    Matcher tm = TOKEN.matcher(t.text());
    while (tm.find()) {
      tokens.add(tm.group());
    }
    for (String token : tokens) {
      for (IdentifierIndex.Listing l : identifiers.crypto(token)) {
        Decision effect = effect(l.entity());
        out.hit(new Hit(t.fieldPath(), token, l.entity().sourceId(), l.entity().key(), l.entity().primaryName(), 1.0,
                programs(l.entity()), Hit.Kind.CRYPTO_ADDRESS, effect, effect),
            effect + ": " + t.fieldPath() + " mentions listed address " + token + " of " + describe(l.entity()));
      }
      if (token.length() == 8 || token.length() == 11) {
        for (IdentifierIndex.Listing l : identifiers.bic(token)) {
          out.hit(new Hit(t.fieldPath(), token, l.entity().sourceId(), l.entity().key(), l.entity().primaryName(), 1.0,
                  programs(l.entity()), Hit.Kind.BIC, Decision.HOLD, effect(l.entity())),
              "HOLD: " + t.fieldPath() + " mentions listed BIC " + token + " of " + describe(l.entity()));
        }
      }
    }
    if (places != null) {
      Matcher m = places.matcher(t.text().toLowerCase(Locale.ROOT));
      if (m.find()) {
        jurisdiction(t.fieldPath(), t.text(), m.group(1), Decision.HOLD,
            t.fieldPath() + " mentions " + m.group(1) + ", a sanctioned jurisdiction or region", out);
      }
    }
    // Word windows of 2 to 4 tokens: a listed name hidden in a sentence. A name neither starts nor
    // ends with a number or a remittance word ("invoice", "for", "of"), which prunes most windows.
    Set<String> seen = new HashSet<>();
    int queries = 0;
    for (int n = 4; n >= 2; n--) {
      for (int i = 0; i + n <= tokens.size() && queries < TEXT_WINDOWS; i++) {
        if (!nameEdge(tokens.get(i)) || !nameEdge(tokens.get(i + n - 1))) {
          continue;
        }
        String window = String.join(" ", tokens.subList(i, i + n));
        queries++;
        for (Match m : screener.screen(new Query(p.messageId() + "/" + t.fieldPath(), window, EntityType.ANY, null, null,
            null, null), policy.textReview(), NAME_HITS)) {
          if (seen.add(m.entity().key())) {
            nameHit(t.fieldPath(), window, m, Hit.Kind.FREE_TEXT, policy.textReview(), policy.textBlock(), "text", out);
          }
        }
      }
    }
  }

  /** Can this token begin or end a name? Not when it is a number, a single letter or remittance vocabulary. */
  static boolean nameEdge(String token) {
    if (token.length() < 2 || !Character.isLetter(token.charAt(0))) {
      return false;
    }
    return !TEXT_STOPWORDS.contains(token.toLowerCase(Locale.ROOT));
  }

  private void screenAddress(String field, String address, CryptoTransfer t, Verdict<Decision, Hit> out) {
    for (IdentifierIndex.Listing l : identifiers.crypto(address)) {
      String ticker = l.identifier().ticker();
      boolean sameFamily = CryptoAddresses.compatible(ticker, t.chain(), t.asset());
      Decision effect = sameFamily ? effect(l.entity()) : Decision.HOLD;
      out.hit(new Hit(field, address, l.entity().sourceId(), l.entity().key(), l.entity().primaryName(),
              sameFamily ? 1.0 : 0.9, programs(l.entity()), Hit.Kind.CRYPTO_ADDRESS, effect, effect(l.entity())),
          effect + ": " + field + " address " + address + " is listed" + (ticker == null ? "" : " under " + ticker)
              + " for " + describe(l.entity()) + "; "
              + (sameFamily ? effectWhy(l.entity())
                  : "listed on another chain family than " + t.chain() + "/" + t.asset() + ": review"));
    }
  }

  private void nameHit(String field, String value, Match m, Hit.Kind kind, double review, double block, String thresholdName,
      Verdict<Decision, Hit> out) {
    ListedEntity e = m.entity();
    Decision outcome = m.score() >= block ? effect(e) : Decision.HOLD;
    if (outcome == Decision.HOLD) {
      Clearances.Clearance c = clearances.find(value, e.key(), m.matchedName().value());
      if (c != null) {
        out.hit(new Hit(field, value, e.sourceId(), e.key(), m.matchedName().value(), round(m.score()), programs(e), kind,
                Decision.RELEASE, effect(e)),
            String.format(Locale.ROOT, "RELEASE: %s '%s' matches '%s' (%s) at %.2f, a hit released as a false positive by "
                    + "%s and %s (hold %d, clearance %d, in force to %s)", field, value, m.matchedName().value(), describe(e),
                m.score(), c.clearedBy(), c.confirmedBy(), c.holdId(), c.id(), c.until()));
        return;
      }
    }
    String rule = m.score() >= block
        ? String.format(Locale.ROOT, "%.2f >= %s block threshold %.2f; %s", m.score(), thresholdName, block, effectWhy(e))
        : String.format(Locale.ROOT, "%.2f between %s review %.2f and block %.2f: needs review", m.score(),
            thresholdName, review, block);
    out.hit(new Hit(field, value, e.sourceId(), e.key(), m.matchedName().value(), round(m.score()), programs(e), kind, outcome,
            effect(e)),
        outcome + ": " + field + " '" + value + "' matches '" + m.matchedName().value() + "' (" + describe(e) + ") at "
            + rule);
  }

  private void jurisdiction(String field, String value, String where, Decision outcome, String why, Verdict<Decision, Hit> out) {
    out.hit(new Hit(field, value, null, null, null, 1.0, where, Hit.Kind.JURISDICTION, outcome, outcome),
        outcome + ": " + why);
  }

  private Decision effect(ListedEntity e) {
    return policy.blocks(e) ? Decision.BLOCK : policy.nonBlockingAction();
  }

  private String effectWhy(ListedEntity e) {
    return policy.blocks(e)
        ? e.source() + " designation under " + programs(e) + " blocks property"
        : "no blocking effect (" + e.source() + ", " + programs(e) + "): " + policy.nonBlockingAction();
  }

  private static String describe(ListedEntity e) {
    return e.key() + (e.programs().isEmpty() ? "" : ", " + programs(e));
  }

  private static String programs(ListedEntity e) {
    return String.join(", ", e.programs());
  }

  private static String countryPath(PartyField p) {
    return p.namePath().equals(p.fieldPath()) ? p.fieldPath() : p.fieldPath() + "/PstlAdr/Ctry";
  }

  private static String addressPath(PartyField p) {
    return p.namePath().equals(p.fieldPath()) ? p.fieldPath() : p.fieldPath() + "/PstlAdr";
  }

  private static double round(double s) {
    return Math.round(s * 10000) / 10000.0;
  }

  /** The message id from unparsable content, when a regular expression can still see it. */
  static String guessId(byte[] content) {
    if (content == null) {
      return null;
    }
    String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.UTF_8);
    Matcher m = MSG_ID.matcher(head);
    if (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          return m.group(g);
        }
      }
    }
    return null;
  }
}
