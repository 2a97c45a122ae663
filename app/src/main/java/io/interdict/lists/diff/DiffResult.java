package io.interdict.lists.diff;

import java.util.List;

/**
 * What differs between two versions of a list: entities added, removed, and changed with the fields
 * that changed. Each list is sorted by source, then publisher id (numeric ids numerically).
 */
public record DiffResult(List<Entry> added, List<Entry> removed, List<Entry> changed, int unchanged) {
  public DiffResult {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  public DiffSummary summary() {
    return new DiffSummary(added.size(), removed.size(), changed.size(), unchanged);
  }

  /**
   * One entity in the diff.
   *
   * @param entityId the publisher's id (OFAC ent_num, UN reference number)
   * @param name primary name (the new one for changed entities)
   * @param fields changed fields in {@link ListDiff#FIELDS} order; empty for added and removed
   */
  public record Entry(String source, String entityId, String name, List<String> fields) {
    public Entry {
      fields = List.copyOf(fields);
    }
  }
}
