package io.interdict.entry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.interdict.InterdictException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One person seeking entry, as a passenger manifest (APIS) or a document reader gives them. Only the
 * surname is required; every other field may be unknown (null), which screens with less evidence but
 * never fails. Built {@link #of(TravelDocument, String) from a document}, which keeps the document so
 * that the decision can see its failed check digits, or {@link #of from fields}, validated here.
 *
 * @param id the caller's reference (manifest row, passenger id); null when none
 * @param nationality as given: MRZ alpha-3 ({@code PRK}), alpha-2 or a country name
 * @param sex {@code M}, {@code F} or {@code X}; null when unknown
 * @param documentNumber as given; compared upper case without spaces, dashes and fillers
 * @param documentCountry the issuing country, written like {@code nationality}
 * @param document the machine-readable zone it was read from; null when given as fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "surname", "given_names", "birth_date", "nationality", "sex", "document_number",
    "document_country"})
public record Traveller(
    @JsonProperty("id") String id,
    @JsonProperty("surname") String surname,
    @JsonProperty("given_names") String givenNames,
    @JsonProperty("birth_date") @JsonSerialize(using = ToStringSerializer.class) LocalDate birthDate,
    @JsonProperty("nationality") String nationality,
    @JsonProperty("sex") String sex,
    @JsonProperty("document_number") String documentNumber,
    @JsonProperty("document_country") String documentCountry,
    @JsonIgnore TravelDocument document) {
  /** Longest name field accepted: MRZ name fields hold 39 characters, manifests rarely more than 100. */
  static final int MAX_NAME = 200;

  public Traveller {
    id = clean(id, "id", 200);
    surname = clean(surname, "surname", MAX_NAME);
    if (surname == null) {
      throw new InterdictException.InvalidInput("traveller " + (id == null ? "" : "'" + id + "' ") + "has no surname");
    }
    givenNames = clean(givenNames, "given names", MAX_NAME);
    nationality = clean(nationality, "nationality", 60);
    sex = clean(sex, "sex", 10);
    if (sex != null) {
      sex = sex.toUpperCase(Locale.ROOT);
      if (!sex.equals("M") && !sex.equals("F") && !sex.equals("X")) {
        throw new InterdictException.InvalidInput("sex '" + sex + "' is not M, F or X");
      }
    }
    documentNumber = clean(documentNumber, "document number", 30);
    documentCountry = clean(documentCountry, "document country", 60);
  }

  /** The traveller a document describes; its check digits are judged by the decision, not here. */
  public static Traveller of(TravelDocument d, String id) {
    if (d.surname() == null || d.surname().isEmpty()) {
      throw new InterdictException.InvalidInput("MRZ name field holds no surname");
    }
    return new Traveller(id, d.surname(), d.givenNames(), d.birthDate(), d.nationality(), d.sex(), d.documentNumber(),
        d.issuingState(), d);
  }

  /**
   * A traveller from manifest or form fields, each checked: the birth date is ISO {@code YYYY-MM-DD},
   * countries must name a country (MRZ code, ISO code or name).
   */
  public static Traveller of(String id, String surname, String givenNames, String birthDate, String nationality,
      String sex, String documentNumber, String documentCountry) {
    return new Traveller(id, surname, givenNames, date(birthDate), country(nationality, "nationality"), sex,
        documentNumber, country(documentCountry, "document country"), null);
  }

  /** Given names then surname, the order the screener is given names in. */
  public String fullName() {
    return givenNames == null ? surname : givenNames + " " + surname;
  }

  /** The document number as compared with listed ones: upper case, no spaces, dashes or fillers. */
  public static String normalizeNumber(String number) {
    if (number == null) {
      return null;
    }
    String n = number.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-<./]", "");
    return n.isEmpty() ? null : n;
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeException e) {
        // falls through to the message below
      }
    }
    throw new InterdictException.InvalidInput("birth date '" + s + "' is not a date (expected YYYY-MM-DD)");
  }

  private static String country(String s, String what) {
    if (s == null || s.isBlank()) {
      return null;
    }
    if (Mrz.alpha2(s) == null) {
      throw new InterdictException.InvalidInput(what + " '" + s.strip()
          + "' is not a known country (expected an ISO alpha-2 or alpha-3 code, an MRZ code or a name)");
    }
    return s.strip();
  }

  private static String clean(String s, String what, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip().replaceAll("\\s+", " ");
    if (v.length() > max) {
      throw new InterdictException.InvalidInput(what + " is " + v.length() + " characters long; at most " + max
          + " are accepted");
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        throw new InterdictException.InvalidInput(what + " '" + v + "' holds a control character");
      }
    }
    return v;
  }
}
