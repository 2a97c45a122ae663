package io.interdict.payments;

/** The payment message formats Interdict reads. Detected from content, never from the file name. */
public enum MessageFormat {
  PACS_008("pacs.008"),
  PACS_009("pacs.009"),
  PAIN_001("pain.001"),
  MT103("MT103"),
  MT202("MT202"),
  MT202COV("MT202COV"),
  CRYPTO("crypto"),
  UNKNOWN("unknown");

  private final String label;

  MessageFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
