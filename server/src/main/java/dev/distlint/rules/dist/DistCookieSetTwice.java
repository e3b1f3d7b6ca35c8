package dev.distlint.rules.dist;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.ReleaseScript;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.vmargs.VmFlag;
import java.util.List;

/**
 * {@code -setcookie} in the vm.args or the flag variables of a Mix release, whose start script
 * already passes {@code --cookie "$RELEASE_COOKIE"}: with two cookies the VM keeps neither.
 */
public final class DistCookieSetTwice implements Rule {
  @Override
  public String id() {
    return "dist-cookie-set-twice";
  }

  @Override
  public void check(RuleContext ctx) {
    if (!ReleaseScript.isMixRelease(ctx.workspace())) {
      return;
    }
    List<VmFlag> flags = switch (ctx.file().kind()) {
      case VMARGS -> ctx.file().view(ReleaseViews.VM_ARGS).flags("-setcookie");
      case ENVSH -> ctx.file().view(ReleaseViews.ENV_SH).vmFlags("-setcookie");
      default -> List.of();
    };
    for (VmFlag f : flags) {
      if (f.args().size() != 1) {
        continue;
      }
      String where = ctx.file().kind() == FileKind.VMARGS ? "vm.args" : "these VM flags";
      ctx.report(f.nameRange(), "-setcookie in " + where + " is a second cookie beside the"
          + " --cookie the release start script passes from RELEASE_COOKIE; with two, the VM"
          + " uses neither and falls back to ~/.erlang.cookie. Set RELEASE_COOKIE instead.");
    }
  }
}
