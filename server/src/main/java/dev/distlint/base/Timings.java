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
  private static long lastCpu;

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

  private static final java.util.concurrent.ConcurrentHashMap<String,
      java.util.concurrent.atomic.LongAdder> PARTS = new java.util.concurrent.ConcurrentHashMap<>();

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
    long cpu = processCpu();
    OUT.printf("[timings] %-14.14s %-28s %7.1f ms  (at %8.1f ms, CPU %7.1f ms)%n",
        Thread.currentThread().getName(), phase, (now - last) / 1e6, (now - START) / 1e6,
        (cpu - lastCpu) / 1e6);
    last = now;
    lastCpu = cpu;
  }

  /** Adds {@code nanos} to the time spent in the part {@code key} (a rule, say), on any thread. */
  public static void add(String key, long nanos) {
    if (OUT != null) {
      PARTS.computeIfAbsent(key, k -> new java.util.concurrent.atomic.LongAdder()).add(nanos);
    }
  }

  /**
   * Prints the {@code top} parts that took longest, summed over threads, with their share of all
   * parts' time, and forgets them.
   */
  public static synchronized void parts(String title, int top) {
    if (OUT == null || PARTS.isEmpty()) {
      return;
    }
    java.util.List<java.util.Map.Entry<String, Long>> all = new java.util.ArrayList<>();
    PARTS.forEach((k, v) -> all.add(java.util.Map.entry(k, v.sum())));
    PARTS.clear();
    all.sort(java.util.Map.Entry.<String, Long>comparingByValue().reversed());
    long total = all.stream().mapToLong(java.util.Map.Entry::getValue).sum();
    OUT.printf("[timings] %s: %.1f ms in all, summed over threads%n", title, total / 1e6);
    for (var e : all.subList(0, Math.min(top, all.size()))) {
      OUT.printf("[timings]   %-44s %8.1f ms %5.1f%%%n", e.getKey(), e.getValue() / 1e6,
          100.0 * e.getValue() / Math.max(1, total));
    }
  }

  /** The CPU time of the whole process so far, every thread's, in nanoseconds (0 if unknown). */
  private static long processCpu() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }
}
