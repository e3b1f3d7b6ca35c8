package dev.distlint.rules.net;

import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.Grammars;
import dev.distlint.facts.edits.FirstLine;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.ReleaseFlags;
import dev.distlint.facts.ReleaseFlags.Setting;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tick parameters that differ between the places that configure the release's processes. */
public final class NetTicktimeInconsistent implements Rule {
  /** The kernel's defaults. */

  /** Related locations listed per finding; a large monorepo could otherwise list hundreds. */
  static final int MAX_RELATED = 5;

  @Override
  public String id() {
    return "net-ticktime-inconsistent";
  }

  @Override
  public void check(RuleContext ctx) {
    FileKind kind = ctx.file().kind();
    if (kind != FileKind.VMARGS && kind != FileKind.EXS && kind != FileKind.ENVSH) {
      return;
    }
    for (String param : List.of("net_ticktime", "net_tickintensity")) {
      List<Setting> all = ReleaseFlags.kernelParam(ctx.workspace(), param);
      if (!all.isEmpty()) {
        differing(ctx, param, all);
        missingOnRemote(ctx, param, all);
      }
    }
  }

  /** Settings of the target that disagree with a literal value written elsewhere. */
  private static void differing(RuleContext ctx, String param, List<Setting> all) {
    for (Setting s : all) {
      if (!s.path().equals(ctx.file().path()) || s.value() == null) {
        continue;
      }
      List<Setting> others = all.stream().filter(o -> o.value() != null
          && !o.value().equals(s.value())).toList();
      if (others.isEmpty()) {
        continue;
      }
      Setting o = others.get(0);
      var report = ctx.at(s.range(), param + " " + s.value() + " here differs from " + o.value()
          + " in " + o.source() + ".");
      others.stream().limit(MAX_RELATED)
          .forEach(x -> report.related(x.path(), x.range(), param + " " + x.value()));
      report.emit();
    }
  }

  /**
   * A non-default value reaching only the node (remote consoles use the default), or only the
   * remote consoles. Reported on remote.vm.args when it exists, else on the setting.
   */
  private static void missingOnRemote(RuleContext ctx, String param, List<Setting> all) {
    String dflt = Grammars.load().kernelParam(param).map(KeySpec::defaultValue).orElse(null);
    boolean remoteSet = all.stream().anyMatch(s -> s.side().remote());
    boolean nodeSet = all.stream().anyMatch(s -> s.side().node());
    if (remoteSet == nodeSet) {
      return;
    }
    Optional<Setting> odd = all.stream().filter(s -> s.value() != null && !s.value().equals(dflt))
        .findFirst();
    if (odd.isEmpty()) {
      return;
    }
    Setting s = odd.get();
    Optional<ParsedFile> remote = ReleaseFlags.remoteVmArgs(ctx.workspace());
    if (nodeSet && remote.isPresent()) {
      if (remote.get().path().equals(ctx.file().path())) {
        String text = ctx.file().text();
        String line = (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "-kernel " + param
            + " " + s.value() + "\n";
        ctx.at(FirstLine.of(text), "Remote consoles use the default " + param + " " + dflt
                + ", the node " + s.value() + " (" + s.source() + ").")
            .related(s.path(), s.range(), param + " " + s.value() + " for the node")
            .fix(new Fix("Add -kernel " + param + " " + s.value(), List.of(new Fix.FileEdit(
                ctx.file().path(), dev.distlint.base.TextRange.at(text.length()), line)), true))
            .emit();
      }
    } else if (s.path().equals(ctx.file().path())) {
      ctx.report(s.range(), param + " " + s.value() + " reaches only "
          + (nodeSet ? "the node; remote consoles (the default remote.vm.args)" : "remote consoles; the node")
          + " use the default " + dflt + ".");
    }
  }
}
