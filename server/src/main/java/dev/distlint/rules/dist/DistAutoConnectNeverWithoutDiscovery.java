package dev.distlint.rules.dist;

import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.KernelParams;
import dev.distlint.facts.KernelParams.KernelParam;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.regex.Pattern;

/** Automatic connection turned off with nothing in the workspace that reconnects nodes. */
public final class DistAutoConnectNeverWithoutDiscovery implements Rule {
  private static final Fact<Boolean> RECONNECTS =
      Fact.of("reconnects-nodes", DistAutoConnectNeverWithoutDiscovery::computeReconnects);
  private static final Pattern CONNECTS = Pattern.compile(
      "Node\\.connect\\b|:net_kernel\\.connect_node\\b|Cluster\\.Supervisor|DNSCluster");

  @Override
  public String id() {
    return "dist-auto-connect-never-without-discovery";
  }

  @Override
  public void check(RuleContext ctx) {
    for (KernelParam p : ctx.file().view(KernelParams.VIEW)) {
      if (p.is("dist_auto_connect") && ("never".equals(p.value()) || "once".equals(p.value()))
          && !reconnects(ctx.workspace())) {
        ctx.report(p.range(), "dist_auto_connect is " + p.value() + " and nothing in the "
            + "workspace connects nodes (no libcluster, DNSCluster or Node.connect): after a "
            + "network blip the nodes stay apart.");
      }
    }
  }

  private static boolean reconnects(Workspace ws) {
    return RECONNECTS.in(ws);
  }

  private static boolean computeReconnects(Workspace w) {
    for (ParsedFile f : w.filesOf(FileKind.MIX)) {
      var mix = f.view(ElixirViews.MIX);
      if (mix.dep("libcluster").isPresent() || mix.dep("dns_cluster").isPresent()) {
        return true;
      }
    }
    for (ParsedFile f : w.filesOf(FileKind.EX, FileKind.APP, FileKind.EXS)) {
      if (CONNECTS.matcher(f.text()).find()) {
        return true;
      }
    }
    return false;
  }
}
