package io.interdict.lists.diff;

/** Counts of a list diff: what an import or an update changed. */
public record DiffSummary(int added, int removed, int changed, int unchanged) {
  public static final DiffSummary NONE = new DiffSummary(0, 0, 0, 0);

  public boolean isEmpty() {
    return added == 0 && removed == 0 && changed == 0;
  }

  /** {@code +5 −0 ~2}: added, removed, changed. */
  @Override
  public String toString() {
    return "+" + added + " \u2212" + removed + " ~" + changed;
  }
}
