package dev.distlint.rules.dist;

import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** TLS distribution selected without any TLS options for it. */
public final class DistTlsMissingOptions implements Rule {
  private static final Fact<Boolean> HAS_TLS_OPTIONS =
      Fact.of("dist-tls-options", DistTlsMissingOptions::computeHasTlsOptions);
  @Override
  public String id() {
    return "dist-tls-missing-options";
  }

  @Override
  public void check(RuleContext ctx) {
    for (VmFlag f : flags(ctx.file())) {
      String carrier = f.arg(0).map(t -> t.value()).orElse("");
      if (f.name().equals("-proto_dist") && carrier.endsWith("_tls")
          && !hasTlsOptions(ctx.workspace())) {
        ctx.report(f.range(), "-proto_dist " + carrier + " is set but no -ssl_dist_optfile or "
            + "-ssl_dist_opt gives it certificates: nodes cannot connect.");
      }
    }
  }

  /** The VM flags of a vm.args file, or of the flag variables of an env script. */
  static List<VmFlag> flags(ParsedFile f) {
    List<VmFlag> out = new ArrayList<>(f.view(ReleaseViews.VM_ARGS).flags());
    out.addAll(f.view(ReleaseViews.ENV_SH).vmFlags());
    return out;
  }

  private static boolean hasTlsOptions(Workspace ws) {
    return HAS_TLS_OPTIONS.in(ws);
  }

  private static boolean computeHasTlsOptions(Workspace w) {
    for (ParsedFile f : w.filesOf(FileKind.VMARGS, FileKind.ENVSH)) {
      for (VmFlag flag : flags(f)) {
        if (flag.name().equals("-ssl_dist_optfile") || flag.name().equals("-ssl_dist_opt")) {
          return true;
        }
      }
    }
    return false;
  }
}
