package io.interdict.monitoring;

import io.interdict.cases.AlertReason;
import io.interdict.model.ListedEntity;
import java.util.List;
import java.util.Optional;

/** The list versions monitoring reads: the list store in production, fixed lists in tests. */
public interface ListChangeSource {
  /** Sources with at least one stored version. */
  List<String> sources();

  /** The newest stored version of a source. */
  Optional<ListVersionRef> current(String source);

  /** The entities of one version. */
  List<ListedEntity> entities(ListVersionRef version);

  /** Why a customer matching an entry the source added is alerted. */
  default AlertReason addedReason(String source) {
    return AlertReason.NEW_LIST_ENTRY;
  }

  /** What changed from {@code from} (null: nothing screened yet, every entry is new) to {@code to}. */
  default ListDelta diff(ListVersionRef from, ListVersionRef to) {
    return ListDelta.between(from == null ? List.of() : entities(from), entities(to));
  }
}
