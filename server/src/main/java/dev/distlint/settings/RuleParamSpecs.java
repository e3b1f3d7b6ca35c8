package dev.distlint.settings;

import dev.distlint.knowledge.ValueRange;
import java.util.Map;

/**
 * The parameters rules accept in settings ({@code rules: {id: {params: {...}}}}), with the range
 * of values each takes. A parameter not listed here is reported as unknown.
 */
final class RuleParamSpecs {
  private static final Map<String, Map<String, ValueRange>> BY_RULE = Map.of(
      "identical-timeouts-everywhere", Map.of("min-workloads", new ValueRange(2L, 100_000L)),
      "k8s-probe-timing-vs-boot", Map.of("min-seconds", new ValueRange(1L, 86_400L)));

  private RuleParamSpecs() {
  }

  /** Parameter names of a rule and their ranges; empty for a rule without parameters. */
  static Map<String, ValueRange> of(String ruleId) {
    return BY_RULE.getOrDefault(ruleId, Map.of());
  }
}
