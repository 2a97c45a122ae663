package io.interdict.server;

import io.interdict.cli.HomeOption;
import io.interdict.lists.update.ListUpdater;
import io.interdict.store.Database;
import io.interdict.store.Home;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code interdict serve}: the HTTP API and the analyst console until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the HTTP API (yente-compatible /match, /v1/screen) and the analyst console.")
public final class ServeCommand implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin HomeOption home;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--metrics-token", paramLabel = "TOKEN",
      description = "Bearer token that may read /metrics without a user (default: $INTERDICT_METRICS_TOKEN).")
  String metricsToken;

  @Option(names = "--update-every", paramLabel = "HOURS", defaultValue = "0",
      description = "Download and import the enabled lists every HOURS hours while serving (default: never).")
  int updateEveryHours;

  @Override
  public void run() {
    Home h = home.resolve();
    Database db = h.openDatabase();
    ServerServices services = ServerServices.open(db, h.lists());
    if (services.lists().demo()) {
      LOG.warn("no list has been imported: serving the bundled demo list (import lists with `interdict lists`)");
    }
    if (services.users().isEmpty()) {
      LOG.warn("no users yet: create one with `interdict users add NAME --role admin` (the API refuses every call until then)");
    }
    String token = metricsToken != null ? metricsToken : System.getenv("INTERDICT_METRICS_TOKEN");
    InterdictServer server = new InterdictServer(services, bind, token);
    server.start(port);
    ListUpdater.Schedule schedule = updateEveryHours > 0
        ? services.updater().scheduleEvery(Duration.ofHours(updateEveryHours), Duration.ofHours(updateEveryHours),
            r -> LOG.info("scheduled list update: {} {}", r.source(), r.outcome()))
        : null;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (schedule != null) {
        schedule.close();
      }
      server.stop();
      db.close();
      stopped.countDown();
    }, "interdict-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
