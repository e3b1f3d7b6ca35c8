package dev.distlint.rules.suppression;

import dev.distlint.lint.RuleContext;
import dev.distlint.lint.SuppressionAudit;
import dev.distlint.lint.Suppressions;
import java.util.function.Predicate;

/**
 * A suppression whose {@code until=} date has passed (it silences nothing any more), or whose
 * date cannot be read (it never expires).
 */
public final class SuppressionExpired implements SuppressionAudit {
  @Override
  public String id() {
    return "suppression-expired";
  }

  @Override
  public void audit(RuleContext ctx, Suppressions s, Predicate<String> ran) {
    for (Suppressions.Entry e : s.entries()) {
      if (s.expired(e)) {
        ctx.report(e.untilRange(), "This suppression expired on " + e.until()
            + "; the findings it silenced are reported again. Fix them, or extend the date.");
      } else if (e.badUntil() != null) {
        ctx.report(e.untilRange(), "'" + e.badUntil() + "' is not a date in the form "
            + "YYYY-MM-DD, so this suppression never expires.");
      }
    }
  }
}
