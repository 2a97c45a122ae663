package io.interdict.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditTrailTamperTest {
  @TempDir Path tmp;

  private static AuditLog fiveRecords(Database db) {
    AuditLog audit = new AuditLog(db.jdbi());
    for (int i = 1; i <= 5; i++) {
      audit.append("alice", "alert.proposed", "alert:" + i, Map.of("decision", "false-positive", "n", i));
    }
    assertThat(audit.verify().intact()).isTrue();
    assertThat(audit.verify().records()).isEqualTo(5);
    return audit;
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void editedDetailsAreDetected(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = fiveRecords(db);
      db.jdbi().useHandle(h -> h.execute(
          "UPDATE audit_log SET details = '{\"decision\":\"true-match\",\"n\":3}' WHERE seq = 3"));
      AuditLog.Verification v = audit.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.problem()).isEqualTo("record 3 was altered (hash mismatch)");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aDeletedMiddleRecordIsDetected(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = fiveRecords(db);
      db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 2"));
      assertThat(audit.verify().problem()).isEqualTo("record 2 is missing (next present is 3)");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aDeletedTailRecordIsDetected(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = fiveRecords(db);
      db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 5"));
      AuditLog.Verification v = audit.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.problem()).contains("the chain ends at record 4 but the head says 5");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void retentionDefaultsToTenYearsAndItsChangeIsAudited(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      AuditSettings settings = new AuditSettings(db.jdbi(), audit);
      assertThat(settings.retentionYears()).isEqualTo(10);
      settings.setRetentionYears(12, "compliance-officer");
      assertThat(settings.retentionYears()).isEqualTo(12);
      AuditLog.AuditRecord r = audit.recent(1).get(0);
      assertThat(r.action()).isEqualTo("config.change");
      assertThat(r.actor()).isEqualTo("compliance-officer");
      assertThat(r.details()).isEqualTo("{\"new\":12,\"old\":10}");
      assertThatThrownBy(() -> settings.setRetentionYears(0, "x")).isInstanceOf(InterdictException.InvalidInput.class)
          .hasMessageContaining("0 years");
      assertThatThrownBy(() -> settings.setRetentionYears(5, "")).isInstanceOf(InterdictException.InvalidInput.class);
      assertThat(settings.retentionYears()).isEqualTo(12);
    }
  }
}
