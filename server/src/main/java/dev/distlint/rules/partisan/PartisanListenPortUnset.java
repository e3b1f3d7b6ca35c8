package dev.distlint.rules.partisan;

import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;

/** Partisan configured for production without a fixed listen port. */
public final class PartisanListenPortUnset implements Rule {
  private static final Fact<Boolean> PORT_FIXED =
      Fact.of("partisan-port-fixed", PartisanListenPortUnset::computePortFixed);
  private static final List<String> PORT_KEYS =
      List.of("listen_port", "listen_addrs", "peer_port", "peer_host");

  @Override
  public String id() {
    return "partisan-listen-port-unset";
  }

  @Override
  public void check(RuleContext ctx) {
    List<ConfigCall> calls = ElixirViews.config(ctx.file()).forApp("partisan").stream()
        .filter(c -> c.module() == null && c.appliesTo("prod")).toList();
    if (calls.isEmpty() || portFixed(ctx.workspace())) {
      return;
    }
    ConfigCall first = calls.get(0);
    ctx.report(first.call().args().get(0).range(), "Partisan is configured for production"
        + " without listen_port or listen_addrs, so each node listens on a random port that its"
        + " peers cannot know.");
  }

  /** A production config, vm.args or release script fixes Partisan's port. */
  private static boolean portFixed(Workspace ws) {
    return PORT_FIXED.in(ws);
  }

  private static boolean computePortFixed(Workspace w) {
    for (ParsedFile f : w.filesOf(FileKind.EXS)) {
      for (ConfigCall c : ElixirViews.config(f).forApp("partisan")) {
        if (c.appliesTo("prod") && PORT_KEYS.stream().anyMatch(k -> c.get(k).isPresent())) {
          return true;
        }
      }
    }
    for (ParsedFile f : w.filesOf(FileKind.VMARGS, FileKind.ENVSH)) {
      String t = f.text();
      if (t.contains("partisan") && (t.contains("listen_port") || t.contains("listen_addrs"))) {
        return true;
      }
    }
    return false;
  }
}
