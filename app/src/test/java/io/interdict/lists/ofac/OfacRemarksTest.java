package io.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.PartialDate;
import io.interdict.model.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OfacRemarksTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "15 Jun 1963                 | 1963-06-15 | 1963-06-15 | DAY",
        "05 Jun 1980                 | 1980-06-05 | 1980-06-05 | DAY",
        "1963                        | 1963-01-01 | 1963-12-31 | YEAR",
        "Jun 1963                    | 1963-06-01 | 1963-06-30 | MONTH",
        "Feb 1964                    | 1964-02-01 | 1964-02-29 | MONTH",
        "circa 1960                  | 1959-01-01 | 1961-12-31 | RANGE",
        "circa 07 Jul 1966           | 1965-01-01 | 1967-12-31 | RANGE",
        "circa 1979-1982             | 1978-01-01 | 1983-12-31 | RANGE",
        "01 Jan 1953 to 31 Dec 1953  | 1953-01-01 | 1953-12-31 | RANGE",
        "1951 to 1953                | 1951-01-01 | 1953-12-31 | RANGE",
        "Mar 1962 to Feb 1963        | 1962-03-01 | 1963-02-28 | RANGE",
      })
  void datesBecomeIntervalsWithPrecision(String text, String from, String to, Precision precision) {
    PartialDate d = OfacRemarks.parseDate(text);
    assertThat(d).isNotNull();
    assertThat(d.from()).isEqualTo(LocalDate.parse(from));
    assertThat(d.to()).isEqualTo(LocalDate.parse(to));
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.raw()).isEqualTo(text.strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"31 Feb 1970", "unknown", "1953 to 1951", "15 Foo 1963", "63"})
  void textThatIsNoDateGivesNull(String text) {
    assertThat(OfacRemarks.parseDate(text)).isNull();
  }

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of("Passport 109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024",
            IdType.PASSPORT, "109420132", "Korea, North", "Passport"),
        Arguments.of("Passport G025057 issued 23 Jun 1999 expires 05 Feb 2004", IdType.PASSPORT, "G025057", null, "Passport"),
        Arguments.of("Passport RL 1622378 (Lebanon)", IdType.PASSPORT, "RL 1622378", "Lebanon", "Passport"),
        Arguments.of("National ID No. 781005202108 (Russia)", IdType.NATIONAL_ID, "781005202108", "Russia", "National ID No."),
        Arguments.of("Cedula No. 6068015 (Colombia)", IdType.NATIONAL_ID, "6068015", "Colombia", "Cedula No."),
        Arguments.of("Tax ID No. CHE-309.842.573 (Switzerland)", IdType.TAX_ID, "CHE-309.842.573", "Switzerland", "Tax ID No."),
        Arguments.of("NIT # 800018928-0 (Colombia)", IdType.TAX_ID, "800018928-0", "Colombia", "NIT #"),
        Arguments.of("Registration Number 1027700132195 (Russia)", IdType.REGISTRATION, "1027700132195", "Russia", "Registration Number"),
        Arguments.of("Unified Social Credit Code (USCC) 91110108661572276L (China)", IdType.REGISTRATION,
            "91110108661572276L", "China", "Unified Social Credit Code (USCC)"),
        Arguments.of("Folio Mercantil No. 343997 (Mexico) issued 14 Dec 2005", IdType.REGISTRATION, "343997", "Mexico", "Folio Mercantil No."),
        Arguments.of("Identification Number 2.194.575 (Paraguay)", IdType.OTHER, "2.194.575", "Paraguay", "Identification Number"),
        Arguments.of("Identification Number IMO 5342883", IdType.IMO, "5342883", null, "Identification Number IMO"),
        Arguments.of("Vessel Registration Identification IMO 9218492", IdType.IMO, "9218492", null, "Vessel Registration Identification IMO"),
        Arguments.of("MMSI 256862000", IdType.MMSI, "256862000", null, "MMSI"),
        Arguments.of("SWIFT/BIC CMSYSYDA", IdType.BIC, "CMSYSYDA", null, "SWIFT/BIC"),
        Arguments.of("Email Address Africonline@protonmail.com", IdType.EMAIL, "Africonline@protonmail.com", null, "Email Address"),
        Arguments.of("Website www.rosneft.com", IdType.WEBSITE, "www.rosneft.com", null, "Website"),
        Arguments.of("Phone Number 8613314257947", IdType.PHONE, "8613314257947", null, "Phone Number"),
        Arguments.of("Telephone: 0097282851500", IdType.PHONE, "0097282851500", null, "Telephone"),
        Arguments.of("PHONE 850 2 381 8221", IdType.PHONE, "850 2 381 8221", null, "Phone"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void identifierClausesKeepTypeValueCountryAndLabel(
      String clause, IdType type, String value, String country, String label) {
    Identifier id = OfacRemarks.identifier(clause);
    assertThat(id).isNotNull();
    assertThat(id.type()).isEqualTo(type);
    assertThat(id.value()).isEqualTo(value);
    assertThat(id.country()).isEqualTo(country);
    assertThat(id.label()).isEqualToIgnoringCase(label);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Organization Established Date 1981", "Target Type Government Entity", "Passport", "Passportless 12"})
  void clausesThatAreNoIdentifierGiveNull(String clause) {
    assertThat(OfacRemarks.identifier(clause)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Digital Currency Address - XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ | XBT | 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ",
        "Digital Currency Address - ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c | ETH | 0x97b1043abd9e6fc31681635166d430a458d14f9c",
        "Digital Currency Address - USDT TXyZ123 | USDT | TXyZ123",
        "Digital Currency Address - ZEC t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL | ZEC | t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL",
      })
  void cryptoAddressesKeepTickerAndExactCase(String clause, String ticker, String address) {
    Identifier id = OfacRemarks.crypto(clause);
    assertThat(id).isEqualTo(Identifier.crypto(ticker, address));
  }

  @Test
  void weakAliasesKeepInnerApostrophes() {
    assertThat(OfacRemarks.weakAlias("a.k.a. 'BNC'")).isEqualTo("BNC");
    assertThat(OfacRemarks.weakAlias("a.k.a. 'AL-QA'QA'")).isEqualTo("AL-QA'QA");
    assertThat(OfacRemarks.weakAlias("a.k.a. ''ABD AL-MUHSI'")).isEqualTo("'ABD AL-MUHSI");
    assertThat(OfacRemarks.weakAlias("f.k.a. 'ANA I'")).isEqualTo("ANA I");
    assertThat(OfacRemarks.weakAlias("Linked To: X")).isNull();
  }

  @Test
  void clausesDropTheSentencePeriodButNotAnAbbreviationsPeriod() {
    assertThat(OfacRemarks.clauses("DOB 1963; a.k.a. 'BNC'.")).containsExactly("DOB 1963", "a.k.a. 'BNC'");
    assertThat(OfacRemarks.clauses("Linked To: DELTA, S.A. DE C.V.")).containsExactly("Linked To: DELTA, S.A. DE C.V.");
    assertThat(OfacRemarks.clauses("Linked To: SAZEH MORAKAB CO. LTD.")).containsExactly("Linked To: SAZEH MORAKAB CO. LTD.");
    assertThat(OfacRemarks.clauses("Website www.usareally.com.")).containsExactly("Website www.usareally.com");
    assertThat(OfacRemarks.clauses(null)).isEmpty();
  }

  @Test
  void applyRoutesEveryKindOfClause() {
    ListedEntity.Builder b = ListedEntity.builder("us-ofac-sdn", "1", EntityType.PERSON).name("X", io.interdict.model.NameType.PRIMARY);
    List<String> weak = new ArrayList<>();
    OfacRemarks.apply(
        "DOB 15 Jun 1963; alt. DOB 1964; POB Leningrad, Russia; nationality Russia; alt. nationality Cyprus; "
            + "citizen Russia; Gender Male; Title Deputy Minister; Passport 717637093 (Russia); a.k.a. 'ROMA'; "
            + "Digital Currency Address - XBT 1ABC; Linked To: USA REALLY; Organization Established Date 1981.",
        b, weak);
    ListedEntity e = b.build();
    assertThat(e.birthDates()).extracting(PartialDate::raw).containsExactly("15 Jun 1963", "1964");
    assertThat(e.birthPlaces()).containsExactly("Leningrad, Russia");
    assertThat(e.nationalities()).containsExactly("Russia", "Cyprus");
    assertThat(e.citizenships()).containsExactly("Russia");
    assertThat(e.gender()).isEqualTo("Male");
    assertThat(e.title()).isEqualTo("Deputy Minister");
    assertThat(e.identifiers()).extracting(Identifier::type).containsExactly(IdType.PASSPORT, IdType.CRYPTO);
    assertThat(e.relations()).singleElement().satisfies(r -> assertThat(r.targetName()).isEqualTo("USA REALLY"));
    assertThat(weak).containsExactly("ROMA");
  }
}
