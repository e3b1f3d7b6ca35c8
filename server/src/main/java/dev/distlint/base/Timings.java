package dev.distlint.base;

import java.io.PrintStream;

/**
 * Phase times of one run, printed to standard error when {@code DISTLINT_TIMINGS=1} is set (or
 * the system property {@code distlint.timings=1}): where a slow {@code check} spends its time.
 * Each line gives the milliseconds since the previous mark and since the first.
 */
public final class Timings {
  private static final boolean ON = "1".equals(System.getProperty("distlint.timings",
      System.getenv().getOrDefault("DISTLINT_TIMINGS", "")));
  private static final long START = System.nanoTime();
  private static long last = START;

  private Timings() {
  }

  /** True when phase times are printed. */
  public static boolean on() {
    return ON;
  }

  /** Prints the time the phase that ends now took. */
  public static synchronized void mark(String phase) {
    if (!ON) {
      return;
    }
    long now = System.nanoTime();
    PrintStream err = System.err;
    err.printf("[timings] %-28s %7.1f ms  (at %7.1f ms)%n", phase, (now - last) / 1e6,
        (now - START) / 1e6);
    last = now;
  }
}
