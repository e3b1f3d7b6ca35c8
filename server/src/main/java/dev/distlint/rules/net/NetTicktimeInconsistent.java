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
import dev.distlint.facts.Fact;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tick parameters that differ between the places that configure the release's processes. */
public final class NetTicktimeInconsistent implements Rule {
  /** Related locations listed per finding; a large monorepo could otherwise list hundreds. */
  static final int MAX_RELATED = 5;
  private static final Fact.Family<String, Map<String, List<Setting>>> SETTINGS_BY_FILE =
      Fact.family("tick-settings-by-file", NetTicktimeInconsistent::byFile);
  private static final Fact.Family<String, OneSided> ONE_SIDED =
      Fact.family("tick-settings-one-sided", NetTicktimeInconsistent::oneSided);
  private static final Fact.Family<List<String>, List<Setting>> OTHER_VALUES =
      Fact.family("tick-settings-with-other-values", NetTicktimeInconsistent::otherValues);

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
        missingOnRemote(ctx, param);
      }
    }
  }

  /** Settings of the target that disagree with a literal value written elsewhere. */
  private static void differing(RuleContext ctx, String param, List<Setting> all) {
    for (Setting s : SETTINGS_BY_FILE.in(ctx.workspace(), param)
        .getOrDefault(ctx.file().path(), List.of())) {
      if (s.value() == null) {
        continue;
      }
      List<Setting> others = OTHER_VALUES.in(ctx.workspace(), List.of(param, s.value()));
      if (others.isEmpty()) {
        continue;
      }
      Setting o = others.get(0);
      var report = ctx.at(s.range(), param + " " + s.value() + " here differs from " + o.value()
          + " in " + o.source() + ".");
      others.forEach(x -> report.related(x.path(), x.range(), param + " " + x.value()));
      report.emit();
    }
  }

  /**
   * A parameter set on one side only (the node or the remote consoles) to a value other than the
   * default: the first such setting. Depends on the workspace alone, so computed once per
   * snapshot rather than per file.
   */
  private record OneSided(String dflt, boolean nodeSet, Setting setting) {
  }

  private static OneSided oneSided(Workspace ws, String param) {
    List<Setting> all = ReleaseFlags.kernelParam(ws, param);
    String dflt = Grammars.load().kernelParam(param).map(KeySpec::defaultValue).orElse(null);
    boolean remoteSet = all.stream().anyMatch(s -> s.side().remote());
    boolean nodeSet = all.stream().anyMatch(s -> s.side().node());
    if (remoteSet == nodeSet) {
      return null;
    }
    return all.stream().filter(s -> s.value() != null && !s.value().equals(dflt)).findFirst()
        .map(s -> new OneSided(dflt, nodeSet, s)).orElse(null);
  }

  private static Map<String, List<Setting>> byFile(Workspace ws, String param) {
    Map<String, List<Setting>> out = new HashMap<>();
    for (Setting s : ReleaseFlags.kernelParam(ws, param)) {
      out.computeIfAbsent(s.path(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  /** The first settings, at most {@link #MAX_RELATED}, whose literal value is not the given one. */
  private static List<Setting> otherValues(Workspace ws, List<String> paramAndValue) {
    List<Setting> out = new ArrayList<>();
    for (Setting o : ReleaseFlags.kernelParam(ws, paramAndValue.get(0))) {
      if (o.value() != null && !o.value().equals(paramAndValue.get(1))) {
        out.add(o);
        if (out.size() == MAX_RELATED) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * A non-default value reaching only the node (remote consoles use the default), or only the
   * remote consoles. Reported on remote.vm.args when it exists, else on the setting.
   */
  private static void missingOnRemote(RuleContext ctx, String param) {
    OneSided one = ONE_SIDED.in(ctx.workspace(), param);
    if (one == null) {
      return;
    }
    String dflt = one.dflt();
    boolean nodeSet = one.nodeSet();
    Setting s = one.setting();
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
