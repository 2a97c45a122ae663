package io.interdict.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.match.Match;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryDeciderTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  /** Test fixtures: names, dates and numbers written for these tests, not copied from any list. */
  static final ListedEntity KIM = ListedEntity.builder("us-ofac-sdn", "90001", EntityType.PERSON)
      .name("KIM, Sang Man", NameType.PRIMARY)
      .program("DPRK4")
      .birthDate(PartialDate.day(LocalDate.of(1981, 10, 8), "08 Oct 1981"))
      .nationality("Korea, North")
      .identifier(new Identifier(IdType.PASSPORT, "745120991", "Korea, North", null, "Passport"))
      .build();
  static final ListedEntity RI = ListedEntity.builder("un-sc", "KPi.900", EntityType.PERSON)
      .name("RI CHOL UNG", NameType.PRIMARY)
      .birthDate(PartialDate.year(1969, "1969"))
      .identifier(new Identifier(IdType.NATIONAL_ID, "NK-5512-07", null, null, null))
      .build();
  /** On a list without travel ban: screened, never denied. */
  static final ListedEntity PETROV = ListedEntity.builder("us-bis-dpl", "DPL-77", EntityType.PERSON)
      .name("Ivan Sergeyevich PETROV", NameType.PRIMARY)
      .birthDate(PartialDate.day(LocalDate.of(1970, 1, 1), "1970-01-01"))
      .identifier(new Identifier(IdType.PASSPORT, "7100123456", "Russia", null, "Passport"))
      .build();
  /** On a banning list without a birth date: a name alone never denies. */
  static final ListedEntity CHOE = ListedEntity.builder("eu-fsf", "EU.9001", EntityType.PERSON)
      .name("CHOE Yong Su", NameType.PRIMARY)
      .build();
  static final List<ListedEntity> LIST = List.of(KIM, RI, PETROV, CHOE);
  static final EntryDecider DECIDER = new EntryDecider(Screeners.forEntities(LIST), LIST, EntryPolicy.DEFAULT, CLOCK);

  /** KIM's passport as its MRZ would read (check digits computed outside the code under test). */
  static final List<String> KIM_MRZ = List.of("P<PRKKIM<<SANG<MAN<<<<<<<<<<<<<<<<<<<<<<<<<<",
      "7451209910PRK8110088M3001019<<<<<<<<<<<<<<<8");
  /** The ICAO specimen passport, valid until 2035. */
  static final List<String> ANNA_MRZ = List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
      "L898902C36UTO7408122F3504152<<<<<<<<<<<<<<<4");

  private static EntryDecision mrz(List<String> lines) {
    return DECIDER.decide(Traveller.of(Mrz.parse(lines, TODAY), "t1"));
  }

  private static EntryDecision fields(String surname, String given, String dob, String nationality, String number,
      String country) {
    return DECIDER.decide(Traveller.of("t1", surname, given, dob, nationality, null, number, country));
  }

  @ParameterizedTest(name = "{0} -> {7}")
  @CsvSource({
      "listed passport and name with the listed birth date, KIM, SANG MAN, 1981-10-08, PRK, 745120991, PRK, DENY, us-ofac-sdn:90001",
      "listed passport under another name, PAK, YONG HO, 1990-02-02, PRK, 745120991, PRK, DENY, us-ofac-sdn:90001",
      "listed passport written with dashes and lower case, PAK, YONG HO, 1990-02-02, , 745-120 991, , DENY, us-ofac-sdn:90001",
      "listed number issued by another country, PAK, YONG HO, 1990-02-02, CHN, 745120991, CHN, CLEAR, ",
      "listed national id without a listed country, PAK, YONG HO, 1990-02-02, , nk551207, KOR, DENY, un-sc:KPi.900",
      "listed name and birth date without document, KIM, SANG MAN, 1981-10-08, , , , DENY, us-ofac-sdn:90001",
      "listed name with another birth date, KIM, SANG MAN, 1975-05-05, , , , REFER, us-ofac-sdn:90001",
      "listed name without birth date, KIM, SANG MAN, , , , , REFER, us-ofac-sdn:90001",
      "listed name born within a year of the listed day, KIM, SANG MAN, 1982-01-15, , , , REFER, us-ofac-sdn:90001",
      "listed name without a listed birth date, CHOE, YONG SU, 1960-06-06, , , , REFER, eu-fsf:EU.9001",
      "listed name born within the listed year, RI, CHOL UNG, 1969-04-02, PRK, , , DENY, un-sc:KPi.900",
      "name on a list without travel ban and its birth date, PETROV, IVAN SERGEYEVICH, 1970-01-01, RUS, , , REFER, us-bis-dpl:DPL-77",
      "document on a list without travel ban, SMIRNOV, OLEG, 1980-03-03, RUS, 7100123456, RUS, REFER, us-bis-dpl:DPL-77",
      "listed name with another birth date and nationality, KIM, SANG MAN, 1975-05-05, CHN, G1234567, CHN, REFER, us-ofac-sdn:90001",
      "listed family name only with another birth date, KIM, YONG HO, 1975-05-05, CHN, , , CLEAR, ",
      "clean name, ERIKSSON, ANNA MARIA, 1974-08-12, SWE, X1234567, SWE, CLEAR, ",
  })
  void decidesByDocumentNameAndBirthDate(String name, String surname, String given, String dob, String nationality,
      String number, String country, EntryOutcome expected, String entity) {
    EntryDecision d = fields(surname, given, dob, nationality, number, country);
    assertThat(d.decision()).as(name + "\n" + String.join("\n", d.reasons())).isEqualTo(expected);
    assertThat(d.reasons()).isNotEmpty();
    assertThat(d.reasons().get(0)).startsWith(expected.name());
    if (entity == null) {
      assertThat(d.hits()).isEmpty();
    } else {
      assertThat(d.hits()).anySatisfy(h -> {
        assertThat(h.entityKey()).isEqualTo(entity);
        assertThat(h.outcome()).isEqualTo(expected);
      });
    }
  }

  @Test
  void listedPassportReadFromTheMrzDeniesWithDocumentAndNameHits() {
    EntryDecision d = mrz(KIM_MRZ);
    assertThat(d.decision()).isEqualTo(EntryOutcome.DENY);
    assertThat(d.document().checksVerify()).isTrue();
    EntryHit doc = d.hits().stream().filter(h -> h.kind() == EntryHit.Kind.DOCUMENT).findFirst().orElseThrow();
    assertThat(doc.matchedName()).isEqualTo("745120991");
    assertThat(doc.score()).isEqualTo(1.0);
    assertThat(doc.programs()).isEqualTo("DPRK4");
    EntryHit name = d.hits().stream().filter(h -> h.kind() == EntryHit.Kind.NAME).findFirst().orElseThrow();
    assertThat(name.matchedName()).isEqualTo("KIM, Sang Man");
    assertThat(name.score()).isGreaterThanOrEqualTo(EntryPolicy.DEFAULT.denyScore());
    assertThat(name.explanation()).contains("birth");
    assertThat(d.reasons()).anySatisfy(r -> assertThat(r).startsWith("DENY: document 745120991 is listed as Passport"));
    assertThat(d.reasons()).anySatisfy(r -> assertThat(r).contains("listed birth date 08 Oct 1981 agrees"));
  }

  @Test
  void aFailedCheckDigitRefersACleanTravellerWithTheFieldNamed() {
    EntryDecision d = mrz(List.of(ANNA_MRZ.get(0), ANNA_MRZ.get(1).replace("L898902C36", "L898902C37")));
    assertThat(d.decision()).isEqualTo(EntryOutcome.REFER);
    assertThat(d.hits()).isEmpty();
    assertThat(d.reasons()).singleElement().asString()
        .startsWith("REFER (fail closed): MRZ check digit fails for document_number, composite");
  }

  @Test
  void theCleanSpecimenPassportIsClear() {
    EntryDecision d = mrz(ANNA_MRZ);
    assertThat(d.decision()).as(String.join("\n", d.reasons())).isEqualTo(EntryOutcome.CLEAR);
    assertThat(d.reasons()).singleElement().asString().startsWith("CLEAR: no listed document number");
  }

  @Test
  void anExpiredDocumentRefersUnlessThePolicySaysOtherwise() {
    List<String> expired = List.of(ANNA_MRZ.get(0), "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    EntryDecision d = mrz(expired);
    assertThat(d.decision()).isEqualTo(EntryOutcome.REFER);
    assertThat(d.reasons()).containsExactly("REFER: the document expired on 2012-04-15");
    EntryPolicy lenient = new EntryPolicy(0.93, 0.85, EntryPolicy.DEFAULT.banningSources(), List.of(), false);
    EntryDecider decider = new EntryDecider(Screeners.forEntities(LIST), LIST, lenient, CLOCK);
    assertThat(decider.decide(Traveller.of(Mrz.parse(expired, TODAY), null)).decision()).isEqualTo(EntryOutcome.CLEAR);
  }

  @Test
  void aNationalityThePolicyRefersIsReferredWhateverItsSpelling() {
    EntryPolicy policy = new EntryPolicy(0.93, 0.85, EntryPolicy.DEFAULT.banningSources(), List.of("se"), true);
    EntryDecider decider = new EntryDecider(Screeners.forEntities(LIST), LIST, policy, CLOCK);
    for (String nationality : List.of("SWE", "SE", "Sweden")) {
      EntryDecision d = decider.decide(Traveller.of(null, "ERIKSSON", "ANNA", null, nationality, null, null, null));
      assertThat(d.decision()).as(nationality).isEqualTo(EntryOutcome.REFER);
      assertThat(d.reasons()).containsExactly("REFER: nationality " + nationality + " is referred by policy");
    }
  }

  @Test
  void aHitOnABanningListThatThePolicyDropsOnlyRefers() {
    EntryPolicy policy = new EntryPolicy(0.93, 0.85, List.of("un-sc"), List.of(), true);
    EntryDecider decider = new EntryDecider(Screeners.forEntities(LIST), LIST, policy, CLOCK);
    EntryDecision d = decider.decide(Traveller.of(Mrz.parse(KIM_MRZ, TODAY), null));
    assertThat(d.decision()).isEqualTo(EntryOutcome.REFER);
    assertThat(d.reasons()).allSatisfy(r -> assertThat(r).contains("us-ofac-sdn is no banning list"));
  }

  @Test
  void anythingThatThrowsInsideRefersWithTheReason() {
    EntryDecider broken = new EntryDecider(new Screener() {
      @Override
      public List<Match> screen(Query q, double threshold, int limit) {
        throw new IllegalStateException("index corrupt");
      }

      @Override
      public double defaultThreshold() {
        return 0.8;
      }
    }, LIST, EntryPolicy.DEFAULT, CLOCK);
    EntryDecision d = broken.decide(Traveller.of("t9", "ERIKSSON", "ANNA", null, null, null, null, null));
    assertThat(d.decision()).isEqualTo(EntryOutcome.REFER);
    assertThat(d.id()).isEqualTo("t9");
    assertThat(d.reasons()).singleElement().asString()
        .startsWith("REFER (fail closed): internal error while screening").contains("index corrupt");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "no surname; ; ANNA; ; ; ; traveller 'x' has no surname",
      "birth date not ISO; ERIKSSON; ANNA; 12/08/1974; ; ; birth date '12/08/1974' is not a date (expected YYYY-MM-DD)",
      "impossible birth date; ERIKSSON; ANNA; 1974-02-30; ; ; birth date '1974-02-30' is not a date",
      "unknown nationality; ERIKSSON; ANNA; ; Atlantis; ; nationality 'Atlantis' is not a known country",
      "unknown document country; ERIKSSON; ANNA; ; ; QQQ; document country 'QQQ' is not a known country",
  })
  void badTravellerFieldsAreRefusedNamingTheValue(String name, String surname, String given, String dob,
      String nationality, String country, String message) {
    assertThatThrownBy(
            () -> Traveller.of("x", surname, given, dob, nationality, null, "123", country))
        .as(name)
        .isInstanceOf(InterdictException.InvalidInput.class)
        .hasMessageContaining(message);
  }

  @Test
  void badSexIsRefused() {
    assertThatThrownBy(
            () -> Traveller.of("x", "ERIKSSON", null, null, null, "female", null, null))
        .hasMessage("sex 'FEMALE' is not M, F or X");
  }

  @Test
  void policyRefusesAReferScoreAboveTheDenyScore() {
    assertThatThrownBy(
            () -> new EntryPolicy(0.8, 0.9, List.of(), List.of(), true))
        .hasMessage("refer_score 0.9 is above deny_score 0.8");
  }
}
