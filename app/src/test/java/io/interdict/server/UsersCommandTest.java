package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.cli.CliRun;
import io.interdict.server.auth.ApiKeys;
import io.interdict.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
  @TempDir Path home;

  private CliRun run(String... args) {
    return CliRun.inHome(home, args);
  }

  @Test
  void addPrintsTheKeyOnceAndStoresOnlyItsHash() {
    CliRun add = run("users", "add", "ops", "--role", "admin");
    assertThat(add.code()).isZero();
    String key = add.out().strip();
    assertThat(key).startsWith("idk_").hasSizeGreaterThan(40);
    try (Database db = Database.h2(home)) {
      List<String> stored = db.jdbi().withHandle(h -> h.createQuery("SELECT key_hash FROM server_user").mapTo(String.class).list());
      assertThat(stored).containsExactly(ApiKeys.hash(key));
      List<String> audit = db.jdbi().withHandle(h -> h.createQuery("SELECT details FROM audit_log").mapTo(String.class).list());
      assertThat(audit).hasSize(1).noneMatch(d -> d.contains(key));
    }
    CliRun list = run("users", "list");
    assertThat(list.out()).contains("ops").contains("admin").contains("active").doesNotContain(key);
  }

  @Test
  void duplicateUnknownRoleAndRevokeAreReportedWithExitCodes() {
    assertThat(run("users", "add", "ana", "--role", "analyst").code()).isZero();
    CliRun dup = run("users", "add", "ana", "--role", "analyst");
    assertThat(dup.code()).isEqualTo(4);
    assertThat(dup.err()).contains("already exists");
    CliRun badRole = run("users", "add", "bob", "--role", "wizard");
    assertThat(badRole.code()).isEqualTo(2);
    assertThat(badRole.err()).contains("unknown role 'wizard'");
    CliRun badName = run("users", "add", "bad name", "--role", "analyst");
    assertThat(badName.code()).isEqualTo(2);
    assertThat(run("users", "revoke", "ana").code()).isZero();
    assertThat(run("users", "list").out()).contains("revoked");
    assertThat(run("users", "revoke", "ana").code()).isEqualTo(3);
    assertThat(run("users", "add", "ana", "--role", "supervisor").code()).as("re-issue after revoke").isZero();
  }
}
