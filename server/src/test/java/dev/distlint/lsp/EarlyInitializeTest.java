package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.distlint.base.PositionEncoding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The answer to {@code initialize} sent before the JSON-RPC library is set up: the same answer
 * the library would send, sent once, with the server set from the same parameters.
 */
@Timeout(60)
class EarlyInitializeTest {
  private static final String HOVER = "{\"textDocument\":{\"uri\":\"file:///w/k8s/a.yaml\"},"
      + "\"position\":{\"line\":0,\"character\":0}}";

  /** What the library writes for the server's own result, as a JSON tree. */
  private static JsonElement libraryResult(PositionEncoding encoding) {
    return JsonParser.parseString(new MessageJsonHandler(Map.of()).getGson()
        .toJson(Capabilities.result(encoding)));
  }

  private static List<JsonObject> withId(RawLsp s, String id) {
    return s.received.stream()
        .filter(m -> m.has("id") && !m.has("method") && m.get("id").toString().equals(id))
        .toList();
  }

  @Test
  void theBuildWroteTheResultTheLibraryWouldWrite() throws Exception {
    for (PositionEncoding e : PositionEncoding.values()) {
      String json = EarlyInitialize.resultJson(e);
      assertNotNull(json, "the build writes " + EarlyInitialize.RESOURCE);
      assertEquals(libraryResult(e), JsonParser.parseString(json));
    }
  }

  @Test
  void theFirstInitializeIsAnsweredOnceAndAppliedToTheServer() throws Exception {
    String[][] cases = {
        // params, expected encoding
        {"{\"capabilities\":{}}", "utf-16"},
        {"{}", "utf-16"},
        {"{\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-16\"]}}}", "utf-16"},
        {"{\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-32\",\"utf-8\"]}},"
            + "\"rootUri\":\"file:///work/shop\"}", "utf-8"},
        {"{\"capabilities\":{\"general\":null}}", "utf-16"},
    };
    for (String[] c : cases) {
      try (RawLsp s = new RawLsp()) {
        s.request(7, "initialize", c[0]);
        JsonObject answer = s.response(7);
        assertFalse(answer.has("error"), answer::toString);
        assertEquals(libraryResult(PositionEncoding.fromWire(c[1])), answer.get("result"),
            c[0]);
        s.notify("initialized", "{}");
        s.request(8, "textDocument/hover", HOVER);
        JsonObject hover = s.response(8);
        assertFalse(hover.has("error"), hover::toString);
        assertEquals(1, withId(s, "7").size(), () -> "one answer to initialize: " + s.received);
        assertEquals(c[1], s.impl.state().encoding().wireName());
        if (c[0].contains("rootUri")) {
          assertEquals(List.of(Path.of("/work/shop")), s.impl.state().roots());
        }
        s.request(9, "initialize", "{}");
        assertEquals(-32600, s.response(9).getAsJsonObject("error").get("code").getAsInt());
      }
    }
  }

  @Test
  void aStringIdIsAnsweredWithTheSameString() throws Exception {
    try (RawLsp s = new RawLsp()) {
      s.send("{\"jsonrpc\":\"2.0\",\"id\":\"first \\\"one\\\"\",\"method\":\"initialize\","
          + "\"params\":{\"capabilities\":{}}}");
      s.notify("initialized", "{}");
      s.request(2, "textDocument/hover", HOVER);
      assertFalse(s.response(2).has("error"));
      List<JsonObject> answers = withId(s, "\"first \\\"one\\\"\"");
      assertEquals(1, answers.size(), () -> s.received.toString());
      assertEquals(libraryResult(PositionEncoding.UTF16), answers.get(0).get("result"));
    }
  }

  @Test
  void parametersTheLibraryCannotReadStillLeaveARunningServer() throws Exception {
    // Answered early (the encodings are readable); the library then fails on the rest, its
    // error is logged instead of sent, and the server runs with its defaults.
    try (RawLsp s = new RawLsp()) {
      s.request(1, "initialize", "{\"capabilities\":{\"textDocument\":5}}");
      assertFalse(s.response(1).has("error"));
      s.notify("initialized", "{}");
      s.request(2, "textDocument/hover", HOVER);
      JsonObject hover = s.response(2);
      assertFalse(hover.has("error"), hover::toString);
      assertEquals(1, withId(s, "1").size(), () -> s.received.toString());
    }
  }

  @Test
  void shapesTheLibraryMightReadOtherwiseAreLeftToIt() {
    assertNull(EarlyInitialize.id(JsonParser.parseString("1.5")));
    assertNull(EarlyInitialize.id(JsonParser.parseString("12345678901")));
    assertNull(EarlyInitialize.id(JsonParser.parseString("null")));
    assertNull(EarlyInitialize.id(null));
    assertNull(EarlyInitialize.id(JsonParser.parseString("[1]")));
    assertEquals("-3", EarlyInitialize.id(JsonParser.parseString("-3")));
    assertEquals("\"a\"", EarlyInitialize.id(JsonParser.parseString("\"a\"")));
    for (String params : List.of("null", "[]", "5", "{\"capabilities\":[]}",
        "{\"capabilities\":{\"general\":3}}",
        "{\"capabilities\":{\"general\":{\"positionEncodings\":\"utf-8\"}}}",
        "{\"capabilities\":{\"general\":{\"positionEncodings\":[8]}}}")) {
      assertNull(EarlyInitialize.offeredEncodings(JsonParser.parseString(params)), params);
    }
    assertNull(EarlyInitialize.offeredEncodings(null));
    assertEquals(List.of("utf-8"), EarlyInitialize.offeredEncodings(JsonParser.parseString(
        "{\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-8\"]}}}")));
  }

  @Test
  void aFirstInitializeLeftToTheLibraryIsAnsweredOnceByIt() throws Exception {
    try (RawLsp s = new RawLsp()) {
      s.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":"
          + "{\"capabilities\":{\"general\":{\"positionEncodings\":\"utf-8\"}}}}");
      JsonObject answer = s.response(3);
      s.request(4, "initialize", "{\"capabilities\":{}}");
      JsonObject second = s.response(4);
      // Whatever the library made of the odd parameters, exactly one initialize succeeded.
      assertTrue(answer.has("error") != second.has("error"), () -> s.received.toString());
      assertEquals(1, withId(s, "3").size());
      s.notify("initialized", "{}");
      s.request(5, "textDocument/hover", HOVER);
      JsonObject hover = s.response(5);
      assertFalse(hover.has("error"), hover::toString);
    }
  }
}
