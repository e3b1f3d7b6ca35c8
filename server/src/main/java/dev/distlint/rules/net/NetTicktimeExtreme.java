package dev.distlint.rules.net;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.Severity;
import dev.distlint.facts.KernelParams;
import dev.distlint.facts.KernelParams.KernelParam;

/** Failure-detection timing far from the default: too eager or too slow. */
public final class NetTicktimeExtreme implements Rule {
  @Override
  public String id() {
    return "net-ticktime-extreme";
  }

  @Override
  public void check(RuleContext ctx) {
    for (KernelParam p : ctx.file().view(KernelParams.VIEW)) {
      if (p.number().isEmpty()) {
        continue;
      }
      long v = p.number().getAsLong();
      if (p.is("net_ticktime") && v < 10) {
        ctx.at(p.valueRange(), "net_ticktime " + v + " declares a peer down after roughly " + v
            + " s without traffic; GC pauses or brief packet loss will drop connections.")
            .severity(v < 5 ? Severity.WARNING : Severity.HINT).emit();
      } else if (p.is("net_ticktime") && v > 120) {
        ctx.report(p.valueRange(), "net_ticktime " + v + " keeps a dead peer connected for up to "
            + (v + v / 4) + " s; calls to it hang that long.");
      } else if (p.is("net_tickintensity") && v > 20) {
        ctx.report(p.valueRange(), "net_tickintensity " + v + " sends " + v
            + " ticks per tick time to every peer; the default is 4.");
      }
    }
  }
}
