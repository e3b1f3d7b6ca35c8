package dev.distlint.rules.suppression;

import dev.distlint.lint.RuleContext;
import dev.distlint.lint.SuppressionAudit;
import dev.distlint.lint.Suppressions;
import java.util.function.Predicate;

/** Opt-in: a suppression that does not say why ({@code -- reason}, or an annotation's value). */
public final class SuppressionWithoutReason implements SuppressionAudit {
  @Override
  public String id() {
    return "suppression-without-reason";
  }

  @Override
  public boolean enabledByDefault() {
    return false;
  }

  @Override
  public void audit(RuleContext ctx, Suppressions s, Predicate<String> ran) {
    for (Suppressions.Entry e : s.entries()) {
      if (!e.foreign() && e.reason() == null) {
        ctx.report(e.range(), "Suppression without a reason; say why after ' -- ' so the next "
            + "reader can judge whether it still holds.");
      }
    }
  }
}
