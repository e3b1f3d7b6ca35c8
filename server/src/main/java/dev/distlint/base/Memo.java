package dev.distlint.base;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Values computed at most once per key, even when several threads (rules run in parallel) ask
 * at the same time: the first caller computes, the others wait for its result. A computation may
 * ask for other keys (a view built from another view); null results are kept too.
 */
public final class Memo {
  private final ConcurrentHashMap<Object, FutureTask<Object>> values = new ConcurrentHashMap<>();

  /** What {@link #peek} returns for a key whose value is not ready. */
  public static final Object ABSENT = new Object();

  /**
   * The value of {@code key} when it has been computed without failing, else {@link #ABSENT}:
   * the common case of a value asked for again, without making a supplier for {@link #get}.
   */
  public Object peek(Object key) {
    FutureTask<Object> task = values.get(key);
    if (task == null || !task.isDone()) {
      return ABSENT;
    }
    try {
      return task.get();
    } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
      return ABSENT;
    }
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    FutureTask<Object> task = values.get(key);
    if (task == null) {
      FutureTask<Object> mine = new FutureTask<>(compute::get);
      task = values.putIfAbsent(key, mine);
      if (task == null) {
        task = mine;
        mine.run();
      }
    }
    try {
      return (T) task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing " + key, e);
    } catch (ExecutionException e) {
      values.remove(key, task);
      throw Futures.rethrown(e);
    }
  }
}
