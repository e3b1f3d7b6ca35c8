package dev.distlint.rules.net;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.KernelParams;
import dev.distlint.facts.KernelParams.KernelParam;

/** {@code net_setuptime} above the kernel's silent limit of 120 seconds. */
public final class NetSetuptimeTooHigh implements Rule {
  static final long LIMIT = 120;

  @Override
  public String id() {
    return "net-setuptime-too-high";
  }

  @Override
  public void check(RuleContext ctx) {
    for (KernelParam p : ctx.file().view(KernelParams.VIEW)) {
      if (p.is("net_setuptime") && p.number().isPresent() && p.number().getAsLong() > LIMIT) {
        ctx.report(p.valueRange(), "net_setuptime " + p.number().getAsLong()
            + " is above 120; the kernel uses 120 instead.");
      }
    }
  }
}
