package dev.distlint.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntConsumer;

/**
 * Checks that work grows at most linearly with input size: the same job at size n and 2n, the
 * larger allowed about twice the smaller's CPU time plus a constant. No absolute time limit.
 */
final class Growth {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Slack for warm-up, garbage collection and timer granularity, in nanoseconds. */
  private static final long CONSTANT_NANOS = 300_000_000L;

  private Growth() {
  }

  static void assertLinear(String what, int n, IntConsumer job) {
    job.accept(n); // warm-up
    long small = best(job, n);
    long large = best(job, 2 * n);
    assertTrue(large <= 2.5 * small + CONSTANT_NANOS,
        what + ": size " + n + " took " + small / 1_000_000 + " ms of CPU, size " + 2 * n
            + " took " + large / 1_000_000 + " ms");
  }

  private static long best(IntConsumer job, int n) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      job.accept(n);
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
    }
    return best;
  }
}
