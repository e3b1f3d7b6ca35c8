package dev.distlint.rules.discovery;

import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.workspace.Workspace;

/** libcluster and DNSCluster both started: two loops connect and disconnect the same nodes. */
public final class DiscoveryDoubleConfigured implements Rule {
  @Override
  public String id() {
    return "discovery-double-configured";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    for (Setup.DnsCluster dns : Setup.activeDnsClusters(ws)) {
      if (!dns.child().path().equals(ctx.file().path())) {
        continue;
      }
      for (Discovery.ClusterSupervisor s : Discovery.of(ws).clusterSupervisors()) {
        Topology active = activeTopology(ws, s);
        if (active != null) {
          ctx.at(dns.child().child().range(), "DNSCluster (query \"" + dns.queries().get(0)
              + "\") runs beside Cluster.Supervisor with the " + Strategies.shortName(active)
              + " topology '" + active.name() + "': two discovery loops manage one cluster.")
              .related(s.path(), s.child().range(), "libcluster is started here")
              .related(active.path(), active.anchor(), "the libcluster topology")
              .emit();
          return;
        }
      }
    }
  }

  /** A topology the supervisor starts in production, or null. */
  private static Topology activeTopology(Workspace ws, Discovery.ClusterSupervisor s) {
    if (!s.fromConfig()) {
      return s.inline().stream().filter(t -> t.strategy() != null).findFirst().orElse(null);
    }
    return Setup.prodTopologies(ws).stream()
        .filter(t -> t.origin() == Topology.Origin.CONFIG).findFirst().orElse(null);
  }
}
