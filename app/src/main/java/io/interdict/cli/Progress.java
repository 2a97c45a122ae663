package io.interdict.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr that appears only once the work has run for two seconds, so quick commands
 * stay quiet and long ones show where they are. {@link #step()} is safe to call from many threads.
 */
public final class Progress implements AutoCloseable {
  private static final long SHOW_AFTER_NANOS = Duration.ofSeconds(2).toNanos();

  private final String task;
  private final long max;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile ProgressBar bar;

  public Progress(String task, long max) {
    this.task = task;
    this.max = max;
  }

  public void step() {
    long n = done.incrementAndGet();
    ProgressBar b = bar;
    if (b == null) {
      long elapsed = System.nanoTime() - started;
      if (elapsed < SHOW_AFTER_NANOS) {
        return;
      }
      b = show(Duration.ofNanos(elapsed));
    }
    b.stepTo(n);
  }

  private synchronized ProgressBar show(Duration elapsed) {
    if (bar == null) {
      bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(max)
          .startsFrom(done.get(), elapsed)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .setUpdateIntervalMillis(250)
          .build();
    }
    return bar;
  }

  @Override
  public void close() {
    ProgressBar b = bar;
    if (b != null) {
      b.stepTo(done.get());
      b.close();
    }
  }
}
