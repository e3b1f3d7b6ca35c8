package dev.distlint.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

  @Test
  void aValueIsComputedOnceAndThenPeeked() {
    Memo memo = new Memo();
    AtomicInteger runs = new AtomicInteger();
    assertSame(Memo.ABSENT, memo.peek("k"));
    assertEquals("v1", memo.get("k", () -> "v" + runs.incrementAndGet()));
    assertEquals("v1", memo.get("k", () -> "v" + runs.incrementAndGet()));
    assertEquals("v1", memo.peek("k"));
    assertEquals(1, runs.get());
  }

  @Test
  void nullIsAValueToo() {
    Memo memo = new Memo();
    AtomicInteger runs = new AtomicInteger();
    assertNull(memo.get("k", () -> {
      runs.incrementAndGet();
      return null;
    }));
    assertNull(memo.peek("k"));
    assertNull(memo.get("k", () -> "again"));
    assertEquals(1, runs.get());
  }

  @Test
  void aFailureIsThrownAndNotKept() {
    Memo memo = new Memo();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> memo.get("k", () -> {
          throw new IllegalStateException("broken");
        }));
    assertEquals("broken", e.getMessage());
    assertSame(Memo.ABSENT, memo.peek("k"));
    assertEquals("fixed", memo.get("k", () -> "fixed"));
  }

  @Test
  void aComputationMayAskForOtherKeys() {
    Memo memo = new Memo();
    assertEquals(3, (int) memo.get("sum", () -> memo.<Integer>get("one", () -> 1)
        + memo.<Integer>get("two", () -> 2)));
    assertEquals(2, memo.peek("two"));
  }

  @Test
  void threadsAskingAtOnceShareOneComputation() throws Exception {
    Memo memo = new Memo();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<Object> first = pool.submit(() -> memo.get("k", () -> {
        runs.incrementAndGet();
        started.countDown();
        await(release);
        return new Object();
      }));
      started.await(10, TimeUnit.SECONDS);
      assertSame(Memo.ABSENT, memo.peek("k"));
      List<Future<Object>> others = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        others.add(pool.submit(() -> memo.get("k", () -> {
          runs.incrementAndGet();
          return new Object();
        })));
      }
      release.countDown();
      Object value = first.get(10, TimeUnit.SECONDS);
      for (Future<Object> f : others) {
        assertSame(value, f.get(10, TimeUnit.SECONDS));
      }
      assertSame(value, memo.peek("k"));
      assertEquals(1, runs.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
