package dev.distlint.facts.discovery;

import dev.distlint.facts.Fact;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Topology;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The discovery mechanisms of the workspace that connect to long node names
 * ({@code app@10.0.0.12}, {@code app@pod.ns.svc.cluster.local}), each with the place it is
 * configured, for messages and related locations.
 */
public record LongNameDiscovery(String description, String path, TextRange range) {
  private static final Fact<List<LongNameDiscovery>> OF =
      Fact.of("long-name-discovery.of", LongNameDiscovery::computeOf);

  public static List<LongNameDiscovery> of(Workspace ws) {
    return OF.in(ws);
  }

  private static List<LongNameDiscovery> computeOf(Workspace ws) {
    List<LongNameDiscovery> out = new ArrayList<>();
    for (Topology t : Setup.prodTopologies(ws)) {
      if (Strategies.needsLongNames(t)) {
        out.add(new LongNameDiscovery("the " + Strategies.shortName(t) + " topology '"
            + t.name() + "'", t.path(), t.anchor()));
      }
    }
    for (Setup.DnsCluster c : Setup.activeDnsClusters(ws)) {
      out.add(new LongNameDiscovery("DNSCluster (query \"" + c.queries().get(0) + "\")",
          c.child().path(), c.child().child().range()));
    }
    return out;
  }
}
