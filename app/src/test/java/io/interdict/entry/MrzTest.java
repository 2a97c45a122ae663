package io.interdict.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrzTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  /** The ICAO Doc 9303 specimens (parts 4, 5 and 6). */
  static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  static final String TD2_1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
  static final String TD2_2 = "D231458907UTO7408122F1204159<<<<<<<6";
  static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
  static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
  static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

  private static TravelDocument parse(String joined) {
    return Mrz.parse(Arrays.asList(joined.split("\\|", -1)), TODAY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "TD3 specimen; " + TD3_1 + "|" + TD3_2 + "; TD3; P; UTO; ERIKSSON; ANNA MARIA; L898902C3; 1974-08-12; F; 2012-04-15; ZE184226B",
      "TD2 specimen; " + TD2_1 + "|" + TD2_2 + "; TD2; I; UTO; ERIKSSON; ANNA MARIA; D23145890; 1974-08-12; F; 2012-04-15; ",
      "TD1 specimen; " + TD1_1 + "|" + TD1_2 + "|" + TD1_3 + "; TD1; I; UTO; ERIKSSON; ANNA MARIA; D23145890; 1974-08-12; F; 2012-04-15; ",
      "TD1 number over 9 characters continues in the optional data; I<UTOD23145890<1233<<<<<<<<<<<|7408122F1204159UTO<<<<<<<<<<<2|"
          + TD1_3 + "; TD1; I; UTO; ERIKSSON; ANNA MARIA; D23145890123; 1974-08-12; F; 2012-04-15; ",
      "German passport: one-letter state D; P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<|C01X00T478D<<6408125F3101012<<<<<<<<<<<<<<<6"
          + "; TD3; P; D; MUSTERMANN; ERIKA; C01X00T47; 1964-08-12; F; 2031-01-01; ",
      "lower case is upper-cased; p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<|l898902c36uto7408122f1204159ze184226b<<<<<10"
          + "; TD3; P; UTO; ERIKSSON; ANNA MARIA; L898902C3; 1974-08-12; F; 2012-04-15; ZE184226B",
      "surrounding spaces and blank lines are ignored; |  " + TD3_1 + "  ||" + TD3_2 + " |"
          + "; TD3; P; UTO; ERIKSSON; ANNA MARIA; L898902C3; 1974-08-12; F; 2012-04-15; ZE184226B",
  })
  void readsEveryFieldOfAValidZone(String name, String mrz, TravelDocument.Format format, String code, String state,
      String surname, String given, String number, LocalDate birth, String sex, LocalDate expiry, String optional) {
    TravelDocument d = parse(mrz);
    assertThat(d.checkDigitFailures()).as(name).isEmpty();
    assertThat(d.checksVerify()).isTrue();
    assertThat(d.format()).isEqualTo(format);
    assertThat(d.documentCode()).isEqualTo(code);
    assertThat(d.issuingState()).isEqualTo(state);
    assertThat(d.nationality()).isEqualTo(state);
    assertThat(d.surname()).isEqualTo(surname);
    assertThat(d.givenNames()).isEqualTo(given);
    assertThat(d.documentNumber()).isEqualTo(number);
    assertThat(d.birthDate()).isEqualTo(birth);
    assertThat(d.sex()).isEqualTo(sex);
    assertThat(d.expiryDate()).isEqualTo(expiry);
    assertThat(d.optionalData()).isEqualTo(optional);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "document number check digit; L898902C35UTO7408122F1204159ZE184226B<<<<<10; document_number,composite",
      "document number altered; L898902C46UTO7408122F1204159ZE184226B<<<<<10; document_number,composite",
      "birth date altered; L898902C36UTO7408132F1204159ZE184226B<<<<<10; birth_date,composite",
      "expiry date altered; L898902C36UTO7408122F1304159ZE184226B<<<<<10; expiry_date,composite",
      "personal number altered; L898902C36UTO7408122F1204159ZE184227B<<<<<10; optional_data,composite",
      "composite only; L898902C36UTO7408122F1204159ZE184226B<<<<<11; composite",
      "check digit is a letter; L898902C3AUTO7408122F1204159ZE184226B<<<<<10; document_number,composite",
  })
  void namesEachFieldWhoseCheckDigitFails(String name, String line2, String failures) {
    TravelDocument d = Mrz.parse(List.of(TD3_1, line2), TODAY);
    assertThat(d.checkDigitFailures()).as(name).containsExactly(failures.split(","));
    assertThat(d.checksVerify()).isFalse();
  }

  @Test
  void aDamagedTd1CompositeIsNamed() {
    TravelDocument d = Mrz.parse(List.of(TD1_1, TD1_2.replace("UTO<", "UTO1"), TD1_3), TODAY);
    assertThat(d.checkDigitFailures()).containsExactly("composite");
  }

  @ParameterizedTest(name = "{0}: {1} on {2}")
  @CsvSource({
      "a birth year is never in the future, 150101, 2026-11-30, 2015-01-01",
      "a birth year is never in the future, 300101, 2026-11-30, 1930-01-01",
      "today is not the future, 261130, 2026-11-30, 2026-11-30",
      "tomorrow is, 261201, 2026-11-30, 1926-12-01",
      "as of an earlier today, 150101, 2010-01-01, 1915-01-01",
  })
  void birthDateCenturyFollowsToday(String name, String yymmdd, LocalDate today, LocalDate expected) {
    String line2 = "L898902C36UTO" + yymmdd + Mrz.checkDigit(yymmdd) + "F1204159ZE184226B<<<<<1";
    line2 += Mrz.checkDigit(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43));
    TravelDocument d = Mrz.parse(List.of(TD3_1, line2), today);
    assertThat(d.checkDigitFailures()).isEmpty();
    assertThat(d.birthDate()).isEqualTo(expected);
  }

  @Test
  void checkDigitsWeighSevenThreeOneWithFillerZeroAndLettersFromTen() {
    assertThat(Mrz.checkDigit("L898902C3")).isEqualTo(6);
    assertThat(Mrz.checkDigit("740812")).isEqualTo(2);
    assertThat(Mrz.checkDigit("<<<")).isZero();
    assertThat(Mrz.checkDigit("A")).isEqualTo(0); // 10 * 7 = 70
    assertThat(Mrz.checkDigit("Z")).isEqualTo(5); // 35 * 7 = 245
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "empty; ''; MRZ is empty",
      "blank lines only; ' | '; MRZ is empty",
      "one line; " + TD3_1 + "; MRZ has 1 line:",
      "four lines; " + TD1_1 + "|" + TD1_2 + "|" + TD1_3 + "|" + TD1_3 + "; MRZ has 4 lines",
      "first line of 43; P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<|" + TD3_2 + "; MRZ line 1 is 43 characters long",
      "second line shorter; " + TD3_1 + "|L898902C36UTO7408122F1204159ZE184226B<<<<<1; MRZ line 2 is 43 characters long: a TD3 line has 44",
      "TD1 line of 31; " + TD1_1 + "<|" + TD1_2 + "|" + TD1_3 + "; MRZ line 1 is 31 characters long: a TD1 line has 30",
      "space inside; " + TD3_1 + "|L898902C36UTO7408122F1204159ZE184226B<<< <10; MRZ line 2, position 41: character ' '",
      "accented letter; P<UTOERIKSSÖN<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<|" + TD3_2 + "; MRZ line 1, position 12: character 'Ö'",
      "unknown sex; " + TD3_1 + "|L898902C36UTO7408122Q1204159ZE184226B<<<<<10; sex 'Q' is not M, F, X or <",
  })
  void malformedZonesAreRefusedNamingTheLineAndTheProblem(String name, String mrz, String message) {
    assertThatThrownBy(() -> parse(mrz)).as(name)
        .isInstanceOf(InterdictException.InvalidInput.class)
        .hasMessageContaining(message);
  }

  @Test
  void nullInputIsEmpty() {
    assertThatThrownBy(() -> Mrz.parse(null, TODAY)).hasMessageStartingWith("MRZ is empty");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "PRK, KP", "D, DE", "GBD, GB", "GBR, GB", "RUS, RU", "de, DE", "'North Korea', KP", "UTO, ", "XXA, ", "UNO, ", "'', ",
  })
  void issuingStatesResolveToIsoAlpha2WhereTheyNameACountry(String code, String alpha2) {
    assertThat(Mrz.alpha2(code)).isEqualTo(alpha2);
  }

  @Test
  void issuingStateAndNationalityAreResolved() {
    TravelDocument d = parse("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<|C01X00T478D<<6408125F3101012<<<<<<<<<<<<<<<6");
    assertThat(d.issuingCountry()).isEqualTo("DE");
    assertThat(d.nationalityCountry()).isEqualTo("DE");
    assertThat(parse(TD3_1 + "|" + TD3_2).issuingCountry()).isNull();
  }
}
