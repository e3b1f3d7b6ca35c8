package dev.distlint.settings;

import dev.distlint.base.Severity;
import java.util.Map;

/**
 * A rule's settings. {@code enabled} null means "as default"; {@code severity} null means the
 * doc's default severity.
 */
public record RuleSetting(Boolean enabled, Severity severity, Map<String, Object> params) {
  public static final RuleSetting DEFAULT = new RuleSetting(null, null, Map.of());

  /** This setting with {@code over}'s non-null fields on top. */
  public RuleSetting overriddenBy(RuleSetting over) {
    Map<String, Object> p = new java.util.LinkedHashMap<>(params);
    p.putAll(over.params);
    return new RuleSetting(over.enabled != null ? over.enabled : enabled,
        over.severity != null ? over.severity : severity, Map.copyOf(p));
  }
}
