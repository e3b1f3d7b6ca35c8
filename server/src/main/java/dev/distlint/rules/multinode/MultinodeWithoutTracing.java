package dev.distlint.rules.multinode;

import dev.distlint.workspace.Workspace;
import dev.distlint.facts.Fact;
import dev.distlint.facts.code.MixDeps;
import dev.distlint.facts.workloads.Clustered;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.view.MixDependency;
import dev.distlint.documents.ParsedFile;
import java.util.Set;

/** A clustered project whose dependencies include no tracing or metrics library. */
public final class MultinodeWithoutTracing implements Rule {
  private static final Fact<Boolean> TELEMETRY_DEP =
      Fact.of("telemetry-dependency", MultinodeWithoutTracing::findTelemetry);
  private static final Set<String> TELEMETRY = Set.of("telemetry_metrics", "telemetry_poller",
      "prom_ex", "spandex", "appsignal", "new_relic_agent", "prometheus_ex", "prometheus_phoenix",
      "prometheus_ecto", "prometheus_plugs", "telemetry_metrics_prometheus", "peep");

  @Override
  public String id() {
    return "multinode-without-tracing";
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.file().kind() != FileKind.MIX) {
      return;
    }
    String discovery = Clustered.discovery(ctx.workspace());
    if (discovery == null || hasTelemetry(ctx)) {
      return;
    }
    MixDeps.projectAnchor(ctx.workspace(), ctx.file()).ifPresent(r -> ctx.report(r, "The nodes form a cluster ("
        + discovery + "), but no dependency collects traces or metrics (OpenTelemetry,"
        + " telemetry_metrics, PromEx)."));
  }

  private static boolean hasTelemetry(RuleContext ctx) {
    return TELEMETRY_DEP.in(ctx.workspace());
  }

  private static boolean findTelemetry(Workspace ws) {
    for (ParsedFile f : ws.filesOf(FileKind.MIX)) {
      for (MixDependency d : f.view(ElixirViews.MIX).deps()) {
        if (TELEMETRY.contains(d.name()) || d.name().startsWith("opentelemetry")) {
          return true;
        }
      }
    }
    return false;
  }

}
