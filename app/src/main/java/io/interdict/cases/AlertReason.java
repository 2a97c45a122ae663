package io.interdict.cases;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an alert was raised: what changed since the pair was last screened. */
public enum AlertReason {
  NEW_LIST_ENTRY("new list entry"),
  CHANGED_LIST_ENTRY("changed list entry"),
  /** An entity the 50 % rule blocks now and did not before (its owner was listed, or its holdings changed). */
  NEWLY_BLOCKED_BY_OWNERSHIP("newly blocked by ownership"),
  NEW_CUSTOMER("new customer"),
  CHANGED_CUSTOMER("changed customer"),
  /** A closed customer imported again: screened in full, since list changes while it was closed were not. */
  REOPENED_CUSTOMER("reopened customer");

  private final String label;

  AlertReason(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public static AlertReason ofLabel(String label) {
    for (AlertReason r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown alert reason '" + label + "'");
  }
}
