package io.interdict.entry;

/**
 * What happens at the border, in increasing severity; the most severe outcome of any rule wins.
 * REFER (secondary inspection, manual review) is the fail-closed outcome: never CLEAR on doubt.
 */
public enum EntryOutcome {
  CLEAR,
  REFER,
  DENY;

  public EntryOutcome max(EntryOutcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
