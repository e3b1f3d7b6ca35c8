package dev.distlint.catalogue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The front matter of every rule doc, read from the docs' YAML once by the build ({@link #main})
 * and kept as one JSON resource. Every run of distlint needs the front matter of every rule;
 * reading it from 100 Markdown files with a YAML parser took about a fifth of a second of
 * processor time at each start, and this index is read in a few milliseconds. Values keep the
 * types the YAML reader gives (strings, booleans, integers, decimals, lists, mappings): the build
 * checks that each doc's front matter reads back equal from the index.
 */
final class FrontMatterIndex {
  static final String RESOURCE = "rules/front-matter.json";

  private FrontMatterIndex() {
  }

  /** The index in the jar, by rule id; empty when the build did not write it. */
  static Map<String, Map<String, Object>> read() {
    try (InputStream in = FrontMatterIndex.class.getClassLoader()
        .getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> fromJson(String json) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    JsonObject all = JsonParser.parseString(json).getAsJsonObject();
    for (Map.Entry<String, JsonElement> e : all.entrySet()) {
      out.put(e.getKey(), (Map<String, Object>) value(e.getValue()));
    }
    return out;
  }

  /** A JSON value as the YAML reader gives the same value. */
  private static Object value(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e instanceof JsonObject o) {
      Map<String, Object> m = new LinkedHashMap<>();
      o.entrySet().forEach(x -> m.put(x.getKey(), value(x.getValue())));
      return m;
    }
    if (e instanceof JsonArray a) {
      List<Object> l = new ArrayList<>();
      a.forEach(x -> l.add(value(x)));
      return l;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    if (p.isString()) {
      return p.getAsString();
    }
    String n = p.getAsString();
    if (n.matches("-?[0-9]+")) {
      long v = Long.parseLong(n);
      return v == (int) v ? (Object) (int) v : (Object) v;
    }
    return Double.parseDouble(n);
  }

  /**
   * Writes the index of the docs under {@code <classes>/rules} into that folder; the build runs
   * it after copying the resources. A doc without the plain front-matter block is left out (it
   * is read from its Markdown as before); a doc whose front matter would not read back equal
   * fails the build.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Map<String, Map<String, Object>> index = new TreeMap<>();
    try (Stream<Path> docs = Files.walk(classes.resolve("rules"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String block = RuleDocs.plainFrontMatter(Files.readString(doc, StandardCharsets.UTF_8));
        if (block == null) {
          continue;
        }
        Map<String, Object> data = RuleDocs.frontMatter(block);
        Object id = data.get("id");
        if (id != null) {
          index.put(String.valueOf(id), data);
        }
      }
    }
    String json = new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(index);
    Map<String, Map<String, Object>> back = fromJson(json);
    for (Map.Entry<String, Map<String, Object>> e : index.entrySet()) {
      if (!e.getValue().equals(back.get(e.getKey()))) {
        throw new IllegalStateException("the front matter of " + e.getKey()
            + " does not read back equal from JSON: " + e.getValue() + " / "
            + back.get(e.getKey()));
      }
    }
    Files.writeString(classes.resolve(RESOURCE), json, StandardCharsets.UTF_8);
  }
}
