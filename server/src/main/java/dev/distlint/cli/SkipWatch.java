package dev.distlint.cli;

import dev.distlint.base.Log;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Notices, during one {@code check}, the files the scan had to leave out (too large, binary,
 * unreadable, past the scan cap). A clean report that silently left files out would pass a CI
 * gate, so such a run, and one that checked no file at all, ends with a warning and exit 2.
 */
final class SkipWatch implements AutoCloseable {
  private final AtomicInteger skipped = new AtomicInteger();
  private final Consumer<String> previous;

  private SkipWatch(Consumer<String> previous) {
    this.previous = previous;
  }

  static SkipWatch install() {
    SkipWatch w = new SkipWatch(Log.sink());
    Log.setSink(line -> {
      if (line.contains("] skipping ") || line.contains("] cannot read ")
          || line.contains("] cannot list ") || line.contains("] stopped reading ")) {
        w.skipped.incrementAndGet();
      }
      w.previous.accept(line);
    });
    return w;
  }

  /** True (after a warning line) when files were left out or no file besides settings was checked. */
  boolean incomplete(long sourcesChecked, PrintStream err) {
    if (sourcesChecked == 0) {
      err.println("distlint: warning: no file was checked; look at the paths given and at"
          + " include/exclude in .distlint.yaml");
      return true;
    }
    if (skipped.get() > 0) {
      err.println("distlint: warning: " + skipped.get() + " file" + (skipped.get() == 1 ? " was"
          : "s were") + " left out (see above); the result is incomplete");
      return true;
    }
    return false;
  }

  @Override
  public void close() {
    Log.setSink(previous);
  }
}
