package dev.distlint.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the {@code params:} of a rule doc's front matter into typed declarations. */
final class RuleParamSpecs {
  private static final Set<String> TYPES = Set.of("integer", "string", "boolean");
  private static final Set<String> KEYS = Set.of("type", "default", "min", "max", "doc");

  private RuleParamSpecs() {
  }

  static Map<String, RuleDoc.Param> read(String id, Object params) {
    if (params == null) {
      return Map.of();
    }
    if (!(params instanceof Map<?, ?> map)) {
      throw bad(id, "params is not a mapping");
    }
    Map<String, RuleDoc.Param> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = String.valueOf(e.getKey());
      if (!(e.getValue() instanceof Map<?, ?> spec) || !KEYS.containsAll(keys(spec))) {
        throw bad(id, "param " + name + " must be a mapping of " + KEYS);
      }
      String type = String.valueOf(spec.get("type"));
      if (!TYPES.contains(type) || spec.get("default") == null || spec.get("doc") == null) {
        throw bad(id, "param " + name + " needs a type of " + TYPES + ", a default and a doc");
      }
      RuleDoc.Param p = new RuleDoc.Param(name, type, spec.get("default"), number(spec.get("min")),
          number(spec.get("max")), String.valueOf(spec.get("doc")));
      if (!p.accepts(p.defaultValue())) {
        throw bad(id, "param " + name + " has a default outside its type or range");
      }
      out.put(name, p);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Set<String> keys(Map<?, ?> m) {
    Set<String> s = new java.util.HashSet<>();
    m.keySet().forEach(k -> s.add(String.valueOf(k)));
    return s;
  }

  private static Long number(Object v) {
    return v instanceof Number n ? n.longValue() : null;
  }

  private static IllegalStateException bad(String id, String why) {
    return new IllegalStateException("rule doc " + id + ": " + why);
  }
}
