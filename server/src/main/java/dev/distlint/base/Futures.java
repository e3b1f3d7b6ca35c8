package dev.distlint.base;

import java.util.concurrent.ExecutionException;

/** Failures of tasks run on another thread, rethrown as they were thrown there. */
public final class Futures {
  private Futures() {
  }

  /**
   * The cause of {@code e} to throw on this thread: a runtime exception as itself, an error
   * thrown here directly, anything else wrapped.
   */
  public static RuntimeException rethrown(ExecutionException e) {
    Throwable c = e.getCause();
    if (c instanceof RuntimeException r) {
      return r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(c);
  }
}
