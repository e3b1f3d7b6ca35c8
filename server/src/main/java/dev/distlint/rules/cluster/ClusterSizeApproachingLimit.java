package dev.distlint.rules.cluster;

import dev.distlint.facts.workloads.ClusterCounts;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;

/** A full-mesh cluster sized between 31 and 50 nodes. */
public final class ClusterSizeApproachingLimit implements Rule {
  /** From this many nodes on, plan for the full-mesh limit. */

  @Override
  public String id() {
    return "cluster-size-approaching-limit";
  }

  @Override
  public void check(RuleContext ctx) {
    long threshold = ctx.params().longValue("warn-above");
    for (ClusterCounts.Count c : ClusterCounts.of(ctx.file(), ctx.workspace())) {
      if (c.nodes() > threshold && c.nodes() <= ClusterSizeExceedsFullMesh.LIMIT
          && ClusterCounts.fullMesh(ctx.workspace())) {
        ctx.report(c.range(), c.what() + " " + c.nodes() + " is above " + threshold
            + " nodes in one Distributed Erlang full mesh; the practical limit is about "
            + ClusterSizeExceedsFullMesh.LIMIT + ".");
      }
    }
  }
}
