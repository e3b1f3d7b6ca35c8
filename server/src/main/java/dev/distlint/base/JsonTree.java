package dev.distlint.base;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain data (mappings, lists, strings, booleans, whole and decimal numbers, nulls) written as
 * JSON and read back with each value's type: a whole number comes back an {@code Integer} when
 * it fits one, else a {@code Long}, as a YAML reader gives it. The build keeps the YAML resources
 * read at every start in this form, which reads several times faster than the YAML.
 */
public final class JsonTree {
  private JsonTree() {
  }

  /** The JSON of {@code tree}, checked to read back equal ({@code what} names it if not). */
  public static String write(Object tree, String what) {
    String json = new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(tree);
    Object back = read(json);
    if (!java.util.Objects.equals(tree, back)) {
      throw new IllegalStateException(what + " does not read back equal from JSON: "
          + difference(tree, back));
    }
    return json;
  }

  /** The first entry of two unequal trees that differs, named by its path of keys. */
  private static String difference(Object a, Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        if (!java.util.Objects.equals(e.getValue(), mb.get(e.getKey()))) {
          return e.getKey() + ": " + difference(e.getValue(), mb.get(e.getKey()));
        }
      }
    }
    return a + " (" + (a == null ? "null" : a.getClass().getSimpleName()) + ") read back as "
        + b + " (" + (b == null ? "null" : b.getClass().getSimpleName()) + ")";
  }

  /** The value of {@code json}: maps keep their order. */
  public static Object read(String json) {
    return value(JsonParser.parseString(json));
  }

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
      List<Object> l = new ArrayList<>(a.size());
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
}
