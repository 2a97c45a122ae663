package io.interdict.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.blocking.HeldPayments.Held;
import io.interdict.blocking.HeldPayments.Status;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentDecision;
import io.interdict.payments.PaymentPolicy;
import io.interdict.payments.TestEntities;
import io.interdict.payments.TestMessages;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The queue of held payments: four eyes, and what a confirmed true match must become. */
class HeldPaymentsTest {
  /** Wednesday 19 November 2025. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-19T15:00:00Z"), ZoneOffset.UTC);
  static final BigDecimal RATE = new BigDecimal("0.04");
  static final String KIM = "us-ofac-sdn:43377";
  static final String NOVATEK = "us-ofac-cons:17389";

  static final PaymentDecider DECIDER = new PaymentDecider(new JaroWinklerScanScreener(TestEntities.all()),
      TestEntities.all(), TestMessages.holdingInexactNames());

  /** An MT103 from a slip of the sectoral NOVATEK to a slip of KIM Sang Man. */
  static PaymentDecision held(String ref) {
    PaymentDecision d = DECIDER.decide(mt(ref, "KIM SANG MANN"), ref + ".txt");
    assertThat(d.decision()).as(d.reasons().toString()).isEqualTo(Decision.HOLD);
    return d;
  }

  static byte[] mt(String ref, String beneficiary) {
    return TestMessages.mt103(ref, "NOVATEK GAS POWER TRADNG", beneficiary);
  }

  @TempDir Path tmp;

  record Store(Database db, AuditLog audit, BlockingLedger ledger, RejectsRegister rejects, HeldPayments holds) {}

  Store open(String kind) {
    Database db = TestDatabases.open(kind, tmp);
    AuditLog audit = new AuditLog(db.jdbi(), CLOCK);
    BlockingLedger ledger = new BlockingLedger(db.jdbi(), audit, CLOCK);
    RejectsRegister rejects = new RejectsRegister(db.jdbi(), audit, CLOCK);
    return new Store(db, audit, ledger, rejects, new HeldPayments(db.jdbi(), audit, ledger, rejects, CLOCK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aConfirmedBlockMovesTheFundsIntoTheLedgerWithTheReportDueFromThatDay(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      PaymentDecision d = held("HOLD-0001");
      assertThat(d.hits()).extracting(Hit::entityKey, Hit::outcome, Hit::ifConfirmed)
          .contains(org.assertj.core.groups.Tuple.tuple(KIM, Decision.HOLD, Decision.BLOCK),
              org.assertj.core.groups.Tuple.tuple(NOVATEK, Decision.HOLD, Decision.REJECT));
      Held h = s.holds().hold(d, "screening");
      assertThat(h.status()).isEqualTo(Status.OPEN);
      assertThat(h.amount()).isEqualByComparingTo("9500");
      assertThat(s.holds().hold(d, "screening").id()).as("the same message is queued once").isEqualTo(h.id());
      HeldPayments twoHoursLater = new HeldPayments(db.jdbi(), s.audit(), s.ledger(), s.rejects(),
          Clock.offset(CLOCK, Duration.ofHours(2)));
      assertThat(twoHoursLater.oldestWaitingSeconds()).isEqualTo(7200);
      assertThat(s.holds().count(Status.OPEN)).isEqualTo(1);

      Held proposed = s.holds().decide(h.id(), Decision.BLOCK, KIM, "alice", "same person, DOB on file", RATE);
      assertThat(proposed.status()).isEqualTo(Status.PROPOSED_BLOCK);
      assertThat(s.ledger().list()).as("nothing moves on one pair of eyes").isEmpty();
      assertThatThrownBy(() -> s.holds().decide(h.id(), Decision.BLOCK, KIM, "ALICE ", null, RATE))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("four-eyes");

      Held closed = s.holds().decide(h.id(), Decision.BLOCK, KIM, "bob", null, RATE);
      assertThat(closed.status()).isEqualTo(Status.BLOCKED);
      assertThat(closed.outcome()).startsWith("blocked:");
      BlockedItem item = s.ledger().list().get(0);
      assertThat(closed.outcome()).isEqualTo("blocked:" + item.id());
      assertThat(item.entityKey()).isEqualTo(KIM);
      assertThat(item.messageId()).isEqualTo("HOLD-0001");
      assertThat(item.amount()).isEqualByComparingTo("9500");
      assertThat(item.currency()).isEqualTo("USD");
      assertThat(item.field()).isEqualTo("59");
      assertThat(item.reportDue()).isEqualTo(LocalDate.of(2025, 12, 4));
      assertThat(s.holds().get(h.id()).events()).extracting(HeldPayments.Event::action, HeldPayments.Event::actor)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("held", "screening"),
              org.assertj.core.groups.Tuple.tuple("proposed", "alice"), org.assertj.core.groups.Tuple.tuple("confirmed", "bob"));
      assertThatThrownBy(() -> s.holds().decide(h.id(), Decision.RELEASE, null, "carol", null, RATE))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("already blocked");
      assertThat(s.audit().recent(20)).extracting(r -> r.action())
          .contains("payment.held", "payment.hold.proposed", "payment.hold.closed", "blocking.blocked");
      assertThat(s.audit().verify().intact()).isTrue();
      assertThat(twoHoursLater.oldestWaitingSeconds()).as("nothing waits").isZero();
      assertThat(s.holds().count(Status.BLOCKED)).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aDifferentSecondDecisionReopensTheHoldWithBothFindings(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      Held h = s.holds().hold(held("HOLD-0002"), "screening");
      s.holds().decide(h.id(), Decision.RELEASE, null, "alice", "different person", RATE);
      Held back = s.holds().decide(h.id(), Decision.BLOCK, KIM, "bob", "passport matches", RATE);
      assertThat(back.status()).isEqualTo(Status.OPEN);
      assertThat(back.proposedBy()).isNull();
      assertThat(s.holds().get(h.id()).events().get(2).note())
          .isEqualTo("bob decided block on " + KIM + " where alice proposed release: passport matches");
      assertThat(s.ledger().list()).isEmpty();

      s.holds().decide(h.id(), Decision.REJECT, NOVATEK, "bob", null, RATE);
      Held rejected = s.holds().decide(h.id(), Decision.REJECT, null, "carol", null, RATE);
      assertThat(rejected.proposedEntity()).as("confirming without naming the entity confirms the proposal's")
          .isEqualTo(NOVATEK);
      assertThat(rejected.status()).isEqualTo(Status.REJECTED);
      RejectsRegister.Rejected r = s.rejects().list().get(0);
      assertThat(rejected.outcome()).isEqualTo("rejected:" + r.id());
      assertThat(r.entityKey()).isEqualTo(NOVATEK);
      assertThat(r.reason()).startsWith("REJECT: hold " + h.id() + " reject on " + NOVATEK + ", proposed by bob and "
          + "confirmed by carol");
      assertThat(s.holds().list(null, true, 100)).isEmpty();
      assertThat(s.holds().list(Status.REJECTED, false, 100)).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void whatATrueMatchBecomesIsTheLawsNotTheAnalystsChoice(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      long id = s.holds().hold(held("HOLD-0003"), "screening").id();
      List<Object[]> refused = List.of(
          new Object[] {Decision.BLOCK, NOVATEK, "listed without blocking effect (UKRAINE-EO13662): a true match on it is rejected"},
          new Object[] {Decision.REJECT, KIM, "is blocked, not rejected (31 CFR 501.603)"},
          new Object[] {Decision.BLOCK, null, "a block names the listed entity whose property it is (one of " + NOVATEK + ", " + KIM
              + ")"},
          new Object[] {Decision.BLOCK, "us-ofac-sdn:1", "is not among the hits of hold " + id},
          new Object[] {Decision.RELEASE, KIM, "a release confirms no hit"},
          new Object[] {Decision.HOLD, null, "release, block or reject, not hold"});
      for (Object[] r : refused) {
        assertThatThrownBy(() -> s.holds().decide(id, (Decision) r[0], (String) r[1], "alice", null, RATE))
            .as("%s on %s", r[0], r[1]).isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining((String) r[2]);
      }
      assertThat(s.holds().get(id).hold().status()).as("nothing refused is recorded").isEqualTo(Status.OPEN);
      assertThat(s.holds().get(id).events()).hasSize(1);
      assertThatThrownBy(() -> s.holds().decide(999, Decision.RELEASE, null, "alice", null, RATE))
          .isInstanceOf(InterdictException.NotFound.class);
      assertThatThrownBy(() -> s.holds().decide(id, Decision.RELEASE, null, " ", null, RATE))
          .isInstanceOf(InterdictException.InvalidInput.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void anUnreadableMessageIsHeldAndCanBeReleasedOrRejectedButNotBlocked(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      PaymentDecision d = DECIDER.decide("{1:F01DEUT".getBytes(StandardCharsets.UTF_8), "broken.txt");
      assertThat(d.decision()).isEqualTo(Decision.HOLD);
      long id = s.holds().hold(d, "screening").id();
      assertThatThrownBy(() -> s.holds().decide(id, Decision.BLOCK, null, "alice", null, RATE))
          .hasMessageContaining("no listed entity was hit");
      s.holds().decide(id, Decision.REJECT, null, "alice", "garbled: returned to the sender's bank", RATE);
      assertThat(s.holds().decide(id, Decision.REJECT, null, "bob", null, RATE).status()).isEqualTo(Status.REJECTED);
      RejectsRegister.Rejected r = s.rejects().list().get(0);
      assertThat(r.messageId()).isEqualTo("unread:broken.txt");
      assertThat(r.entityKey()).isNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void aReleasedHoldClearsItsNameHitsForAYearUntilRevoked(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      PaymentDecision first = held("HOLD-0005");
      long id = s.holds().hold(first, "screening").id();
      s.holds().decide(id, Decision.RELEASE, null, "alice", "a trading company in Frankfurt; a Singapore resident", RATE);
      Held released = s.holds().decide(id, Decision.RELEASE, null, "bob", null, RATE);
      assertThat(released.outcome()).isEqualTo("released; 2 name hit(s) cleared");
      PaymentClearances clearances = new PaymentClearances(db.jdbi(), s.audit(), CLOCK);
      assertThat(clearances.list(true)).extracting(PaymentClearances.Stored::nameValue, PaymentClearances.Stored::entityKey)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KIM SANG MANN", KIM),
              org.assertj.core.groups.Tuple.tuple("NOVATEK GAS POWER TRADNG", NOVATEK));
      assertThat(clearances.list(true).get(0).expiresOn()).isEqualTo(LocalDate.of(2026, 11, 19));

      PaymentDecision again = DECIDER.withClearances(clearances.snapshot()).decide(mt("HOLD-0006", "Kim  Sang Mann"), "again");
      assertThat(again.decision()).as(again.reasons().toString()).isEqualTo(Decision.RELEASE);
      assertThat(again.reasons()).anySatisfy(r -> assertThat(r).contains("released as a false positive by alice and bob (hold "
          + id + ","));
      assertThat(DECIDER.withClearances(clearances.snapshot()).decide(mt("HOLD-0007", "KIM SANG MAAN"), "other").decision())
          .as("another spelling is another hit").isEqualTo(Decision.HOLD);
      PaymentDecider strict = new PaymentDecider(new JaroWinklerScanScreener(TestEntities.all()), TestEntities.all(),
          PaymentPolicy.DEFAULT).withClearances(clearances.snapshot());
      assertThat(strict.decide(mt("HOLD-0008", "KIM SANG MANN"), "strict").decision())
          .as("a clearance releases holds only, never a hit at the block threshold").isEqualTo(Decision.BLOCK);

      PaymentClearances yearAndADayLater = new PaymentClearances(db.jdbi(), s.audit(),
          Clock.offset(CLOCK, Duration.ofDays(366)));
      assertThat(yearAndADayLater.list(true)).isEmpty();
      assertThat(DECIDER.withClearances(yearAndADayLater.snapshot()).decide(mt("HOLD-0009", "KIM SANG MANN"), "late")
          .decision()).isEqualTo(Decision.HOLD);

      long kimClearance = clearances.list(true).stream().filter(c -> c.entityKey().equals(KIM)).findFirst().orElseThrow().id();
      String before = clearances.version();
      assertThat(clearances.revoke(kimClearance, "carol", "customer changed hands").revokedBy()).isEqualTo("carol");
      assertThat(clearances.version()).isNotEqualTo(before);
      assertThatThrownBy(() -> clearances.revoke(kimClearance, "carol", null)).isInstanceOf(InterdictException.Conflict.class);
      assertThat(DECIDER.withClearances(clearances.snapshot()).decide(mt("HOLD-0010", "KIM SANG MANN"), "revoked").decision())
          .isEqualTo(Decision.HOLD);
      assertThat(s.audit().recent(30)).extracting(r -> r.action())
          .contains("payment.clearance.added", "payment.clearance.revoked");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void screeningsOfOneMessageRacingQueueOneHoldAndAClosedOneDoesNotCount(String kind) throws Exception {
    Store s = open(kind);
    try (Database db = s.db()) {
      PaymentDecision d = held("HOLD-RACE");
      int n = 8;
      ExecutorService pool = Executors.newFixedThreadPool(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Long>> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(pool.submit(() -> {
          go.await();
          return s.holds().hold(d, "screening").id();
        }));
      }
      go.countDown();
      Set<Long> distinct = new HashSet<>();
      for (Future<Long> f : ids) {
        distinct.add(f.get(30, TimeUnit.SECONDS));
      }
      pool.shutdown();
      assertThat(distinct).as("every racer got the one hold").hasSize(1);
      assertThat(s.holds().list(null, false, 100)).hasSize(1);

      long id = distinct.iterator().next();
      s.holds().decide(id, Decision.RELEASE, null, "alice", null, RATE);
      s.holds().decide(id, Decision.RELEASE, null, "bob", null, RATE);
      assertThat(s.holds().hold(d, "screening").id()).as("screened again after its release: held again").isNotEqualTo(id);
      assertThat(s.holds().list(null, false, 100)).hasSize(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void theQueueIsPagedOldestFirstAndTheHistoryReadFromTheLatest(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      List<Long> ids = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        ids.add(s.holds().hold(held("PAGE-" + i), "screening").id());
      }
      s.holds().decide(ids.get(1), Decision.RELEASE, null, "alice", "other person", RATE);
      s.holds().decide(ids.get(1), Decision.RELEASE, null, "bob", null, RATE);
      assertThat(s.holds().list(null, true, ids.get(0), false, 2)).extracting(Held::id)
          .as("waiting, after the first: the released one is not waiting").containsExactly(ids.get(2), ids.get(3));
      assertThat(s.holds().list(null, false, null, true, 2)).extracting(Held::id).containsExactly(ids.get(4), ids.get(3));
      assertThat(s.holds().list(Status.RELEASED, false, null, false, 10)).extracting(Held::id).containsExactly(ids.get(1));
      assertThat(s.holds().list(null, false, ids.get(3), false, 10)).extracting(Held::id).containsExactly(ids.get(4));
    }
  }
}
