package io.interdict.entry;

import io.interdict.InterdictException;
import io.interdict.entry.TravelDocument.Format;
import io.interdict.match.Countries;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the machine-readable zone of a travel document (ICAO Doc 9303 parts 4 to 6): TD3 passports
 * (2 lines of 44), TD2 (2 of 36) and TD1 identity cards (3 of 30), verifying every check digit
 * (weights 7, 3, 1; {@code <} is 0, A to Z are 10 to 35), the composite one included.
 *
 * <p>A failed check digit is data, not an error: it is listed in the result so that the decision can
 * refer the traveller (a misread or altered document). A zone that is not an MRZ at all (wrong number
 * or length of lines, a character outside A-Z, 0-9 and {@code <}) throws {@link
 * InterdictException.InvalidInput} naming the line. Lower-case letters are accepted and upper-cased:
 * the printed zone is upper case, so lower case only comes from typing it, and the check digits still
 * catch a mistyped character. Surrounding spaces and blank lines are ignored for the same reason.
 */
public final class Mrz {
  private static final int[] WEIGHTS = {7, 3, 1};

  /** Codes the MRZ uses that are no ISO alpha-3 code but name a country (Doc 9303 part 3, 5). */
  private static final Map<String, String> MRZ_COUNTRIES = Map.of(
      "D", "DE", "GBD", "GB", "GBN", "GB", "GBO", "GB", "GBP", "GB", "GBS", "GB");

  /** Codes of organisations, stateless persons and refugees: no country, whatever a name table says. */
  private static final Set<String> NO_COUNTRY = Set.of(
      "UNO", "UNA", "UNK", "XAA", "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "XXA",
      "XXB", "XXC", "XXX", "EUE");

  private Mrz() {}

  /**
   * Parses a zone given line by line.
   *
   * @param today decides the century of the birth date: a birth date is never in the future
   */
  public static TravelDocument parse(List<String> lines, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<String> rows = new ArrayList<>();
    if (lines != null) {
      for (String l : lines) {
        if (l != null && !l.isBlank()) {
          rows.add(l.strip());
        }
      }
    }
    Format f = format(rows);
    for (int i = 0; i < rows.size(); i++) {
      rows.set(i, checkLine(rows.get(i), i + 1, f));
    }
    return switch (f) {
      case TD1 -> td1(rows.get(0), rows.get(1), rows.get(2), today);
      case TD2, TD3 -> twoLines(f, rows.get(0), rows.get(1), today);
    };
  }

  private static Format format(List<String> rows) {
    if (rows.isEmpty()) {
      throw new InterdictException.InvalidInput(
          "MRZ is empty: expected 2 lines (TD3 passport, TD2) or 3 lines (TD1 identity card)");
    }
    if (rows.size() == 3) {
      return Format.TD1;
    }
    if (rows.size() != 2) {
      throw new InterdictException.InvalidInput("MRZ has " + rows.size() + (rows.size() == 1 ? " line" : " lines")
          + ": expected 2 (TD3 passport, TD2) or 3 (TD1 identity card)");
    }
    int width = rows.get(0).length();
    if (width == Format.TD3.width) {
      return Format.TD3;
    }
    if (width == Format.TD2.width) {
      return Format.TD2;
    }
    throw new InterdictException.InvalidInput("MRZ line 1 is " + width
        + " characters long: a 2-line MRZ has lines of 44 (TD3 passport) or 36 (TD2) characters");
  }

  private static String checkLine(String line, int number, Format f) {
    if (line.length() != f.width) {
      throw new InterdictException.InvalidInput("MRZ line " + number + " is " + line.length()
          + " characters long: a " + f + " line has " + f.width + " (" + f.lines + " lines of " + f.width + ")");
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '<')) {
        throw new InterdictException.InvalidInput("MRZ line " + number + ", position " + (i + 1) + ": character '" + c
            + "' is not allowed (only A-Z, 0-9 and <)");
      }
    }
    return line.toUpperCase(Locale.ROOT);
  }

  /** TD2 and TD3: names on line 1, the numbered fields on line 2 at the same positions. */
  private static TravelDocument twoLines(Format f, String l1, String l2, LocalDate today) {
    List<String> failures = new ArrayList<>();
    int optionalEnd = f == Format.TD3 ? 42 : 35;
    DocumentNumber number = documentNumber(l2.substring(0, 9), l2.charAt(9), l2.substring(28, optionalEnd),
        f == Format.TD2, failures);
    check(l2.substring(13, 19), l2.charAt(19), "birth_date", failures);
    check(l2.substring(21, 27), l2.charAt(27), "expiry_date", failures);
    if (f == Format.TD3) {
      String optional = l2.substring(28, 42);
      boolean empty = optional.chars().allMatch(c -> c == '<');
      // An empty personal number may carry < or 0 as its check digit (Doc 9303 part 4, 4.2.2.2).
      if (!(empty && (l2.charAt(42) == '<' || l2.charAt(42) == '0'))) {
        check(optional, l2.charAt(42), "optional_data", failures);
      }
    }
    int composite = f.width - 1;
    check(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, composite), l2.charAt(composite), "composite",
        failures);
    String[] names = names(l1.substring(5));
    return document(f, l1.substring(0, 2), l1.substring(2, 5), names, number, l2.substring(10, 13),
        l2.substring(13, 19), l2.charAt(20), l2.substring(21, 27), today, failures);
  }

  private static TravelDocument td1(String l1, String l2, String l3, LocalDate today) {
    List<String> failures = new ArrayList<>();
    DocumentNumber number = documentNumber(l1.substring(5, 14), l1.charAt(14), l1.substring(15, 30), true, failures);
    check(l2.substring(0, 6), l2.charAt(6), "birth_date", failures);
    check(l2.substring(8, 14), l2.charAt(14), "expiry_date", failures);
    check(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29), l2.charAt(29),
        "composite", failures);
    String[] names = names(l3);
    return document(Format.TD1, l1.substring(0, 2), l1.substring(2, 5), names, number, l2.substring(15, 18),
        l2.substring(0, 6), l2.charAt(7), l2.substring(8, 14), today, failures);
  }

  private static TravelDocument document(Format f, String code, String state, String[] names, DocumentNumber number,
      String nationality, String birth, char sex, String expiry, LocalDate today, List<String> failures) {
    String issuing = unfill(state);
    String nat = unfill(nationality);
    return new TravelDocument(f, unfill(code), issuing, alpha2(issuing), names[0], names[1], number.value(), nat,
        alpha2(nat), birthDate(birth, today), sex(sex), expiryDate(expiry, today), number.optional(), failures);
  }

  private record DocumentNumber(String value, String optional) {}

  /**
   * The document number with its check digit verified. A TD1 or TD2 number longer than 9 characters
   * has {@code <} as its check digit and continues in the optional data, up to a check digit before the
   * first filler (Doc 9303 part 5, 4.2.4, note j).
   */
  private static DocumentNumber documentNumber(String first, char check, String optional, boolean extendable,
      List<String> failures) {
    String opt = optional;
    String number = first;
    if (extendable && check == '<' && opt.charAt(0) != '<') {
      int end = opt.indexOf('<');
      end = end < 0 ? opt.length() : end;
      number = first + opt.substring(0, end - 1);
      check = opt.charAt(end - 1);
      opt = opt.substring(end);
    }
    check(number, check, "document_number", failures);
    String value = unfill(number);
    String rest = unfill(opt);
    return new DocumentNumber(value, rest);
  }

  private static void check(String field, char digit, String name, List<String> failures) {
    if (digit < '0' || digit > '9' || digit - '0' != checkDigit(field)) {
      failures.add(name);
    }
  }

  /** The Doc 9303 check digit of {@code s} (upper-case letters, digits and {@code <} only). */
  static int checkDigit(String s) {
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int v = c == '<' ? 0 : c <= '9' ? c - '0' : c - 'A' + 10;
      sum += v * WEIGHTS[i % 3];
    }
    return sum % 10;
  }

  /** Primary identifier (surname) and secondary identifier (given names), fillers as spaces. */
  private static String[] names(String field) {
    String t = field.replaceAll("<+$", "");
    int sep = t.indexOf("<<");
    String surname = sep < 0 ? t : t.substring(0, sep);
    String given = sep < 0 ? "" : t.substring(sep + 2);
    return new String[] {words(surname), given.isEmpty() ? null : words(given)};
  }

  private static String words(String s) {
    return s.replace('<', ' ').replaceAll(" +", " ").strip();
  }

  private static String unfill(String s) {
    String t = s.replace('<', ' ').strip();
    return t.isEmpty() ? null : t;
  }

  /** The sex field is on line 2 in every format. */
  private static String sex(char c) {
    return switch (c) {
      case 'M', 'F', 'X' -> String.valueOf(c);
      case '<' -> "X";
      default -> throw new InterdictException.InvalidInput("MRZ line 2: sex '" + c + "' is not M, F, X or <");
    };
  }

  /** YYMMDD of a birth: the latest century that does not put it after {@code today}. */
  private static LocalDate birthDate(String yymmdd, LocalDate today) {
    if (!yymmdd.matches("\\d{6}")) {
      return null;
    }
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int year = today.getYear() / 100 * 100 + yy;
    if (year > today.getYear()) {
      year -= 100;
    }
    LocalDate d = date(year, yymmdd);
    if (d != null && d.isAfter(today)) {
      d = date(year - 100, yymmdd);
    }
    return d;
  }

  /** YYMMDD of an expiry: this century unless that is over 50 years ahead (documents run 10 years or so). */
  private static LocalDate expiryDate(String yymmdd, LocalDate today) {
    if (!yymmdd.matches("\\d{6}")) {
      return null;
    }
    int year = today.getYear() / 100 * 100 + Integer.parseInt(yymmdd.substring(0, 2));
    return date(year > today.getYear() + 50 ? year - 100 : year, yymmdd);
  }

  private static LocalDate date(int year, String yymmdd) {
    try {
      return LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      return null; // an impossible date on the document: unknown, as an unknown day or month would be
    }
  }

  /**
   * The ISO alpha-2 code (upper case) of a country as documents and manifests write it: an MRZ code
   * ({@code D}, {@code GBD}, alpha-3), an alpha-2 code or a name; null when it names no country.
   */
  public static String alpha2(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (MRZ_COUNTRIES.containsKey(c)) {
      return MRZ_COUNTRIES.get(c);
    }
    if (NO_COUNTRY.contains(c)) {
      return null;
    }
    String a2 = Countries.code(c);
    return a2 == null ? null : a2.toUpperCase(Locale.ROOT);
  }
}
