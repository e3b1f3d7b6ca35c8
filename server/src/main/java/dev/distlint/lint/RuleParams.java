package dev.distlint.lint;

import java.util.Map;

/** Parameters for one rule from the settings, with typed accessors and defaults. */
public record RuleParams(Map<String, Object> values) {
  public static final RuleParams NONE = new RuleParams(Map.of());

  public long longValue(String key, long dflt) {
    Object v = values.get(key);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return dflt;
      }
    }
    return dflt;
  }

  public String string(String key, String dflt) {
    Object v = values.get(key);
    return v == null ? dflt : v.toString();
  }
}
