package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a client gets wrong is answered, not crashed on: a method the server does not implement
 * answers {@code MethodNotFound}, a request with null or missing parameters answers null, and
 * none of it leaves a stack trace in the log or on the protocol stream.
 */
@Timeout(60)
class ProtocolHygieneTest {
  static final String URI = RawProtocolTest.URI;
  static final String TEXT = RawProtocolTest.TEXT;

  /** Every method a client may send with no parameters at all, or with an empty object. */
  static final List<String> REQUESTS = List.of("textDocument/hover", "textDocument/completion",
      "textDocument/definition", "textDocument/references", "textDocument/documentHighlight",
      "textDocument/documentSymbol", "textDocument/documentLink", "textDocument/codeAction",
      "textDocument/codeLens", "textDocument/inlayHint", "textDocument/diagnostic",
      "workspace/symbol", "workspace/diagnostic");

  private static RawLsp started() throws InterruptedException {
    RawLsp s = new RawLsp();
    s.request(1, "initialize", "{\"capabilities\":{}}");
    s.response(1);
    s.notify("initialized", "{}");
    s.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + URI
        + "\",\"languageId\":\"yaml\",\"version\":1,\"text\":\"" + TEXT + "\"}}");
    s.diagnostics(URI);
    return s;
  }

  @Test
  void unknownAndUnimplementedMethodsAnswerMethodNotFound() throws Exception {
    List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        logged.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try (RawLsp s = started()) {
      int id = 10;
      for (String method : List.of("distlint/noSuchThing", "textDocument/typeDefinition",
          "textDocument/formatting", "textDocument/rename", "workspace/willRenameFiles")) {
        s.request(id, method, "{\"textDocument\":{\"uri\":\"" + URI + "\"},\"position\":"
            + "{\"line\":0,\"character\":0}}");
        JsonObject r = s.response(id++);
        assertTrue(r.has("error"), () -> method + ": " + r);
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
            r.getAsJsonObject("error").get("code").getAsInt(), () -> method + ": " + r);
      }
      assertFalse(s.wireText().contains("\tat "), "a stack trace went to the client");
    } finally {
      root.removeHandler(capture);
    }
    assertTrue(logged.stream().noneMatch(l -> l.contains("Exception")), () -> "log: " + logged);
  }

  @Test
  void nullAndEmptyParametersAnswerWithoutThrowing() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (RawLsp s = started()) {
      int id = 100;
      for (String method : REQUESTS) {
        for (String params : List.of("null", "{}")) {
          s.request(id, method, params);
          JsonObject r = s.response(id++);
          assertFalse(r.has("error") && r.getAsJsonObject("error").get("code").getAsInt()
              == ResponseErrorCode.InternalError.getValue(), () -> method + " " + params + ": " + r);
        }
      }
      s.notify("workspace/didChangeConfiguration", "null");
      s.notify("workspace/didChangeWatchedFiles", "{}");
      s.notify("textDocument/didClose", "null");
      s.request(id, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + URI
          + "\"},\"position\":{\"line\":12,\"character\":16}}");
      assertTrue(s.response(id).get("result").toString().contains("k8s-readiness-probe-missing"));
      assertFalse(s.wireText().contains("\tat "), "a stack trace went to the client");
    } finally {
      System.setErr(err);
    }
    assertFalse(captured.toString(StandardCharsets.UTF_8).contains("\tat "), captured::toString);
  }
}
