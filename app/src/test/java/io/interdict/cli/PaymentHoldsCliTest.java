package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.payments.TestMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A payment that cannot be read is held, and leaves the queue only by two users' decision. */
class PaymentHoldsCliTest {
  @TempDir Path tmp;

  private CliRun run(String... args) {
    return CliRun.inHome(tmp.resolve("home"), args);
  }

  @Test
  void anUnreadablePaymentIsHeldThenRejectedByTwoUsers() throws IOException {
    Path msg = Files.writeString(tmp.resolve("garbled.txt"), "{1:F01DEUTDEFFAXXX0000000000}{2:I103CHAS");
    CliRun screened = run("payments", "screen", msg.toString(), "--user", "screening");
    assertThat(screened.code()).as(screened.err()).isZero();
    assertThat(screened.out()).startsWith("HOLD").contains("-> held:1");

    CliRun listed = run("payments", "holds", "list");
    assertThat(listed.out()).contains("ID").contains("open").contains("HOLD (fail closed)");
    assertThat(run("payments", "holds", "show", "1").out()).contains("\"screening\"").contains("\"held\"");

    CliRun block = run("payments", "holds", "decide", "1", "--decision", "block", "--user", "alice");
    assertThat(block.code()).isEqualTo(2);
    assertThat(block.err()).contains("no listed entity was hit").doesNotContain("Exception");
    assertThat(run("payments", "holds", "decide", "1", "--decision", "hold", "--user", "alice").err())
        .contains("expected release, block or reject");

    assertThat(run("payments", "holds", "decide", "1", "--decision", "reject", "--user", "alice", "--note", "garbled").out())
        .isEqualTo("hold 1: proposed-reject\n");
    CliRun self = run("payments", "holds", "decide", "1", "--decision", "reject", "--user", "Alice");
    assertThat(self.code()).isEqualTo(4);
    assertThat(self.err()).contains("four-eyes");
    CliRun closed = run("payments", "holds", "decide", "1", "--decision", "reject", "--user", "bob");
    assertThat(closed.out()).isEqualTo("hold 1: rejected (proposed by alice, confirmed by bob; rejected:1)\n");

    assertThat(run("payments", "holds", "list").out()).isEqualTo("no held payments\n");
    assertThat(run("payments", "holds", "list", "--status", "rejected", "--format", "jsonl").out().lines()).hasSize(1);
    assertThat(run("reports", "rejects", "--format", "csv").out()).contains("unread:garbled.txt");
    assertThat(run("audit", "verify").code()).isZero();
  }

  @Test
  void aReleasedNameIsReleasedAgainUntilItsClearanceIsRevoked() throws IOException {
    Path policy = Files.writeString(tmp.resolve("hesitant.yml"), "party_block: 1.0\nparty_review: 0.8\n");
    Path one = Files.write(tmp.resolve("one.txt"), TestMessages.mt103("CLR-CLI-1", "KIM SANG MANN"));
    CliRun held = run("payments", "screen", one.toString(), "--policy", policy.toString());
    assertThat(held.out()).as(held.err()).startsWith("HOLD").contains("-> held:1");
    run("payments", "holds", "decide", "1", "--decision", "release", "--user", "alice");
    assertThat(run("payments", "holds", "decide", "1", "--decision", "release", "--user", "bob").out())
        .contains("released; 1 name hit(s) cleared");

    Path two = Files.write(tmp.resolve("two.txt"), TestMessages.mt103("CLR-CLI-2", "KIM SANG MANN"));
    CliRun again = run("payments", "screen", two.toString(), "--policy", policy.toString());
    assertThat(again.out()).startsWith("RELEASE").contains("released as a false positive by alice and bob (hold 1");
    assertThat(run("payments", "clearances", "list").out()).contains("KIM SANG MANN").contains("in force");

    assertThat(run("payments", "clearances", "revoke", "1", "--user", "carol").out())
        .isEqualTo("clearance 1 of 'KIM SANG MANN' against us-ofac-sdn:43377: revoked by carol\n");
    assertThat(run("payments", "screen", two.toString(), "--policy", policy.toString()).out()).startsWith("HOLD");
    assertThat(run("payments", "clearances", "list").out()).isEqualTo("no clearances\n");
    assertThat(run("payments", "clearances", "list", "--all").out()).contains("revoked by carol");
    assertThat(run("payments", "clearances", "revoke", "9", "--user", "carol").code()).isEqualTo(3);
  }
}
