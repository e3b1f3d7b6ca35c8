package dev.distlint.lint;

import dev.distlint.catalogue.RuleDoc;
import java.util.Map;

/**
 * One rule's parameters: the values set in the settings, checked against the declarations in
 * the rule's doc ({@code params:}), which also give the defaults. A value of the wrong type or
 * outside the declared range falls back to the default (the settings check reports it).
 */
public record RuleParams(Map<String, Object> values, Map<String, RuleDoc.Param> declared) {
  public RuleParams {
    values = values == null ? Map.of() : values;
    declared = Map.copyOf(declared);
  }

  /** The value of an integer parameter; asking for one the doc does not declare is a bug. */
  public long longValue(String key) {
    return ((Number) value(key, "integer")).longValue();
  }

  /** The value of a string parameter. */
  public String string(String key) {
    return (String) value(key, "string");
  }

  private Object value(String key, String type) {
    RuleDoc.Param p = declared.get(key);
    if (p == null || !p.type().equals(type)) {
      throw new IllegalArgumentException("no " + type + " parameter '" + key + "' in the doc");
    }
    Object v = values.get(key);
    return v != null && p.accepts(v) ? v : p.defaultValue();
  }
}
