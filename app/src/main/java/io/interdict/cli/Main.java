package io.interdict.cli;

import io.interdict.InterdictException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. Every subcommand is registered here, in one place. Errors Interdict raises on purpose
 * ({@link InterdictException}) print one line and exit with their own code; anything else is a bug and
 * prints a one-line internal error (the stack trace only with {@code INTERDICT_DEBUG=1}).
 */
@Command(
    name = "interdict",
    mixinStandardHelpOptions = true,
    version = "Interdict 0.1.0",
    description = "Sanctions compliance engine: lists, screening, payments, entry, blocking, monitoring.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ScreenCommand.class,
      BenchCommand.class,
      ListsCommand.class,
      CustomersCommand.class,
      MonitorCommand.class,
      AlertsCommand.class,
      AuditCommand.class,
      PaymentsCommand.class,
      EntryCommand.class,
      BlockedCommand.class,
      LicencesCommand.class,
      OwnershipCommand.class,
      ReportsCommand.class,
      io.interdict.server.ServeCommand.class,
      io.interdict.server.UsersCommand.class,
    })
public final class Main implements Runnable {
  /** Exit code for unexpected internal errors (EX_SOFTWARE). */
  public static final int INTERNAL_ERROR = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams and returns the exit code; used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof InterdictException ie) {
            err.println("interdict: " + ie.getMessage());
            err.flush();
            return ie.exitCode();
          }
          err.println("interdict: internal error: " + ex);
          if ("1".equals(System.getenv("INTERDICT_DEBUG"))) {
            ex.printStackTrace(err);
          } else {
            err.println("(set INTERDICT_DEBUG=1 for the stack trace)");
          }
          err.flush();
          return INTERNAL_ERROR;
        });
    return cl.execute(args);
  }
}
