package dev.distlint.rules.release;

import dev.distlint.facts.Fact;
import dev.distlint.facts.edits.TextEdits;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.facts.discovery.LongNameDiscovery;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.NodeNaming;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;

/** Nodes start with short names while discovery connects to long names. */
public final class ReleaseLongnamesRequired implements Rule {
  private static final Fact<Boolean> NAME_IN_FLAGS =
      Fact.of("release-longnames-required.name-in-flags", ReleaseLongnamesRequired::computeNameInFlags);
  @Override
  public String id() {
    return "release-longnames-required";
  }

  @Override
  public void check(RuleContext ctx) {
    ParsedFile f = ctx.file();
    Workspace ws = ctx.workspace();
    if (f.kind() != FileKind.ENVSH && f.kind() != FileKind.VMARGS) {
      return;
    }
    List<LongNameDiscovery> discovery = LongNameDiscovery.of(ws);
    NodeNaming.Naming naming = NodeNaming.of(ws);
    if (discovery.isEmpty() || naming.longNames() || nameInFlags(ws)) {
      return;
    }
    LongNameDiscovery why = discovery.get(0);
    NodeNaming.Setting dist = naming.distribution();
    ParsedFile envSh = Setup.envSh(ws);
    RuleContext.Report report;
    if (dist != null) {
      if (!dist.path().equals(f.path()) || !dist.value().equals("sname")) {
        return;
      }
      boolean vmArgs = f.kind() == FileKind.VMARGS;
      report = ctx.at(dist.range(), (vmArgs ? "-sname starts" : "RELEASE_DISTRIBUTION=sname starts")
          + " the node with a short name, but " + why.description() + " connects to long names.");
      if (!vmArgs) {
        report.fix(new Fix("Set RELEASE_DISTRIBUTION=name",
            List.of(new Fix.FileEdit(f.path(), dist.range(), "name")), false));
      }
    } else if (naming.ignoredVmArgsName() != null) {
      NodeNaming.Setting ignored = naming.ignoredVmArgsName();
      if (!ignored.path().equals(f.path())) {
        return;
      }
      report = ctx.at(ignored.range(), (ignored.value().equals("name") ? "-name" : "-sname")
          + " in vm.args does not name the node: the release start script passes its own --sname"
          + " (RELEASE_DISTRIBUTION is unset, so sname), which wins, but " + why.description()
          + " connects to long names.");
      if (envSh != null) {
        report.fix(new Fix("Add export RELEASE_DISTRIBUTION=name to " + envSh.path(),
            List.of(TextEdits.appendLine(envSh, "export RELEASE_DISTRIBUTION=name")), false));
      }
    } else {
      ParsedFile target = envSh != null ? envSh : Setup.nodeVmArgs(ws).get(0);
      if (!target.path().equals(f.path())) {
        return;
      }
      report = ctx.at(TextRange.at(0), "RELEASE_DISTRIBUTION is not set, so the node starts with"
          + " a short name (sname), but " + why.description() + " connects to long names.");
      if (envSh != null) {
        report.fix(new Fix("Add export RELEASE_DISTRIBUTION=name",
            List.of(TextEdits.appendLine(envSh, "export RELEASE_DISTRIBUTION=name")), false));
      }
    }
    report.related(why.path(), why.range(), "discovery that builds long node names").emit();
  }

  /** {@code -name} passed through ERL_AFLAGS or ELIXIR_ERL_OPTIONS for a normal start. */
  private static boolean nameInFlags(Workspace ws) {
    return NAME_IN_FLAGS.in(ws);
  }

  private static boolean computeNameInFlags(Workspace ws) {
    for (ParsedFile f : ws.filesOf(FileKind.ENVSH)) {
      for (VmFlag flag : f.view(ReleaseViews.ENV_SH).vmFlags()) {
        if (flag.name().equals("-name")) {
          return true;
        }
      }
    }
    return false;
  }
}
