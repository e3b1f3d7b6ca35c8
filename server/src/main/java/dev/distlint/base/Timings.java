package dev.distlint.base;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Phase times of one run, printed when {@code DISTLINT_TIMINGS} is set (or the system property
 * {@code distlint.timings}): {@code 1} prints them to standard error, any other value is a file
 * they are appended to (the language server's standard error belongs to the editor). Each line
 * gives the thread, the milliseconds since the previous mark and since the first.
 */
public final class Timings {
  private static final PrintStream OUT = open(System.getProperty("distlint.timings",
      System.getenv().getOrDefault("DISTLINT_TIMINGS", "")));
  private static final long START = System.nanoTime();
  private static long last = START;

  private Timings() {
  }

  private static PrintStream open(String where) {
    if (where.isEmpty() || where.equals("0")) {
      return null;
    }
    if (where.equals("1")) {
      return System.err;
    }
    try {
      return new PrintStream(new FileOutputStream(where, true), true, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return System.err;
    }
  }

  /** True when phase times are printed. */
  public static boolean on() {
    return OUT != null;
  }

  /** Prints the time the phase that ends now took. */
  public static synchronized void mark(String phase) {
    if (OUT == null) {
      return;
    }
    long now = System.nanoTime();
    OUT.printf("[timings] %-14.14s %-28s %7.1f ms  (at %8.1f ms)%n",
        Thread.currentThread().getName(), phase, (now - last) / 1e6, (now - START) / 1e6);
    last = now;
  }
}
