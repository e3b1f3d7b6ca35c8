package dev.distlint.rules.libcluster;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;

/** A Gossip topology without {@code secret:} in config that applies beyond dev and test. */
public final class LibclusterGossipNoSecret implements Rule {
  @Override
  public String id() {
    return "libcluster-gossip-no-secret";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      if (t.origin() != Topology.Origin.CONFIG || t.devOrTestOnly()
          || !"Cluster.Strategy.Gossip".equals(t.strategy()) || !t.configKnown()) {
        continue;
      }
      boolean nil = t.configAtom("secret").filter("nil"::equals).isPresent();
      if (!t.hasConfigKey("secret") || nil) {
        ctx.report(t.strategyNode().range(), "Gossip topology '" + t.name() + "' has "
            + (nil ? "a nil secret" : "no secret") + ": its heartbeats are sent in plain text"
            + " and any node on the multicast segment is accepted.");
      }
    }
  }
}
