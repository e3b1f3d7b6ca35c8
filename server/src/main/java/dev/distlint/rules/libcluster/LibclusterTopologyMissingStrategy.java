package dev.distlint.rules.libcluster;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;

/** A topology keyword list without {@code strategy:}. */
public final class LibclusterTopologyMissingStrategy implements Rule {
  @Override
  public String id() {
    return "libcluster-topology-missing-strategy";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      if (t.strategyNode() == null) {
        ctx.report(t.anchor(), "Topology '" + t.name() + "' has no strategy:; Cluster.Supervisor"
            + " fetches it and crashes at start.");
      }
    }
  }
}
