package dev.distlint.base;

import java.util.Collection;
import java.util.stream.Stream;

/**
 * Whether analysis may use more than one thread. It does by default (files read, parsed and
 * checked on every core, results in a stable order). {@code DISTLINT_THREADS=1} in the
 * environment, or the system property {@code distlint.threads=1}, makes it run on the calling
 * thread only: the sequential path, which gives the same findings and serves to compare with.
 */
public final class Parallelism {
  private Parallelism() {
  }

  /** True when analysis must stay on the calling thread. */
  public static boolean sequential() {
    String v = System.getProperty("distlint.threads");
    if (v == null) {
      v = System.getenv("DISTLINT_THREADS");
    }
    return v != null && v.trim().equals("1");
  }

  /** A parallel stream over {@code items}, or a sequential one on the sequential path. */
  public static <T> Stream<T> stream(Collection<T> items) {
    return sequential() ? items.stream() : items.parallelStream();
  }
}
