package io.interdict.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The server's Prometheus metrics: request rate and latency per route (one timer, tagged by route
 * template, method and status), screenings and hits, and the age of every loaded list.
 */
public final class ServerMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter screenings;
  private final Counter hits;
  private final Set<String> listGauges = new HashSet<>();
  private final Clock clock;

  public ServerMetrics(Clock clock) {
    this.clock = clock;
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    screenings = Counter.builder("interdict.screenings").description("Names screened (single and batch)").register(registry);
    hits = Counter.builder("interdict.screening.hits").description("Hits returned by screenings").register(registry);
  }

  public void request(String method, String route, int status, float millis) {
    Timer.builder("interdict.http.requests")
        .description("HTTP requests by route template")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .publishPercentileHistogram(false)
        .register(registry)
        .record(Duration.ofNanos((long) (millis * 1_000_000L)));
  }

  public void screened(int queries, int hitCount) {
    screenings.increment(queries);
    hits.increment(hitCount);
  }

  /**
   * Registers (once per source, so sources loaded later get one too) a gauge of how old the live
   * version of a list is, in seconds.
   */
  public synchronized void listAge(String source, Supplier<java.time.Instant> loadedAt) {
    if (listGauges.add(source)) {
      Gauge.builder("interdict.list.age.seconds", () -> {
            java.time.Instant at = loadedAt.get();
            return at == null ? Double.NaN : Duration.between(at, clock.instant()).toSeconds();
          })
          .description("Seconds since the live version of the list was loaded")
          .tag("source", source)
          .register(registry);
    }
  }

  /** Registers a gauge read on every scrape (e.g. alerts awaiting review). */
  public void gauge(String name, String description, String tag, String tagValue, Supplier<Number> value) {
    Gauge.builder(name, () -> value.get().doubleValue()).description(description).tag(tag, tagValue).register(registry);
  }

  public String scrape() {
    return registry.scrape();
  }
}
