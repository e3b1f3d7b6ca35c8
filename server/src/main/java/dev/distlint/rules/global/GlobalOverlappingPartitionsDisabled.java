package dev.distlint.rules.global;

import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.KernelParams;
import dev.distlint.facts.KernelParams.KernelParam;
import dev.distlint.facts.KernelParams;
import dev.distlint.facts.KernelParams.KernelParam;
import java.util.List;

/** {@code prevent_overlapping_partitions} turned off, which lets global's name table diverge. */
public final class GlobalOverlappingPartitionsDisabled implements Rule {
  @Override
  public String id() {
    return "global-overlapping-partitions-disabled";
  }

  @Override
  public void check(RuleContext ctx) {
    for (KernelParam p : ctx.file().view(KernelParams.VIEW)) {
      if (p.is("prevent_overlapping_partitions") && "false".equals(p.value())) {
        ctx.at(p.range(), "prevent_overlapping_partitions is false: global no longer cuts "
            + "links to nodes that lost peers, so overlapping partitions can leave its name "
            + "table inconsistent.").fix(new Fix("Set prevent_overlapping_partitions to true",
                List.of(new Fix.FileEdit(p.path(), p.valueRange(), "true")), true)).emit();
      }
    }
  }
}
