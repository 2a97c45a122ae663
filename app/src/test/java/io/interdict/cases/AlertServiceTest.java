package io.interdict.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.model.EntityType;
import io.interdict.monitoring.Customer;
import io.interdict.monitoring.CustomerStore;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlertServiceTest {
  @TempDir Path tmp;

  private static long raise(Database db, AlertService alerts, String customerId, String entityKey) {
    CustomerStore store = new CustomerStore(db.jdbi(), new AuditLog(db.jdbi()));
    store.upsert(List.of(new Customer(customerId, "Kim Sang-man", EntityType.PERSON, null, null, null)), "ops", "test");
    CustomerStore.CustomerVersion v = store.current(customerId).orElseThrow();
    AlertCandidate c = new AlertCandidate(customerId, v.versionId(), v.contentHash(), entityKey, "KIM, Sang Man",
        "e".repeat(64), "us-ofac-sdn", 7, "2023-05-23", 0.97, "KIM Sang-man", "{\"summary\":\"kim=kim\"}",
        AlertReason.NEW_LIST_ENTRY);
    return db.jdbi().inTransaction(h -> alerts.raise(h, c, "monitor")).alert().id();
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aSecondDifferentUserConfirmsTheProposedDecision(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AuditLog audit = new AuditLog(db.jdbi());
      AlertService alerts = new AlertService(db.jdbi(), audit);
      long id = raise(db, alerts, "c1", "us-ofac-sdn:43336");
      assertThat(alerts.get(id).alert().status()).isEqualTo(AlertStatus.OPEN);

      assertThat(alerts.review(id, "alice").status()).isEqualTo(AlertStatus.UNDER_REVIEW);
      Alert proposed = alerts.decide(id, Decision.TRUE_MATCH, "alice", "same DOB and nationality");
      assertThat(proposed.status()).isEqualTo(AlertStatus.PROPOSED_TRUE_MATCH);
      assertThat(proposed.proposedBy()).isEqualTo("alice");

      Alert closed = alerts.decide(id, Decision.TRUE_MATCH, "bob", null);
      assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED_TRUE_MATCH);
      assertThat(closed.closedBy()).isEqualTo("bob");
      assertThat(alerts.get(id).events()).extracting(AlertEvent::action, AlertEvent::actor)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("raised", "monitor"),
              org.assertj.core.groups.Tuple.tuple("review", "alice"),
              org.assertj.core.groups.Tuple.tuple("proposed", "alice"),
              org.assertj.core.groups.Tuple.tuple("confirmed", "bob"));
      assertThat(audit.recent(3)).extracting(r -> r.action() + " by " + r.actor())
          .containsExactly("alert.closed by bob", "alert.proposed by alice", "alert.review by alice");
      assertThat(audit.verify().intact()).isTrue();

      assertThatThrownBy(() -> alerts.decide(id, Decision.FALSE_POSITIVE, "carol", null))
          .isInstanceOf(InterdictException.Conflict.class)
          .hasMessageContaining("already closed true match");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void theProposerCannotConfirmTheirOwnDecision(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AlertService alerts = new AlertService(db.jdbi(), new AuditLog(db.jdbi()));
      long id = raise(db, alerts, "c1", "us-ofac-sdn:43336");
      alerts.decide(id, Decision.FALSE_POSITIVE, "alice", null);
      for (String sameUser : List.of("alice", "ALICE", " alice ")) {
        assertThatThrownBy(() -> alerts.decide(id, Decision.FALSE_POSITIVE, sameUser, null))
            .isInstanceOf(InterdictException.Conflict.class)
            .hasMessageContaining("four-eyes")
            .hasMessageContaining("alice");
      }
      assertThat(alerts.get(id).alert().status()).isEqualTo(AlertStatus.PROPOSED_FALSE_POSITIVE);
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void disagreementSendsTheAlertBackToReviewWithBothFindingsRecorded(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AlertService alerts = new AlertService(db.jdbi(), new AuditLog(db.jdbi()));
      long id = raise(db, alerts, "c1", "us-ofac-sdn:43336");
      alerts.decide(id, Decision.FALSE_POSITIVE, "alice", "other person");
      Alert back = alerts.decide(id, Decision.TRUE_MATCH, "bob", "passport matches");
      assertThat(back.status()).isEqualTo(AlertStatus.UNDER_REVIEW);
      assertThat(back.proposedBy()).isNull();
      List<AlertEvent> events = alerts.get(id).events();
      assertThat(events).extracting(AlertEvent::action).containsExactly("raised", "review", "proposed", "disputed");
      assertThat(events.get(2).decision()).isEqualTo(Decision.FALSE_POSITIVE);
      assertThat(events.get(3).decision()).isEqualTo(Decision.TRUE_MATCH);
      assertThat(events.get(3).note()).isEqualTo("bob decided true-match where alice proposed false-positive: passport matches");

      // Review goes on: bob's finding is now a proposal that alice may confirm.
      alerts.decide(id, Decision.TRUE_MATCH, "bob", null);
      assertThat(alerts.decide(id, Decision.TRUE_MATCH, "alice", null).status()).isEqualTo(AlertStatus.CLOSED_TRUE_MATCH);
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void badRequestsAreRefusedWithoutChangingTheAlert(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AlertService alerts = new AlertService(db.jdbi(), new AuditLog(db.jdbi()));
      long id = raise(db, alerts, "c1", "us-ofac-sdn:43336");
      assertThatThrownBy(() -> alerts.decide(id + 100, Decision.TRUE_MATCH, "alice", null))
          .isInstanceOf(InterdictException.NotFound.class).hasMessageContaining("no alert with id " + (id + 100));
      assertThatThrownBy(() -> alerts.decide(id, Decision.TRUE_MATCH, " ", null))
          .isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining("a user is required");
      assertThatThrownBy(() -> alerts.list(null, 0)).isInstanceOf(InterdictException.InvalidInput.class);
      alerts.review(id, "alice");
      assertThatThrownBy(() -> alerts.review(id, "bob"))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("under review");
      assertThat(alerts.get(id).alert().status()).isEqualTo(AlertStatus.UNDER_REVIEW);
      assertThat(alerts.list(AlertStatus.UNDER_REVIEW, 10)).extracting(Alert::id).containsExactly(id);
      assertThat(alerts.list(AlertStatus.OPEN, 10)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void anOpenAlertCoversRepeatedHitsOnTheSamePair(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      AlertService alerts = new AlertService(db.jdbi(), new AuditLog(db.jdbi()));
      long first = raise(db, alerts, "c1", "us-ofac-sdn:43336");
      long again = raise(db, alerts, "c1", "us-ofac-sdn:43336");
      assertThat(again).isEqualTo(first);
      assertThat(alerts.list(null, 100)).hasSize(1);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "open, OPEN", "under-review, UNDER_REVIEW", "Closed_False_Positive, CLOSED_FALSE_POSITIVE",
      "proposed-true-match, PROPOSED_TRUE_MATCH"})
  void statusesParseFromCliSpelling(String text, AlertStatus expected) {
    assertThat(AlertStatus.parse(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void unknownDecisionOrStatusIsInvalidInput() {
    assertThatThrownBy(() -> Decision.parse("maybe")).isInstanceOf(InterdictException.InvalidInput.class)
        .hasMessageContaining("'maybe'");
    assertThatThrownBy(() -> AlertStatus.parse("pending")).isInstanceOf(InterdictException.InvalidInput.class)
        .hasMessageContaining("'pending'");
    assertThat(Decision.parse("false-positive")).isEqualTo(Decision.FALSE_POSITIVE);
    assertThat(Decision.parse("TRUE_MATCH")).isEqualTo(Decision.TRUE_MATCH);
  }
}
