package dev.distlint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server on piped streams driven with raw bytes, for what a real client never sends: broken
 * framing, non-JSON, JSON that is not JSON-RPC. Every byte the server writes is kept, so a test
 * can also search the whole output (for a secret, say).
 */
final class RawLsp implements AutoCloseable {
  final DistlintServer impl;
  final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  final Future<Void> listening;
  final List<JsonObject> received = new CopyOnWriteArrayList<>();
  final ByteArrayOutputStream wire = new ByteArrayOutputStream();
  private final BlockingQueue<JsonObject> queue = new LinkedBlockingQueue<>();
  private final OutputStream toServer;
  private final Thread reader;

  RawLsp() {
    try {
      PipedOutputStream clientOut = new PipedOutputStream();
      PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 20);
      PipedOutputStream serverOut = new PipedOutputStream();
      PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);
      impl = new DistlintServer(exitCode::complete);
      listening = ServerLauncher.start(impl, serverIn, serverOut);
      toServer = clientOut;
      reader = new Thread(() -> readLoop(clientIn), "raw-lsp-reader");
      reader.setDaemon(true);
      reader.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends bytes as they are. */
  synchronized void raw(byte[] bytes) {
    try {
      toServer.write(bytes);
      toServer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void raw(String s) {
    raw(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a body with a correct Content-Length header. */
  void send(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    raw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    raw(body);
  }

  void request(int id, String method, String params) {
    send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
        + "}");
  }

  void notify(String method, String params) {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
  }

  /** The response to request {@code id}; fails after a timeout. */
  JsonObject response(int id) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    for (JsonObject m : received) {
      if (m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsString().equals(
          Integer.toString(id)) && !m.has("method")) {
        return m;
      }
    }
    while (System.nanoTime() < deadline) {
      JsonObject m = queue.poll(100, TimeUnit.MILLISECONDS);
      if (m != null && m.has("id") && m.get("id").isJsonPrimitive()
          && m.get("id").getAsString().equals(Integer.toString(id)) && !m.has("method")) {
        return m;
      }
    }
    throw new AssertionError("no response to request " + id + "; received " + received);
  }

  /** The next diagnostics published for {@code uri}. */
  JsonObject diagnostics(String uri) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      JsonObject m = queue.poll(100, TimeUnit.MILLISECONDS);
      if (m != null && "textDocument/publishDiagnostics".equals(str(m, "method"))
          && uri.equals(m.getAsJsonObject("params").get("uri").getAsString())) {
        return m.getAsJsonObject("params");
      }
    }
    throw new AssertionError("no diagnostics for " + uri);
  }

  String wireText() {
    synchronized (wire) {
      return wire.toString(StandardCharsets.UTF_8);
    }
  }

  private static String str(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  private void readLoop(InputStream in) {
    try {
      while (true) {
        int length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
          int c = in.read();
          if (c < 0) {
            return;
          }
          synchronized (wire) {
            wire.write(c);
          }
          if (c == '\n') {
            String l = line.toString().trim();
            if (l.isEmpty()) {
              break;
            }
            if (l.startsWith("Content-Length:")) {
              length = Integer.parseInt(l.substring(15).trim());
            }
            line.setLength(0);
          } else {
            line.append((char) c);
          }
        }
        byte[] body = in.readNBytes(length);
        synchronized (wire) {
          wire.write(body);
        }
        JsonObject m = JsonParser.parseString(new String(body, StandardCharsets.UTF_8))
            .getAsJsonObject();
        received.add(m);
        queue.add(m);
      }
    } catch (IOException | RuntimeException e) {
      // The server closed its output: nothing more to read.
    }
  }

  @Override
  public void close() {
    try {
      request(999_999, "shutdown", "null");
      notify("exit", "null");
      toServer.close();
    } catch (IOException | UncheckedIOException e) {
      // Already closed.
    }
  }
}
