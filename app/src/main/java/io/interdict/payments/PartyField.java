package io.interdict.payments;

import java.util.List;

/**
 * One party or agent found in a message. {@code name} is the name alone: address lines that some
 * formats write under the name (MT 50K/59, ISO AdrLine) are kept apart in {@code addressLines} so that
 * the name screened is never a name glued to a street.
 *
 * @param fieldPath where it was found: {@code "Cdtr"}, {@code "UndrlygCstmrCdtTrf/Dbtr"}, {@code "59"}
 * @param country ISO 3166 alpha-2 as written in the message (Ctry, CtryOfRes, 50F/59F line 3), else null
 * @param account IBAN or other account identifier, else null
 */
public record PartyField(
    String fieldPath,
    PartyRole role,
    String name,
    String bic,
    String country,
    List<String> addressLines,
    String account) {
  public PartyField {
    addressLines = List.copyOf(addressLines);
    name = blankToNull(name);
    bic = blankToNull(bic);
    country = blankToNull(country);
    account = blankToNull(account);
  }

  /** Path of the name element, for hits: {@code Cdtr/Nm} for ISO, the tag itself for MT. */
  public String namePath() {
    return isMtTag() ? fieldPath : fieldPath + (role.isAgent() ? "/FinInstnId/Nm" : "/Nm");
  }

  /** Path of the BIC element, for hits. */
  public String bicPath() {
    return isMtTag() ? fieldPath : fieldPath + (role.isAgent() ? "/FinInstnId/BICFI" : "/Id/OrgId/AnyBIC");
  }

  private boolean isMtTag() {
    return MT_TAG.matcher(fieldPath).matches();
  }

  public boolean isEmpty() {
    return name == null && bic == null && account == null;
  }

  private static final java.util.regex.Pattern MT_TAG = java.util.regex.Pattern.compile("(B/)?\\d{2}[A-Z]?|SENDER|RECEIVER");

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
