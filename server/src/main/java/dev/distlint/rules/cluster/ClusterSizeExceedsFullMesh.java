package dev.distlint.rules.cluster;

import dev.distlint.facts.EscalationLevel;
import dev.distlint.facts.workloads.ClusterCounts;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;

/** More than 50 nodes in one Distributed Erlang full mesh. */
public final class ClusterSizeExceedsFullMesh implements Rule {
  /** Above this many nodes, full-mesh overhead dominates. */
  static final long LIMIT = EscalationLevel.FULL_MESH_NODES;

  @Override
  public String id() {
    return "cluster-size-exceeds-full-mesh";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ClusterCounts.Count c : ClusterCounts.of(ctx.file(), ctx.workspace())) {
      if (c.nodes() > LIMIT && ClusterCounts.fullMesh(ctx.workspace())) {
        ctx.report(c.range(), c.what() + " " + c.nodes() + " puts more than " + LIMIT
            + " nodes in one Distributed Erlang full mesh (" + c.nodes() * (c.nodes() - 1) / 2
            + " connections).");
      }
    }
  }
}
