package dev.distlint.rules.suppression;

import dev.distlint.lint.RuleContext;
import dev.distlint.lint.SuppressionAudit;
import dev.distlint.lint.Suppressions;
import java.util.function.Predicate;

/** A suppression that silenced nothing: the finding it was written for is gone. */
public final class SuppressionUnused implements SuppressionAudit {
  @Override
  public String id() {
    return "suppression-unused";
  }

  @Override
  public void audit(RuleContext ctx, Suppressions s, Predicate<String> ran) {
    for (Suppressions.Entry e : s.entries()) {
      if (e.foreign() || s.expired(e)) {
        continue;
      }
      if (e.all() && !s.used(e, null)) {
        ctx.report(e.range(), "This suppression silences no finding; remove it.");
      }
      for (Suppressions.Id id : e.ids()) {
        if (ran.test(id.id()) && !id.id().startsWith("suppression-") && !s.used(e, id.id())) {
          ctx.report(id.range(), "Suppression of " + id.id() + " silences no finding here; "
              + "remove it.");
        }
      }
    }
  }
}
