package io.interdict.entry;

import io.interdict.InterdictException;
import io.interdict.Verdict;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.PartialDate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an entry decision is made: CLEAR (admit), REFER (secondary inspection, manual review) or DENY
 * (a travel ban applies). The most severe outcome of these rules wins:
 *
 * <ol>
 *   <li>DENY: the traveller's document number is a passport or national identity number listed on a
 *       banning list, compared exactly after normalisation (upper case, no spaces, dashes or MRZ
 *       fillers); when both the traveller's document and the listing name an issuing country they must
 *       be the same country. On a list that bans nobody the same match refers.
 *   <li>DENY: a name hit at or above {@link EntryPolicy#denyScore()} on a banning list whose listed
 *       birth date agrees with the traveller's: the same day, or a listed month, year or range that
 *       contains it. Without a birth date on either side the hit refers: a name alone does not deny.
 *   <li>REFER: every other name hit at or above {@link EntryPolicy#referScore()}, whatever its list;
 *       and a name that alone scores at least the deny score whatever the birth date, nationality and
 *       sex make of it (a banned person may travel on another passport with another birth date).
 *   <li>REFER (fail closed): a document whose MRZ check digits fail (misread, damaged or altered), an
 *       expired document, a nationality the policy refers, or anything that throws while screening.
 *   <li>CLEAR otherwise.
 * </ol>
 *
 * <p>The name is screened as a PERSON with the traveller's birth date, nationality and sex, so the
 * scorer's attribute adjustments apply: a differing listed birth date lowers the score by 0.15, a
 * matching one raises it. Thread-safe once built (the screener and the document index are read-only).
 */
public final class EntryDecider {
  private static final int NAME_HITS = 10;

  private final Screener screener;
  private final EntryPolicy policy;
  private final Clock clock;
  /** Listed passport and national identity numbers, normalised. */
  private final Map<String, List<Listing>> documents = new HashMap<>();

  private record Listing(ListedEntity entity, Identifier identifier) {}

  public EntryDecider(Screener screener, List<ListedEntity> entities, EntryPolicy policy, Clock clock) {
    this.screener = Objects.requireNonNull(screener, "screener");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (ListedEntity e : entities) {
      for (Identifier id : e.identifiers()) {
        String n = Traveller.normalizeNumber(id.value());
        if ((id.type() == IdType.PASSPORT || id.type() == IdType.NATIONAL_ID) && n != null) {
          documents.computeIfAbsent(n, k -> new ArrayList<>(1)).add(new Listing(e, id));
        }
      }
    }
  }

  /** Decides one traveller; never throws. */
  public EntryDecision decide(Traveller t) {
    try {
      return evaluate(t);
    } catch (InterdictException e) {
      return failClosed(t, "cannot screen the traveller: " + e.getMessage());
    } catch (RuntimeException e) {
      return failClosed(t, "internal error while screening (" + e + ")");
    }
  }

  private static EntryDecision failClosed(Traveller t, String why) {
    return new EntryDecision(t.id(), EntryOutcome.REFER, t, t.document(), List.of(), List.of("REFER (fail closed): " + why));
  }

  private EntryDecision evaluate(Traveller t) {
    Verdict<EntryOutcome, EntryHit> out = new Verdict<>(EntryOutcome.CLEAR, EntryHit::outcome);
    TravelDocument doc = t.document();
    if (doc != null && !doc.checksVerify()) {
      out.add(EntryOutcome.REFER, "REFER (fail closed): MRZ check digit fails for " + String.join(", ", doc.checkDigitFailures())
          + ": the document may be misread, damaged or altered");
    }
    LocalDate today = LocalDate.now(clock);
    if (policy.referExpiredDocuments() && doc != null && doc.expiryDate() != null && doc.expiryDate().isBefore(today)) {
      out.add(EntryOutcome.REFER, "REFER: the document expired on " + doc.expiryDate());
    }
    String nationality = Mrz.alpha2(t.nationality());
    if (nationality != null && policy.referNationalities().contains(nationality)) {
      out.add(EntryOutcome.REFER, "REFER: nationality " + t.nationality() + " is referred by policy");
    }
    screenDocument(t, out);
    screenName(t, nationality, out);
    if (out.decision() == EntryOutcome.CLEAR) {
      out.add(EntryOutcome.CLEAR, String.format(Locale.ROOT,
          "CLEAR: no listed document number, no name hit at or above the refer score %.2f", policy.referScore()));
    }
    return new EntryDecision(t.id(), out.decision(), t, doc, out.hits(), out.reasons());
  }

  private void screenDocument(Traveller t, Verdict<EntryOutcome, EntryHit> out) {
    String number = Traveller.normalizeNumber(t.documentNumber());
    if (number == null) {
      return;
    }
    String issued = Mrz.alpha2(t.documentCountry());
    for (Listing l : documents.getOrDefault(number, List.of())) {
      String listedCountry = Mrz.alpha2(l.identifier().country());
      if (issued != null && listedCountry != null && !issued.equals(listedCountry)) {
        continue; // the same number issued by another country is another document
      }
      ListedEntity e = l.entity();
      boolean bans = policy.bans(e.source());
      EntryOutcome outcome = bans ? EntryOutcome.DENY : EntryOutcome.REFER;
      String listed = label(l.identifier()) + " " + l.identifier().value()
          + (l.identifier().country() == null ? "" : " (" + l.identifier().country() + ")");
      out.hit(new EntryHit(EntryHit.Kind.DOCUMENT, e.key(), e.source(), e.primaryName(), l.identifier().value(), 1.0,
              programs(e), "listed " + listed, outcome),
          outcome + ": document " + t.documentNumber() + " is listed as " + listed + " of " + describe(e) + "; "
              + (bans ? e.source() + " designation bans entry" : e.source() + " is no banning list: review"));
    }
  }

  private void screenName(Traveller t, String nationality, Verdict<EntryOutcome, EntryHit> out) {
    String gender = "M".equals(t.sex()) || "F".equals(t.sex()) ? t.sex() : null;
    Query q = new Query(t.id(), t.fullName(), EntityType.PERSON, t.birthDate() == null ? null : t.birthDate().toString(),
        nationality != null ? nationality : t.nationality(), null, gender);
    Set<String> seen = new HashSet<>();
    for (Match m : screener.screen(q, policy.referScore(), NAME_HITS)) {
      ListedEntity e = m.entity();
      seen.add(e.key());
      boolean bans = policy.bans(e.source());
      String dob = birthDateVerdict(t.birthDate(), e.birthDates());
      boolean deny = bans && m.score() >= policy.denyScore() && dob == null;
      EntryOutcome outcome = deny ? EntryOutcome.DENY : EntryOutcome.REFER;
      String why;
      if (deny) {
        why = String.format(Locale.ROOT, "%.2f >= deny score %.2f, listed birth date %s agrees; %s designation bans entry",
            m.score(), policy.denyScore(), dates(e), e.source());
      } else if (!bans) {
        why = String.format(Locale.ROOT, "%.2f >= refer score %.2f; %s is no banning list: review", m.score(),
            policy.referScore(), e.source());
      } else if (m.score() < policy.denyScore()) {
        why = String.format(Locale.ROOT, "%.2f between refer score %.2f and deny score %.2f%s: review", m.score(),
            policy.referScore(), policy.denyScore(), dob == null ? "" : " (" + dob + ")");
      } else {
        why = String.format(Locale.ROOT, "%.2f >= deny score %.2f but %s: review", m.score(), policy.denyScore(), dob);
      }
      out.hit(new EntryHit(EntryHit.Kind.NAME, e.key(), e.source(), e.primaryName(), m.matchedName().value(),
              round(m.score()), programs(e), m.explanation() == null ? null : m.explanation().summary(), outcome),
          outcome + ": name '" + t.fullName() + "' matches '" + m.matchedName().value() + "' (" + describe(e) + ") at "
              + why);
    }
    // A listed name alone at the deny score is never cleared by the other attributes: a person under a
    // travel ban may carry another passport with another birth date, which is what lowered the score.
    Query nameOnly = new Query(t.id(), t.fullName(), EntityType.PERSON, null, null, null, null);
    for (Match m : screener.screen(nameOnly, policy.denyScore(), NAME_HITS)) {
      ListedEntity e = m.entity();
      if (!seen.add(e.key())) {
        continue;
      }
      String dob = birthDateVerdict(t.birthDate(), e.birthDates());
      out.hit(new EntryHit(EntryHit.Kind.NAME, e.key(), e.source(), e.primaryName(), m.matchedName().value(),
              round(m.score()), programs(e), m.explanation() == null ? null : m.explanation().summary(),
              EntryOutcome.REFER),
          String.format(Locale.ROOT, "REFER: name '%s' alone matches '%s' (%s) at %.2f >= deny score %.2f; the "
              + "traveller's birth date, nationality or sex differ from the listing (%s), which is no proof of "
              + "another person: review", t.fullName(), m.matchedName().value(), describe(e), m.score(),
              policy.denyScore(), dob == null ? "the birth date agrees" : dob));
    }
  }

  /** Null when the traveller's birth date agrees with a listed one, else why it does not. */
  static String birthDateVerdict(LocalDate traveller, List<PartialDate> listed) {
    if (traveller == null) {
      return "the traveller's birth date is unknown";
    }
    if (listed.isEmpty()) {
      return "no birth date is listed";
    }
    for (PartialDate d : listed) {
      if (d.contains(traveller)) {
        return null;
      }
    }
    return "listed birth date " + listed.stream().map(PartialDate::toString).collect(Collectors.joining("; "))
        + " differs from " + traveller;
  }

  private static String dates(ListedEntity e) {
    return e.birthDates().stream().map(PartialDate::toString).collect(Collectors.joining("; "));
  }

  private static String label(Identifier id) {
    if (id.label() != null) {
      return id.label();
    }
    return id.type() == IdType.PASSPORT ? "passport" : "national identity number";
  }

  private static String describe(ListedEntity e) {
    return e.key() + (e.programs().isEmpty() ? "" : ", " + programs(e));
  }

  private static String programs(ListedEntity e) {
    return String.join(", ", e.programs());
  }

  private static double round(double s) {
    return Math.round(s * 10000) / 10000.0;
  }
}
