package io.interdict.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader does with a bad record: in strict mode the first one rejects the whole file; in
 * lenient mode the record is skipped and the problem kept as a warning for the snapshot.
 */
public final class ReadProblems {
  private final boolean lenient;
  private final List<String> warnings = new ArrayList<>();

  public ReadProblems(boolean lenient) {
    this.lenient = lenient;
  }

  /** Throws {@code e} in strict mode; records it in lenient mode. */
  public void reject(ListFormatException e) {
    if (!lenient) {
      throw e;
    }
    warnings.add(e.getMessage());
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
