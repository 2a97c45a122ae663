package io.interdict.monitoring;

import io.interdict.store.Database;
import java.nio.file.Path;

/**
 * Runs the crash fixture's pending monitoring in its own JVM, printing a line after every committed
 * chunk, so that {@link MonitorCrashTest} can kill it with {@code destroyForcibly()} mid-run.
 * Arguments: {@code h2 DIR} or {@code jdbc URL}.
 */
public final class MonitorCrashChild {
  private MonitorCrashChild() {}

  public static void main(String[] args) {
    long delay = Long.getLong("interdict.test.queryDelayMs", 2);
    try (Database db = args[0].equals("h2") ? Database.h2(Path.of(args[1]))
        : Database.jdbc(args[1], System.getenv("INTERDICT_TEST_PG_USER"), System.getenv("INTERDICT_TEST_PG_PASSWORD"))) {
      System.out.println("started");
      System.out.flush();
      CrashFixture.monitor(db, CrashFixture.lists(true), s -> CrashFixture.slow(s, delay))
          .run((phase, done) -> {
            System.out.println("committed " + phase + " " + done);
            System.out.flush();
          });
      System.out.println("finished");
    }
  }
}
