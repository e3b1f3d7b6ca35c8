package dev.distlint.rules.suppression;

import dev.distlint.base.Fix;
import dev.distlint.lint.RuleContext;
import dev.distlint.lint.SuppressionAudit;
import dev.distlint.lint.Suppressions;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** A suppression naming a rule id that does not exist, with the id most likely meant. */
public final class SuppressionUnknownRule implements SuppressionAudit {
  private final Predicate<String> known;
  private final Function<String, Optional<String>> nearest;

  public SuppressionUnknownRule(Predicate<String> known,
      Function<String, Optional<String>> nearest) {
    this.known = known;
    this.nearest = nearest;
  }

  @Override
  public String id() {
    return "suppression-unknown-rule";
  }

  @Override
  public void audit(RuleContext ctx, Suppressions s, Predicate<String> ran) {
    for (Suppressions.Entry e : s.entries()) {
      for (Suppressions.Id id : e.foreign() ? List.<Suppressions.Id>of() : e.ids()) {
        if (known.test(id.id())) {
          continue;
        }
        Optional<String> near = nearest.apply(id.id());
        var report = ctx.at(id.range(), "Unknown rule '" + id.id() + "' in a suppression"
            + near.map(n -> "; did you mean '" + n + "'?").orElse(": it silences nothing."));
        near.ifPresent(n -> report.fix(new Fix("Replace with " + n,
            List.of(new Fix.FileEdit(ctx.file().path(), id.range(), n)), false)));
        report.emit();
      }
    }
  }
}
