package io.interdict.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog.AuditRecord;
import io.interdict.audit.AuditLog.Filter;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Audit records by subject, action (or action family) and actor, paged back, against a scan of them all. */
class AuditFilterTest {
  // '_' in an action family must not act as a LIKE wildcard: list_store. does not take listxstore.
  private static final String[] ACTIONS = {
      "alert.raised", "alert.closed", "alerts.exported", "list_store.imported", "listxstore.imported", "user.add",
      "payment.hold.closed", "payment.held"};
  private static final String[] SUBJECTS = {"alert:1", "alert:12", "hold:3", "list:us-ofac-sdn", "monitoring"};
  private static final String[] ACTORS = {"alice", "bob", "monitor"};

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void everyFilterReturnsWhatAScanOfTheWholeTrailSelectsNewestFirst(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      Random rnd = new Random(20261130);
      List<AuditRecord> all = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        all.add(audit.append(ACTORS[rnd.nextInt(ACTORS.length)], ACTIONS[rnd.nextInt(ACTIONS.length)],
            SUBJECTS[rnd.nextInt(SUBJECTS.length)], Map.of("i", i)));
      }
      List<String> actions = new ArrayList<>(List.of(ACTIONS));
      actions.addAll(List.of("alert.", "list_store.", "payment.hold.", "payment.", "nothing."));
      int checked = 0;
      for (int round = 0; round < 60; round++) {
        String subject = rnd.nextInt(3) == 0 ? SUBJECTS[rnd.nextInt(SUBJECTS.length)] : null;
        String action = rnd.nextInt(2) == 0 ? actions.get(rnd.nextInt(actions.size())) : null;
        String actor = rnd.nextInt(3) == 0 ? ACTORS[rnd.nextInt(ACTORS.length)] : null;
        Long before = rnd.nextInt(2) == 0 ? (long) (1 + rnd.nextInt(all.size() + 1)) : null;
        int limit = 1 + rnd.nextInt(30);
        Filter f = new Filter(subject, action, actor, before, limit);
        assertThat(audit.find(f)).extracting(AuditRecord::seq).as("%s", f).isEqualTo(scan(all, f));
        checked++;
      }
      assertThat(checked).isEqualTo(60);
    }
  }

  /** The oracle: every record tested one by one. */
  private static List<Long> scan(List<AuditRecord> all, Filter f) {
    List<Long> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && out.size() < f.limit(); i--) {
      AuditRecord r = all.get(i);
      boolean action = f.action() == null
          || (f.action().endsWith(".") ? r.action().startsWith(f.action()) : r.action().equals(f.action()));
      if ((f.subject() == null || r.subject().equals(f.subject())) && action
          && (f.actor() == null || r.actor().equals(f.actor())) && (f.beforeSeq() == null || r.seq() < f.beforeSeq())) {
        out.add(r.seq());
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void anActionFamilyTakesItsOwnActionsOnlyAndBlankPartsAreIgnored(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      audit.append("alice", "list_store.imported", "list:x", Map.of());
      audit.append("alice", "listxstore.imported", "list:x", Map.of());
      audit.append("alice", "alerts.exported", "alert:1", Map.of());
      audit.append("alice", "alert.raised", "alert:1", Map.of());
      assertThat(audit.find(new Filter(" ", "alert.", "", null, 10))).extracting(AuditRecord::action)
          .containsExactly("alert.raised");
      assertThat(audit.find(new Filter(null, "list_store.", null, null, 10))).extracting(AuditRecord::action)
          .as("_ is a letter here, not a wildcard").containsExactly("list_store.imported");
    }
  }

  @Test
  void aBadLimitOrRecordNumberIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new Filter(null, null, null, null, 0))
        .isInstanceOf(InterdictException.InvalidInput.class).hasMessage("limit 0 is outside 1..100000");
    assertThatThrownBy(() -> new Filter(null, null, null, 0L, 10))
        .isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining("before 0");
  }
}
