package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Garbage on the server's input: random bytes, broken Content-Length headers, bodies that are
 * not JSON or not JSON-RPC, requests with wrong parameters. Each is answered with an error or
 * ignored with a log line, and the server then answers a hover as if nothing had happened.
 */
@Timeout(120)
class RawProtocolTest {
  static final String URI = "file:///work/demo/k8s/app.yaml";
  static final String TEXT = LspSmokeTest.MANIFEST.replace("\n", "\\n").replace("\"", "\\\"");
  private final AtomicInteger ids = new AtomicInteger(1);

  private RawLsp started() throws InterruptedException {
    RawLsp s = new RawLsp();
    s.request(ids.getAndIncrement(), "initialize", "{\"capabilities\":{}}");
    s.response(ids.get() - 1);
    s.notify("initialized", "{}");
    s.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + URI
        + "\",\"languageId\":\"yaml\",\"version\":1,\"text\":\"" + TEXT + "\"}}");
    s.diagnostics(URI);
    return s;
  }

  /** The server is alive and answers a hover over the readiness finding's container. */
  private void assertServes(RawLsp s) throws InterruptedException {
    // A blank line ends any header block the garbage left open.
    s.raw("\r\n\r\n");
    int id = ids.getAndIncrement();
    s.request(id, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + URI
        + "\"},\"position\":{\"line\":12,\"character\":16}}");
    JsonObject r = s.response(id);
    assertFalse(r.has("error"), r::toString);
    assertTrue(r.get("result").toString().contains("k8s-readiness-probe-missing"), r::toString);
    assertFalse(s.listening.isDone(), "the protocol reader stopped");
    assertFalse(s.exitCode.isDone(), "the server exited");
  }

  @Test
  void randomBytes() throws Exception {
    try (RawLsp s = started()) {
      Random r = new Random(42);
      for (int i = 0; i < 20; i++) {
        byte[] junk = new byte[1 + r.nextInt(8192)];
        r.nextBytes(junk);
        s.raw(junk);
        assertServes(s);
      }
    }
  }

  @Test
  void badContentLengths() throws Exception {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"shutdown\"}";
    try (RawLsp s = started()) {
      for (String header : new String[] {"Content-Length: abc", "Content-Length: -5",
          "Content-Length: 99999999999", "Content-Length: 2000000000", "Content-Length:",
          "Content-Length: 0", "Content-Length: 3", "Content-Type: application/json",
          "X: y\r\nContent-Length: 1e3", "content-length 12", "Content-Length: " + "9".repeat(
              100_000)}) {
        s.raw(header + "\r\n\r\n" + body);
        assertServes(s);
      }
    }
  }

  @Test
  void bodiesThatAreNotJsonRpc() throws Exception {
    try (RawLsp s = started()) {
      for (String body : new String[] {"not json at all", "{", "[1, 2, 3]", "{\"foo\": 1}",
          "null", "\"string\"", "{\"jsonrpc\":\"2.0\"}", "{\"jsonrpc\":\"1.0\",\"id\":5}",
          "{\"jsonrpc\":\"2.0\",\"method\":42}", "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"x\"}",
          "[".repeat(100_000), "{\"a\":".repeat(50_000), "\u0000\u0001\u0002",
          "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/hover\",\"params\":"
              + "[".repeat(20_000) + "]".repeat(20_000) + "}"}) {
        s.send(body);
        assertServes(s);
      }
    }
  }

  @Test
  void requestsWithWrongParametersGetErrorResponses() throws Exception {
    try (RawLsp s = started()) {
      String[][] calls = {{"no/such/method", "{}"}, {"textDocument/hover", "\"nonsense\""},
          {"textDocument/hover", "{}"}, {"textDocument/hover", "null"},
          {"textDocument/completion", "{\"textDocument\":{}}"},
          {"textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + URI + "\"}}"},
          {"textDocument/hover", "{\"textDocument\":{\"uri\":\"" + URI
              + "\"},\"position\":{\"line\":\"x\"}}"},
          {"textDocument/hover", "{\"textDocument\":{\"uri\":\"::not a uri::\"},"
              + "\"position\":{\"line\":-1,\"character\":-1}}"},
          {"workspace/executeCommand", "{\"command\":\"rm -rf /\"}"}};
      for (String[] c : calls) {
        int id = ids.getAndIncrement();
        s.request(id, c[0], c[1]);
        JsonObject r = s.response(id);
        assertTrue(r.has("error") || r.has("result"), r::toString);
        assertServes(s);
      }
      int id = ids.getAndIncrement();
      s.request(id, "no/such/method", "{}");
      assertEquals(-32601, s.response(id).getAsJsonObject("error").get("code").getAsInt());
    }
  }

  @Test
  void notificationsWithWrongParametersAreIgnored() throws Exception {
    try (RawLsp s = started()) {
      String[][] calls = {{"textDocument/didChange", "{}"},
          {"textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + URI + "\",\"version\":9}}"},
          {"textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + URI + "\",\"version\":9},"
              + "\"contentChanges\":[{\"range\":{\"start\":{\"line\":-4,\"character\":-1},"
              + "\"end\":{\"line\":99999,\"character\":5}},\"text\":null}]}"},
          {"textDocument/didOpen", "{}"}, {"textDocument/didOpen", "{\"textDocument\":{}}"},
          {"textDocument/didClose", "{}"}, {"textDocument/didSave", "{}"},
          {"workspace/didChangeConfiguration", "{\"settings\":[1,2]}"},
          {"workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"file:///etc/passwd\","
              + "\"type\":1}, {}]}"},
          {"$/cancelRequest", "{\"id\":123456}"}, {"$/cancelRequest", "{}"},
          {"$/setTrace", "{\"value\":\"verbose\"}"}, {"unknown/notification", "[]"}};
      for (String[] c : calls) {
        s.notify(c[0], c[1]);
      }
      // The document was reset to empty text by the out-of-range change: reopen it.
      s.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + URI
          + "\",\"languageId\":\"yaml\",\"version\":20,\"text\":\"" + TEXT + "\"}}");
      while (s.diagnostics(URI).get("version").getAsInt() != 20) {
        // Earlier versions' diagnostics may still be on their way.
      }
      assertServes(s);
    }
  }

  @Test
  void aTruncatedStreamEndsTheServerCleanly() throws Exception {
    RawLsp s = started();
    s.raw("Content-Length: 500\r\n\r\n{\"jsonrpc\":".getBytes(StandardCharsets.UTF_8));
    s.close();
    try {
      s.listening.get(20, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      // Ending with an error is fine; ending at all is what matters.
    }
    assertTrue(s.listening.isDone());
  }
}
