package dev.distlint.lint;

import java.util.function.Predicate;

/**
 * A rule about the suppressions of a file rather than its content. It runs after the other
 * rules, once the linter knows which suppressions silenced a finding; {@link #check} reports
 * nothing.
 */
public interface SuppressionAudit extends Rule {
  /**
   * Reports on {@code suppressions}; {@code ran} tells whether a rule id ran on this file (known
   * and enabled), so a suppression of a rule switched off is not called unused.
   */
  void audit(RuleContext ctx, Suppressions suppressions, Predicate<String> ran);

  @Override
  default void check(RuleContext ctx) {
    // Nothing to judge before the other rules ran; the linter calls audit() afterwards.
  }
}
