package dev.distlint.rules.global;

import dev.distlint.facts.code.GlobalUsers;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.facts.KernelParams;
import dev.distlint.facts.KernelParams.KernelParam;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.vmargs.VmFlag;

/** {@code connect_all false} while code relies on global's cluster-wide names or locks. */
public final class GlobalConnectAllDisabledWithGlobalUsers implements Rule {
  @Override
  public String id() {
    return "global-connect-all-disabled-with-global-users";
  }

  @Override
  public void check(RuleContext ctx) {
    String use = null;
    for (KernelParam p : ctx.file().view(KernelParams.VIEW)) {
      if (p.is("connect_all") && "false".equals(p.value())) {
        use = use == null ? GlobalUsers.firstUse(ctx.workspace()) : use;
        report(ctx, p.range(), use);
      }
    }
    for (VmFlag f : ctx.file().view(ReleaseViews.VM_ARGS).flags("-connect_all")) {
      if (f.arg(0).map(t -> t.value().equals("false")).orElse(false)) {
        use = use == null ? GlobalUsers.firstUse(ctx.workspace()) : use;
        report(ctx, f.range(), use);
      }
    }
  }

  private static void report(RuleContext ctx, TextRange range, String use) {
    if (use != null) {
      ctx.report(range, "connect_all is false while the code relies on :global (" + use
          + "): global only keeps names and locks unique with connect_all on.");
    }
  }
}
