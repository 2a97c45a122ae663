package io.interdict.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader does with a bad record or value. In strict mode the first problem rejects the whole
 * file. In lenient mode a record without an id or a name is skipped, and a value Interdict cannot read
 * (an impossible date) is dropped while its record is kept: a sanctioned party missing one date still
 * screens, a skipped one does not. Either way the problem becomes a warning of the snapshot.
 */
public final class ReadProblems {
  private final boolean lenient;
  private final List<String> warnings = new ArrayList<>();

  public ReadProblems(boolean lenient) {
    this.lenient = lenient;
  }

  /** Throws {@code e} in strict mode; otherwise notes that the record is skipped. */
  public void skipRecord(ListFormatException e) {
    if (!lenient) {
      throw e;
    }
    warnings.add(e.getMessage() + " (record skipped)");
  }

  /** Throws {@code e} in strict mode; otherwise notes that the value is dropped, the record kept. */
  public void dropValue(ListFormatException e) {
    if (!lenient) {
      throw e;
    }
    warnings.add(e.getMessage() + " (value dropped)");
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
