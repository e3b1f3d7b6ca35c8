package dev.distlint.rules.ra;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Fact;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.workloads.Storage;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExCharlist;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExSigil;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ra's Raft log on a filesystem that does not survive the node. */
public final class RaDataDirEphemeral implements Rule {
  private static final Fact<RaConfig> RA_CONFIG =
      Fact.of("ra-data-dir-ephemeral.ra-config", RaDataDirEphemeral::computeRaConfig);
  private static final Fact<Boolean> CONFIGURED_IN_CODE =
      Fact.of("ra-data-dir-in-code", RaDataDirEphemeral::computeConfiguredInCode);
  @Override
  public String id() {
    return "ra-data-dir-ephemeral";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    Optional<Libraries.Dep> ra = Libraries.prodDep(ws, "ra");
    FileKind kind = ctx.file().kind();
    if (ra.isEmpty() || kind != FileKind.EXS && kind != FileKind.MIX || configuredInCode(ws)) {
      return;
    }
    RaConfig cfg = raConfig(ws);
    List<ConfigCall> raCalls = cfg.calls();
    List<ConfigCall> dataDirs = cfg.dataDirs();
    if (dataDirs.isEmpty()) {
      unset(ctx, ra.get(), raCalls);
      return;
    }
    if (kind != FileKind.EXS) {
      return;
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).forApp("ra")) {
      ExNode v = dataDirs.contains(c) ? c.get("data_dir").get() : null;
      String path = v == null ? null : literalPath(v);
      if (path == null || !path.startsWith("/")) {
        continue;
      }
      List<Storage.Unit> lost = Storage.ephemeral(ws, path);
      if (!lost.isEmpty()) {
        var report = ctx.at(v.range(), "ra data_dir " + path + " is not on a persistent volume of "
            + lost.get(0).label() + "; the Raft log is lost when the container is replaced.");
        lost.forEach(u -> report.related(u.path(), u.range(), u.label() + ": " + u.why()));
        report.emit();
      }
    }
  }

  /** The production {@code config :ra} calls, and those that set {@code data_dir}. */
  private record RaConfig(List<ConfigCall> calls, List<ConfigCall> dataDirs) {
  }

  private static RaConfig raConfig(Workspace ws) {
    return RA_CONFIG.in(ws);
  }

  private static RaConfig computeRaConfig(Workspace ws) {
    List<ConfigCall> raCalls = new ArrayList<>();
    List<ConfigCall> dataDirs = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.EXS)) {
      for (ConfigCall c : ElixirViews.config(f).forApp("ra")) {
        if (c.module() == null && c.appliesTo("prod")) {
          raCalls.add(c);
          c.get("data_dir").ifPresent(v -> dataDirs.add(c));
        }
      }
    }
    return new RaConfig(List.copyOf(raCalls), List.copyOf(dataDirs));
  }

  /** No data_dir: report on a prod {@code config :ra} call, else on the dependency. */
  private static void unset(RuleContext ctx, Libraries.Dep ra, List<ConfigCall> raCalls) {
    String msg = "config :ra, data_dir is not set: ra keeps its Raft log under the node's"
        + " working directory, inside the container.";
    ParsedFile f = ctx.file();
    if (raCalls.isEmpty() && ra.path().equals(f.path())) {
      ctx.report(ra.dep().range(), msg);
    } else if (!raCalls.isEmpty() && ElixirViews.config(f).calls().contains(raCalls.get(0))) {
      ctx.at(raCalls.get(0).range(), msg).related(ra.path(), ra.dep().range(), "ra is a dependency")
          .emit();
    }
  }

  /** A string, charlist or {@code ~c} literal. */
  private static String literalPath(ExNode v) {
    if (v instanceof ExCharlist c) {
      return c.value();
    }
    if (v instanceof ExSigil s && (s.sigil().equals("c") || s.sigil().equals("C")) && !s.interpolated()) {
      return s.content();
    }
    return v.asStringValue().orElse(null);
  }

  /** ra systems started from code ({@code :ra_system.start/1}, {@code :ra.start_in/1}) set their own directory. */
  private static boolean configuredInCode(Workspace ws) {
    return CONFIGURED_IN_CODE.in(ws);
  }

  private static boolean computeConfiguredInCode(Workspace w) {
    for (ParsedFile f : w.filesOf(FileKind.EX, FileKind.APP)) {
      for (ExCall c : ExWalker.findAll(ElixirViews.ast(f), ExCall.class)) {
        String n = c.name();
        if (n.equals(":ra_system.start") || n.equals(":ra.start_in")
            || n.equals("Application.put_env") && !c.args().isEmpty()
                && c.args().get(0).asAtomName().filter("ra"::equals).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
