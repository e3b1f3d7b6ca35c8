package dev.distlint.rules.ladder;

import dev.distlint.facts.Fact;
import dev.distlint.facts.workloads.SingleNodeDeployments;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Libraries;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Optional;

/** Clustering machinery in a project whose every deployment runs a single node. */
public final class LadderClusteringSingleReplica implements Rule {
  private static final Fact<Anchor> ANCHOR =
      Fact.of("ladder-clustering-single-replica.anchor", LadderClusteringSingleReplica::computeAnchor);
  /** Libraries that only pay off with several nodes. */
  static final List<String> CLUSTER_DEPS =
      List.of("libcluster", "dns_cluster", "horde", "ra", "delta_crdt");

  @Override
  public String id() {
    return "ladder-clustering-single-replica";
  }

  @Override
  public void check(RuleContext ctx) {
    FileKind kind = ctx.file().kind();
    if (kind != FileKind.MIX && kind != FileKind.EXS && kind != FileKind.APP) {
      return;
    }
    Workspace ws = ctx.workspace();
    List<SingleNodeDeployments.Unit> units = SingleNodeDeployments.of(ws);
    if (units.isEmpty()) {
      return;
    }
    Anchor anchor = anchor(ws);
    if (anchor == null || !anchor.path().equals(ctx.file().path())) {
      return;
    }
    var report = ctx.at(anchor.range(), anchor.what() + " is configured, but every deployment"
        + " descriptor of the project runs one node (" + units.get(0).label() + ").");
    units.forEach(u -> report.related(u.path(), u.range(), u.label() + ": 1 node"));
    report.emit();
  }

  private record Anchor(String path, TextRange range, String what) {
  }

  /** The first clustering dependency of mix.exs, else the first topology or DNSCluster child. */
  private static Anchor anchor(Workspace ws) {
    return ANCHOR.in(ws);
  }

  private static Anchor computeAnchor(Workspace ws) {
    for (String name : CLUSTER_DEPS) {
      Optional<Libraries.Dep> d = Libraries.prodDep(ws, name);
      if (d.isPresent()) {
        return new Anchor(d.get().path(), d.get().dep().range(), ":" + name);
      }
    }
    Discovery disc = Discovery.of(ws);
    var t = disc.topologies().stream().filter(x -> !x.devOrTestOnly()).findFirst();
    if (t.isPresent()) {
      return new Anchor(t.get().path(), t.get().anchor(), "libcluster topology");
    }
    return disc.dnsClusters().stream().findFirst()
        .map(c -> new Anchor(c.path(), c.child().range(), "DNSCluster")).orElse(null);
  }
}
