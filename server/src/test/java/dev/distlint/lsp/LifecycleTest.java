package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The protocol lifecycle as the wire sees it, and a client that sends requests without ever
 * reading the answers.
 */
@Timeout(60)
class LifecycleTest {
  private static final String HOVER = "{\"textDocument\":{\"uri\":\"file:///w/k8s/a.yaml\"},"
      + "\"position\":{\"line\":0,\"character\":0}}";

  @Test
  void requestsOutsideTheRunningPhaseAreRefused() throws Exception {
    try (RawLsp s = new RawLsp()) {
      s.request(1, "textDocument/hover", HOVER);
      assertEquals(-32002, code(s.response(1)));
      s.request(2, "initialize", "{\"capabilities\":{}}");
      assertFalse(s.response(2).has("error"));
      s.request(3, "initialize", "{\"capabilities\":{}}");
      assertEquals(-32600, code(s.response(3)));
      s.notify("initialized", "{}");
      s.request(4, "textDocument/hover", HOVER);
      assertFalse(s.response(4).has("error"), s.response(4)::toString);
      s.request(5, "shutdown", "null");
      assertFalse(s.response(5).has("error"));
      s.request(6, "textDocument/hover", HOVER);
      assertEquals(-32600, code(s.response(6)));
      s.request(7, "shutdown", "null");
      assertEquals(-32600, code(s.response(7)));
    }
  }

  private static int code(JsonObject response) {
    assertTrue(response.has("error"), response::toString);
    return response.getAsJsonObject("error").get("code").getAsInt();
  }

  @Test
  void aClientThatNeverReadsStopsTheReaderInsteadOfGrowingTheServer() throws Exception {
    Lifecycle lifecycle = new Lifecycle();
    MessageConsumer out = lifecycle.apply(msg -> { });
    AtomicInteger started = new AtomicInteger();
    Endpoint local = new Endpoint() {
      @Override
      public CompletableFuture<?> request(String method, Object parameter) {
        started.incrementAndGet();
        return new CompletableFuture<>(); // an answer that is never written
      }

      @Override
      public void notify(String method, Object parameter) {
      }
    };
    MessageConsumer in = lifecycle.apply(new RemoteEndpoint(out, local));
    Thread reader = new Thread(() -> {
      for (int i = 0; i < 10_000; i++) {
        RequestMessage m = new RequestMessage();
        m.setId(i);
        m.setMethod(i == 0 ? "initialize" : "textDocument/hover");
        in.consume(m);
      }
    }, "test-reader");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (reader.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(Thread.State.WAITING, reader.getState(), "the reader waits for answers");
    assertEquals(Lifecycle.MAX_PENDING, started.get());
  }
}
