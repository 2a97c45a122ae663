package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.lists.store.ListStore;
import io.interdict.store.Database;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;

/** What the {@code lists} commands share: the store, the acting user, progress and number formats. */
final class ListsCli {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([smhd])");

  private ListsCli() {}

  /** An open database with its list store; close to release the database. */
  record Opened(Database db, AuditLog audit, ListStore store) implements AutoCloseable {
    static Opened of(HomeOption home) {
      Database db = home.resolve().openDatabase();
      AuditLog audit = new AuditLog(db.jdbi());
      return new Opened(db, audit, new ListStore(db, audit));
    }

    @Override
    public void close() {
      db.close();
    }
  }

  /** The audit actor of CLI commands: the operating-system user. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * A progress bar on stderr when it is a terminal (never in pipes, logs or tests); null otherwise.
   * {@code max} -1 makes an open-ended bar (elapsed time only).
   */
  static ProgressBar progress(String task, long max) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
  }

  /** Parses {@code 45s}, {@code 30m}, {@code 6h}, {@code 1d} or ISO-8601 ({@code PT6H}). */
  static Duration parseDuration(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      if (!d.isZero()) {
        return d;
      }
    } else {
      try {
        Duration d = Duration.parse(s.strip().toUpperCase(Locale.ROOT));
        if (!d.isNegative() && !d.isZero()) {
          return d;
        }
      } catch (java.time.format.DateTimeParseException e) {
        // reported below
      }
    }
    throw new CommandLine.TypeConversionException(
        "'" + s + "' is not a positive duration (examples: 45s, 30m, 6h, 1d, PT6H)");
  }

  /** picocli converter for {@link #parseDuration(String)}. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return parseDuration(value);
    }
  }
}
