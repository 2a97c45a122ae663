package io.interdict.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.match.baseline.JaroWinklerScanScreener;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import io.interdict.payments.ParsedPayment;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentDecision;
import io.interdict.payments.PaymentPolicy;
import io.interdict.payments.TestEntities;
import io.interdict.payments.TestMessages;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BlockingLedgerTest {
  static final PaymentDecider DECIDER = new PaymentDecider(new JaroWinklerScanScreener(TestEntities.all()),
      TestEntities.all(), PaymentPolicy.DEFAULT);
  /** Wednesday 19 November 2025, a week before Thanksgiving. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-19T15:00:00Z"), ZoneOffset.UTC);
  static final BigDecimal RATE = new BigDecimal("0.04");
  static final String KIM = "us-ofac-sdn:43377";

  @TempDir Path tmp;

  static PaymentDecision decide(String file) {
    PaymentDecision d = DECIDER.decide(TestMessages.bytes(file), file);
    return d;
  }

  record Store(Database db, AuditLog audit, BlockingLedger ledger, LicenceRegistry licences, RejectsRegister rejects) {}

  Store open(String kind) {
    Database db = TestDatabases.open(kind, tmp);
    AuditLog audit = new AuditLog(db.jdbi(), CLOCK);
    return new Store(db, audit, new BlockingLedger(db.jdbi(), audit, CLOCK), new LicenceRegistry(db.jdbi(), audit, CLOCK),
        new RejectsRegister(db.jdbi(), audit, CLOCK));
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void blockRecordsOwnerProgramAmountAccountAndDueDate(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      BlockedItem item = s.ledger().block(decide("pacs008-kim-sang-man.xml"), "alice", RATE);
      assertThat(item.messageId()).isEqualTo("P8-20250602-0001");
      assertThat(item.entityKey()).isEqualTo(KIM);
      assertThat(item.program()).isEqualTo("DPRK4");
      assertThat(item.field()).isEqualTo("Cdtr/Nm");
      assertThat(item.amount()).isEqualByComparingTo("25000.00");
      assertThat(item.currency()).isEqualTo("USD");
      assertThat(item.blockedOn()).isEqualTo(LocalDate.of(2025, 11, 19));
      assertThat(item.reportDue()).isEqualTo(LocalDate.of(2025, 12, 4)); // across Thanksgiving
      assertThat(item.blockedAccount()).isEqualTo("BLOCKED/us-ofac-sdn:43377/USD");
      assertThat(item.status()).isEqualTo(BlockedItem.Status.BLOCKED);
      // 25,000 at 4 % for 30 days = 82.19
      assertThat(item.interest(LocalDate.of(2025, 12, 19))).isEqualByComparingTo("82.19");
      assertThat(s.ledger().block(decide("pacs008-kim-sang-man.xml"), "alice", RATE).id()).isEqualTo(item.id());
      assertThat(s.ledger().list()).hasSize(1);
      assertThat(s.audit().recent(10)).extracting(AuditLog.AuditRecord::action).containsExactly("blocking.blocked");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void releaseUnderLicenceNeedsASecondUser(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      BlockedItem item = s.ledger().block(decide("pacs008-kim-sang-man.xml"), "alice", RATE);
      s.licences().add(new Licence("DPRK-2025-0042", Licence.Type.SPECIFIC, "OFAC", "DPRK4", KIM,
          new BigDecimal("30000"), LocalDate.of(2026, 6, 30), "return of funds to remitter"), "alice");
      s.ledger().proposeRelease(item.id(), "DPRK-2025-0042", "alice");
      assertThatThrownBy(() -> s.ledger().approve(item.id(), "Alice ", Set.of(KIM)::contains))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("four eyes");
      assertThatThrownBy(() -> s.ledger().proposeRelease(item.id(), "DPRK-2025-0042", "carol"))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("pending");
      BlockedItem released = s.ledger().approve(item.id(), "bob", Set.of(KIM)::contains);
      assertThat(released.status()).isEqualTo(BlockedItem.Status.RELEASED);
      assertThat(released.releasedOn()).isEqualTo(LocalDate.of(2025, 11, 19));
      assertThat(s.ledger().requests(item.id())).singleElement().satisfies(r -> {
        assertThat(r.status()).isEqualTo("APPROVED");
        assertThat(r.proposedBy()).isEqualTo("alice");
        assertThat(r.decidedBy()).isEqualTo("bob");
      });
      assertThatThrownBy(() -> s.ledger().proposeRelease(item.id(), "DPRK-2025-0042", "carol"))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("RELEASED");
      assertThat(s.audit().recent(10)).extracting(AuditLog.AuditRecord::action)
          .containsExactly("blocking.released", "blocking.release_proposed", "licence.added", "blocking.blocked");
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "expired,      DPRK4, us-ofac-sdn:43377, 30000, 2025-11-18, expired on 2025-11-18",
      "program,      IRAN,  ,                  ,      ,           covers program IRAN",
      "entity,       DPRK4, us-ofac-sdn:1,     ,      ,           covers entity us-ofac-sdn:1",
      "cap,          DPRK4, ,                  10000, ,           caps releases at 10000",
  })
  void licenceThatDoesNotCoverTheItemIsRefused(String name, String program, String entity, BigDecimal cap,
      LocalDate expires, String message) {
    Store s = open("h2");
    try (Database db = s.db()) {
      BlockedItem item = s.ledger().block(decide("pacs008-kim-sang-man.xml"), "alice", RATE);
      s.licences().add(new Licence("L-" + name, Licence.Type.GENERAL, "OFAC", program, entity, cap, expires, null), "alice");
      assertThatThrownBy(() -> s.ledger().proposeRelease(item.id(), "L-" + name, "alice"))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("refused").hasMessageContaining(message);
      assertThat(s.ledger().get(item.id()).status()).isEqualTo(BlockedItem.Status.BLOCKED);
    }
  }

  @Test
  void unknownLicenceIsNotFound() {
    Store s = open("h2");
    try (Database db = s.db()) {
      BlockedItem item = s.ledger().block(decide("pacs008-kim-sang-man.xml"), "alice", RATE);
      assertThatThrownBy(() -> s.ledger().proposeRelease(item.id(), "NOPE", "alice"))
          .isInstanceOf(InterdictException.NotFound.class).hasMessageContaining("NOPE");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void unblockingIsRefusedWhileListedAndApprovedByAnotherUserAfterDelisting(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      BlockedItem item = s.ledger().block(decide("mt103-chinyong.txt"), "alice", RATE);
      assertThat(item.entityKey()).isEqualTo("us-ofac-sdn:43379");
      assertThatThrownBy(() -> s.ledger().proposeUnblock(item.id(), "alice", Set.of("us-ofac-sdn:43379", KIM)::contains))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("still listed");
      s.ledger().proposeUnblock(item.id(), "alice", Set.of(KIM)::contains);
      BlockedItem unblocked = s.ledger().approve(item.id(), "bob", Set.of(KIM)::contains);
      assertThat(unblocked.status()).isEqualTo(BlockedItem.Status.UNBLOCKED);
    }
  }

  @Test
  void propertyBlockedByOwnershipIsNeverUnblockedAsDelisted() {
    Store s = open("h2");
    try (Database db = s.db()) {
      Hit owned = new Hit("59", "NORTH STAR SHIPPING CO", "C3", "interdict-ownership:C3", "North Star Shipping Co", 1.0,
          "DPRK4", Hit.Kind.NAME, Decision.BLOCK, Decision.BLOCK);
      PaymentDecision d = new PaymentDecision("OWN-1", "own.txt", "MT103", Decision.BLOCK, List.of(owned), List.of("BLOCK"),
          new ParsedPayment("OWN-1", null, List.of(), new BigDecimal("1000"), "USD", List.of(), null));
      BlockedItem item = s.ledger().block(d, "alice", RATE);
      assertThatThrownBy(() -> s.ledger().proposeUnblock(item.id(), "alice", key -> false))
          .as("no list names it, which is not a delisting").isInstanceOf(InterdictException.Conflict.class)
          .hasMessageContaining("blocked by ownership (50 % rule), not listed; its funds move only under a licence");
    }
  }

  @Test
  void approvalRechecksTheListing() {
    Store s = open("h2");
    try (Database db = s.db()) {
      BlockedItem item = s.ledger().block(decide("mt103-chinyong.txt"), "alice", RATE);
      s.ledger().proposeUnblock(item.id(), "alice", Set.of()::contains);
      assertThatThrownBy(() -> s.ledger().approve(item.id(), "bob", Set.of("us-ofac-sdn:43379")::contains))
          .isInstanceOf(InterdictException.Conflict.class).hasMessageContaining("still listed");
    }
  }

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void rejectsAreRegisteredWithTheirDueDate(String kind) {
    Store s = open(kind);
    try (Database db = s.db()) {
      PaymentDecision d = decide("pacs008-iran-agent.xml");
      assertThat(d.decision()).isEqualTo(Decision.REJECT);
      RejectsRegister.Rejected r = s.rejects().record(d, "alice");
      assertThat(r.messageId()).isEqualTo("P8-20250602-0005");
      assertThat(r.reportDue()).isEqualTo(LocalDate.of(2025, 12, 4));
      assertThat(r.amount()).isEqualByComparingTo("25000");
      assertThat(r.reason()).contains("IR");
      assertThat(s.rejects().record(d, "alice").id()).isEqualTo(r.id());
      assertThat(s.rejects().list()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0} at {1} from {2} to {3} = {4}")
  @CsvSource({
      "1000.00, 0.05, 2025-01-01, 2026-01-01, 50.00",
      "1000.00, 0.05, 2025-01-01, 2025-01-02, 0.14",
      "1000.00, 0.05, 2025-01-01, 2025-01-01, 0.00",
      "1000.00, 0.05, 2025-01-02, 2025-01-01, 0.00",
      "25000.00, 0.04, 2025-11-19, 2026-06-30, 610.96",
  })
  void simpleDailyInterest(BigDecimal amount, BigDecimal rate, LocalDate from, LocalDate to, BigDecimal expected) {
    assertThat(BlockedItem.simpleDailyInterest(amount, rate, from, to)).isEqualByComparingTo(expected);
  }
}
