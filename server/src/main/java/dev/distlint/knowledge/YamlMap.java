package dev.distlint.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed reads over one mapping produced by snakeyaml's safe constructor. */
final class YamlMap {

  private final Map<?, ?> map;
  private final String where;

  private YamlMap(Map<?, ?> map, String where) {
    this.map = map;
    this.where = where;
  }

  static YamlMap of(Object node, String where) {
    if (!(node instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(where + ": expected a mapping");
    }
    Object name = m.containsKey("name") ? m.get("name") : m.get("id");
    return new YamlMap(m, name == null ? where : where + " '" + name + "'");
  }

  void onlyFields(Set<String> allowed) {
    for (Object field : map.keySet()) {
      if (!allowed.contains(String.valueOf(field))) {
        throw new IllegalArgumentException(where + ": unknown field '" + field + "'");
      }
    }
  }

  Object raw(String field) {
    return map.get(field);
  }

  /** A scalar as text (numbers and booleans included), or null when absent. */
  String text(String field) {
    Object value = map.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a scalar");
    }
    return String.valueOf(value);
  }

  String required(String field) {
    String value = text(field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(where + ": missing '" + field + "'");
    }
    return value;
  }

  boolean flag(String field, boolean fallback) {
    Object value = map.get(field);
    return value == null ? fallback : Boolean.TRUE.equals(value);
  }

  List<?> list(String field) {
    Object value = map.get(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a list");
    }
    return list;
  }

  List<String> texts(String field) {
    return list(field).stream().map(String::valueOf).toList();
  }

  List<YamlMap> maps(String field) {
    List<YamlMap> maps = new ArrayList<>();
    for (Object item : list(field)) {
      maps.add(of(item, where + "." + field));
    }
    return maps;
  }
}
