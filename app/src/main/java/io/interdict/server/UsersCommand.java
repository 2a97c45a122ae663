package io.interdict.server;

import io.interdict.audit.AuditLog;
import io.interdict.cli.HomeOption;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.User;
import io.interdict.server.auth.UserStore;
import io.interdict.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict users add|list|revoke}: API users and their keys. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage API users and keys.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Revoke.class})
public final class UsersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, list or revoke");
  }

  /** The operator at the terminal, as the audit trail names them. */
  static String operator() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  static UserStore store(Database db) {
    return new UserStore(db.jdbi(), new AuditLog(db.jdbi()));
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Create a user and print its API key (shown once; only its hash is stored).")
  static final class Add implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--role", required = true, description = "screening, analyst, supervisor or admin")
    String role;

    @Override
    public Integer call() {
      Role r = Role.parseUserRole(role);
      try (Database db = home.resolve().openDatabase()) {
        UserStore.Created c = store(db).add(name, r, operator());
        PrintWriter out = spec.commandLine().getOut();
        out.println(c.apiKey());
        out.flush();
        spec.commandLine().getErr().println("user '" + name + "' (" + r.label()
            + ") created; the key above is shown once: send it as 'Authorization: Bearer KEY'");
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users (active and revoked).")
  static final class ListUsers implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-24s %-11s %-8s %-27s %s%n", "NAME", "ROLE", "STATE", "CREATED", "BY");
        for (User u : store(db).list()) {
          out.printf("%-24s %-11s %-8s %-27s %s%n", u.name(), u.role().label(), u.active() ? "active" : "revoked",
              u.createdAt(), u.createdBy());
        }
        out.flush();
      }
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a user's API key.")
  static final class Revoke implements Callable<Integer> {
    @Mixin HomeOption home;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      try (Database db = home.resolve().openDatabase()) {
        store(db).revoke(name, operator());
        spec.commandLine().getErr().println("user '" + name + "' revoked");
      }
      return 0;
    }
  }
}
