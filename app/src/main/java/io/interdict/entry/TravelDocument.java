package io.interdict.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;

/**
 * What the machine-readable zone of a travel document says, as read by {@link Mrz#parse}. Codes are
 * kept as printed ({@code issuingState} {@code D} for Germany, {@code UTO} for the ICAO specimen state)
 * and also resolved to ISO alpha-2 where the code names a country.
 *
 * @param documentCode {@code P} (passport), {@code I}, {@code ID}, {@code AC} ... fillers removed
 * @param issuingCountry ISO alpha-2 (upper case) of {@code issuingState}; null when it names no country
 * @param givenNames null when the document has none
 * @param nationalityCountry ISO alpha-2 (upper case) of {@code nationality}; null when it names no country
 * @param birthDate null when the zone has no complete valid date (unknown day or month are written {@code <<})
 * @param sex {@code M}, {@code F} or {@code X} (unspecified)
 * @param expiryDate null when the zone has no complete valid date
 * @param optionalData personal number or other optional data, fillers removed; null when empty
 * @param checkDigitFailures the fields whose check digit does not verify: {@code document_number},
 *     {@code birth_date}, {@code expiry_date}, {@code optional_data}, {@code composite}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "document_code", "issuing_state", "issuing_country", "surname", "given_names",
    "document_number", "nationality", "nationality_country", "birth_date", "sex", "expiry_date", "optional_data",
    "check_digit_failures"})
public record TravelDocument(
    @JsonProperty("format") Format format,
    @JsonProperty("document_code") String documentCode,
    @JsonProperty("issuing_state") String issuingState,
    @JsonProperty("issuing_country") String issuingCountry,
    @JsonProperty("surname") String surname,
    @JsonProperty("given_names") String givenNames,
    @JsonProperty("document_number") String documentNumber,
    @JsonProperty("nationality") String nationality,
    @JsonProperty("nationality_country") String nationalityCountry,
    @JsonProperty("birth_date") @JsonSerialize(using = ToStringSerializer.class) LocalDate birthDate,
    @JsonProperty("sex") String sex,
    @JsonProperty("expiry_date") @JsonSerialize(using = ToStringSerializer.class) LocalDate expiryDate,
    @JsonProperty("optional_data") String optionalData,
    @JsonProperty("check_digit_failures") List<String> checkDigitFailures) {

  /** The ICAO Doc 9303 size: TD1 (ID card, 3 lines of 30), TD2 (2 of 36), TD3 (passport, 2 of 44). */
  public enum Format {
    TD1(3, 30),
    TD2(2, 36),
    TD3(2, 44);

    final int lines;
    final int width;

    Format(int lines, int width) {
      this.lines = lines;
      this.width = width;
    }
  }

  public TravelDocument {
    checkDigitFailures = List.copyOf(checkDigitFailures);
  }

  /** True when every check digit verifies. */
  public boolean checksVerify() {
    return checkDigitFailures.isEmpty();
  }
}
