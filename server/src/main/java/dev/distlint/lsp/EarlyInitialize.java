package dev.distlint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.distlint.base.PositionEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;

/**
 * Answers the client's first message, when it is a well-formed {@code initialize}, before the
 * JSON-RPC library is set up. Building LSP4J's launcher (reflection over every service method)
 * and reading the client's capabilities into its classes takes longer than the JVM's own start
 * on a small machine, and the answer needs neither: it depends only on the position encodings
 * the client offers.
 *
 * <p>The message is not consumed: the library reads it next and the server handles it as usual,
 * so its state is set from the same parameters as before; {@link Lifecycle} admits it once more
 * and drops the library's response, which was already sent. A first message of any other shape
 * (not JSON, another method, an id or parameters the library would not read the same way) is
 * left to the library alone.
 */
final class EarlyInitialize {
  static final String RESOURCE = "/dev/distlint/lsp/initialize-result.json";
  private static final String ENCODING_MARKER = "@position-encoding@";

  private EarlyInitialize() {
  }

  /**
   * Sends the response to the first message if it is an {@code initialize} this class can
   * answer; returns its id as written in the response, or null when nothing was sent.
   */
  static String answer(ProtocolInput in, OutputStream out) throws IOException {
    byte[] body = in.peekBody();
    if (body == null) {
      return null;
    }
    JsonObject request = request(body);
    if (request == null) {
      return null;
    }
    String id = id(request.get("id"));
    List<String> offered = offeredEncodings(request.get("params"));
    if (id == null || offered == null) {
      return null;
    }
    String result = resultJson(Capabilities.encoding(offered));
    if (result == null) {
      return null;
    }
    // Strings are joined with StringBuilder here, not with +: a JVM's first + sets up the
    // invokedynamic machinery behind it, which took 40-50 ms before the answer (measured).
    byte[] json = new StringBuilder(result.length() + 64).append("{\"jsonrpc\":\"2.0\",\"id\":")
        .append(id).append(",\"result\":").append(result).append('}').toString()
        .getBytes(StandardCharsets.UTF_8);
    out.write(ProtocolInput.header(json.length));
    out.write(json);
    out.flush();
    return id;
  }

  /**
   * The result for {@code encoding}, from the JSON the build wrote with the library's own
   * serializer ({@link #main}); null when the jar has none (a build that skipped the step).
   */
  static String resultJson(PositionEncoding encoding) throws IOException {
    try (InputStream in = EarlyInitialize.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String marker = "\"" + ENCODING_MARKER + "\"";
      return json.contains(marker)
          ? json.replace(marker, new StringBuilder().append('"').append(encoding.wireName())
              .append('"')) : null;
    }
  }

  /** The result as the library writes it, the position encoding left as a marker. */
  static String serializedResult() {
    InitializeResult result = Capabilities.result(PositionEncoding.UTF16);
    result.getCapabilities().setPositionEncoding(ENCODING_MARKER);
    return new MessageJsonHandler(Map.of()).getGson().toJson(result);
  }

  /**
   * Writes the result JSON into the class folder given as the argument; the build runs this
   * after compiling (Gson reading dozens of LSP4J classes by reflection takes about 60 ms on a
   * cold JVM, which would otherwise come before every answer to initialize).
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(out.getParent());
    Files.writeString(out, serializedResult(), StandardCharsets.UTF_8);
  }

  /** The message as a JSON object when it is an {@code initialize} request, else null. */
  private static JsonObject request(byte[] body) {
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError notJson) {
      return null;
    }
    if (!parsed.isJsonObject()) {
      return null;
    }
    JsonObject msg = parsed.getAsJsonObject();
    JsonElement method = msg.get("method");
    JsonElement version = msg.get("jsonrpc");
    boolean isInitialize = method != null && method.isJsonPrimitive()
        && method.getAsJsonPrimitive().isString() && method.getAsString().equals("initialize");
    boolean v2 = version == null
        || version.isJsonPrimitive() && version.getAsString().equals("2.0");
    return isInitialize && v2 ? msg : null;
  }

  /**
   * The request id as the library writes it back: a string, or a number it reads as an
   * {@code int}. Null for anything else (left to the library).
   */
  static String id(JsonElement id) {
    if (id == null || !id.isJsonPrimitive()) {
      return null;
    }
    JsonPrimitive p = id.getAsJsonPrimitive();
    if (p.isString()) {
      return p.toString();
    }
    if (p.isNumber()) {
      String text = p.getAsString();
      if (text.matches("-?[0-9]{1,10}")) {
        long v = Long.parseLong(text);
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
          return Long.toString(v);
        }
      }
    }
    return null;
  }

  /**
   * {@code params.capabilities.general.positionEncodings}: empty when a level is missing or
   * null, null when the parameters have a shape the library might read otherwise or refuse.
   */
  static List<String> offeredEncodings(JsonElement params) {
    if (params == null || !params.isJsonObject()) {
      return null;
    }
    JsonElement capabilities = params.getAsJsonObject().get("capabilities");
    if (capabilities == null || capabilities.isJsonNull()) {
      return List.of();
    }
    if (!capabilities.isJsonObject()) {
      return null;
    }
    JsonElement general = capabilities.getAsJsonObject().get("general");
    if (general == null || general.isJsonNull()) {
      return List.of();
    }
    if (!general.isJsonObject()) {
      return null;
    }
    JsonElement encodings = general.getAsJsonObject().get("positionEncodings");
    if (encodings == null || encodings.isJsonNull()) {
      return List.of();
    }
    if (!encodings.isJsonArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonElement e : (JsonArray) encodings) {
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
        return null;
      }
      out.add(e.getAsString());
    }
    return out;
  }
}
