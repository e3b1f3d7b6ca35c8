package dev.distlint.rules.dist;

import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.Severity;
import dev.distlint.facts.KernelParams;
import dev.distlint.facts.KernelParams.KernelParam;
import java.util.List;

/**
 * A distribution listener range that is reversed or half set. The counterpart may be set in
 * another file (vm.args and {@code config :kernel} both feed the kernel's environment).
 */
public final class DistListenRangeInvalid implements Rule {
  static final String MIN = "inet_dist_listen_min";
  static final String MAX = "inet_dist_listen_max";

  @Override
  public String id() {
    return "dist-listen-range-invalid";
  }

  @Override
  public void check(RuleContext ctx) {
    List<KernelParam> mine = ctx.file().view(KernelParams.VIEW);
    KernelParam min = last(mine, MIN);
    KernelParam max = last(mine, MAX);
    if (min == null && max == null) {
      return;
    }
    KernelParam otherMin = min != null ? min : last(KernelParams.all(ctx.workspace()), MIN);
    KernelParam otherMax = max != null ? max : last(KernelParams.all(ctx.workspace()), MAX);
    if (otherMin == null) {
      ctx.report(max.range(), MAX + " is set without " + MIN
          + ": the kernel ignores it and listens on a random port.");
    } else if (otherMax == null) {
      ctx.at(min.range(), MIN + " is set without " + MAX + ": the node listens on port "
          + (min.value() == null ? "" : min.value() + " ") + "only.")
          .severity(Severity.INFO).emit();
    } else if (otherMin.number().isPresent() && otherMax.number().isPresent()
        && otherMin.number().getAsLong() > otherMax.number().getAsLong()) {
      KernelParam at = min != null ? min : max;
      var r = ctx.at(at.range(), MIN + " " + otherMin.value() + " is greater than " + MAX + " "
          + otherMax.value() + ": the distribution listener cannot bind and the node does "
          + "not start distributed.").severity(Severity.ERROR);
      if (min != null && max != null) {
        r.fix(new Fix("Swap " + MIN + " and " + MAX, List.of(
            new Fix.FileEdit(min.path(), min.valueRange(), max.value()),
            new Fix.FileEdit(max.path(), max.valueRange(), min.value())), true));
      }
      r.emit();
    }
  }

  private static KernelParam last(List<KernelParam> params, String key) {
    KernelParam found = null;
    for (KernelParam p : params) {
      if (p.is(key)) {
        found = p;
      }
    }
    return found;
  }
}
