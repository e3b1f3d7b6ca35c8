package dev.distlint.base;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Values computed at most once per key, even when several threads (rules run in parallel) ask
 * at the same time: the first caller computes, the others wait for its result. A computation may
 * ask for other keys (a view built from another view); null results are kept too. Once computed,
 * a value takes its computation's place in the map, so reading it again is one lookup.
 */
public final class Memo {
  /** A computation under way; its key maps to it until it ends. */
  private static final class Pending extends FutureTask<Object> {
    Pending(Supplier<?> compute) {
      super(compute::get);
    }
  }

  /** What a null result is kept as. */
  private static final Object NULL = new Object();

  private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

  /** What {@link #peek} returns for a key whose value is not ready. */
  public static final Object ABSENT = new Object();

  /**
   * The value of {@code key} when it has been computed without failing, else {@link #ABSENT}:
   * the common case of a value asked for again, without making a supplier for {@link #get}.
   */
  public Object peek(Object key) {
    Object v = values.get(key);
    if (v == null || v instanceof Pending) {
      return ABSENT;
    }
    return v == NULL ? null : v;
  }

  /**
   * Forgets every value: a later call computes it again. A computation under way when this is
   * called still answers its callers; its value is not kept.
   */
  public void clear() {
    values.clear();
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    Object v = values.get(key);
    if (v == null) {
      Pending mine = new Pending(compute);
      v = values.putIfAbsent(key, mine);
      if (v == null) {
        mine.run();
        return (T) settle(key, mine, true);
      }
    }
    if (v instanceof Pending other) {
      return (T) settle(key, other, false);
    }
    return v == NULL ? null : (T) v;
  }

  /**
   * The result of a computation that has run or is running on another thread. The thread that
   * ran it puts the value in its place; a failure is not kept, so a later call computes again.
   */
  private Object settle(Object key, Pending task, boolean ran) {
    Object result;
    try {
      result = task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing " + key, e);
    } catch (ExecutionException e) {
      values.remove(key, task);
      throw Futures.rethrown(e);
    }
    if (ran) {
      values.replace(key, task, result == null ? NULL : result);
    }
    return result;
  }
}
