package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.cli.Main;
import io.interdict.server.auth.ApiKeys;
import io.interdict.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
  @TempDir Path home;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 2];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--home";
    full[args.length + 1] = home.toString();
    int code = Main.run(full, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void addPrintsTheKeyOnceAndStoresOnlyItsHash() {
    Run add = run("users", "add", "ops", "--role", "admin");
    assertThat(add.code()).isZero();
    String key = add.out().strip();
    assertThat(key).startsWith("idk_").hasSizeGreaterThan(40);
    try (Database db = Database.h2(home)) {
      List<String> stored = db.jdbi().withHandle(h -> h.createQuery("SELECT key_hash FROM server_user").mapTo(String.class).list());
      assertThat(stored).containsExactly(ApiKeys.hash(key));
      List<String> audit = db.jdbi().withHandle(h -> h.createQuery("SELECT details FROM audit_log").mapTo(String.class).list());
      assertThat(audit).hasSize(1).noneMatch(d -> d.contains(key));
    }
    Run list = run("users", "list");
    assertThat(list.out()).contains("ops").contains("admin").contains("active").doesNotContain(key);
  }

  @Test
  void duplicateUnknownRoleAndRevokeAreReportedWithExitCodes() {
    assertThat(run("users", "add", "ana", "--role", "analyst").code()).isZero();
    Run dup = run("users", "add", "ana", "--role", "analyst");
    assertThat(dup.code()).isEqualTo(4);
    assertThat(dup.err()).contains("already exists");
    Run badRole = run("users", "add", "bob", "--role", "wizard");
    assertThat(badRole.code()).isEqualTo(2);
    assertThat(badRole.err()).contains("unknown role 'wizard'");
    Run badName = run("users", "add", "bad name", "--role", "analyst");
    assertThat(badName.code()).isEqualTo(2);
    assertThat(run("users", "revoke", "ana").code()).isZero();
    assertThat(run("users", "list").out()).contains("revoked");
    assertThat(run("users", "revoke", "ana").code()).isEqualTo(3);
    assertThat(run("users", "add", "ana", "--role", "supervisor").code()).as("re-issue after revoke").isZero();
  }
}
